import { parseHash, routeHash, useAppStore, type Route } from '../../store';
import { AREAS } from '../record-types';

/** The route an address-bar hash names, among the registered record types and the tools. */
export function routeFromHash(hash: string): Route {
  return parseHash(hash, AREAS);
}

/**
 * Follows the address bar. Call once at start-up, after `readToken()` has taken the browser-mode
 * token out of the hash. Returns the unsubscribe. A link or Back while a form holds unsaved changes
 * puts the address back first and goes on only if the person confirms leaving.
 */
export function startRouter(): () => void {
  const sync = () => {
    const state = useAppStore.getState();
    const next = routeFromHash(window.location.hash);
    if (state.leaveCheck && routeHash(next) !== routeHash(state.route)) {
      window.history.replaceState(window.history.state, '', routeHash(state.route));
      state.navigate(next);
      return;
    }
    state.showRoute(next);
  };
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}
