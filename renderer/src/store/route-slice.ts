import type { StateCreator } from 'zustand';
import { parseHash, routeHash, type Route } from './routes';
import type { AppState } from './index';

export type RouteSlice = {
  route: Route;
  /** Goes to `route` (or a `#/…` hash); the address bar follows so a reload restores the view. */
  navigate: (to: Route | string) => void;
  /** Called on `hashchange` and at start-up. */
  syncRouteFromHash: (hash: string) => void;
};

export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set, get) => ({
  route: { view: 'home' },
  navigate: (to) => {
    const hash = typeof to === 'string' ? to : routeHash(to);
    get().syncRouteFromHash(hash);
    if (typeof window !== 'undefined' && window.location.hash !== hash) window.location.hash = hash;
  },
  syncRouteFromHash: (hash) => {
    const next = parseHash(hash);
    if (routeHash(next) === routeHash(get().route)) return;
    set({ route: next });
  },
});
