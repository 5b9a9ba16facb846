import { parseHash, useAppStore, type Route } from '../../store';
import { AREAS } from '../record-types';

/** The route an address-bar hash names, among the registered record types and the tools. */
export function routeFromHash(hash: string): Route {
  return parseHash(hash, AREAS);
}

/**
 * Follows the address bar. Call once at start-up, after `readToken()` has taken the browser-mode
 * token out of the hash. Returns the unsubscribe.
 */
export function startRouter(): () => void {
  const sync = () => useAppStore.getState().showRoute(routeFromHash(window.location.hash));
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}
