import type { StateCreator } from 'zustand';
import { routeHash, type Route } from './routes';
import type { AppState } from './index';

export type RouteSlice = {
  route: Route;
  /** Goes to `route`; the address bar follows so a reload restores the view. */
  navigate: (to: Route) => void;
  /** Shows the route the address bar names (the router calls it on `hashchange` and at start-up). */
  showRoute: (route: Route) => void;
};

export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set, get) => ({
  route: { view: 'home' },
  navigate: (to) => {
    get().showRoute(to);
    const hash = routeHash(to);
    if (typeof window !== 'undefined' && window.location.hash !== hash) window.location.hash = hash;
  },
  showRoute: (next) => {
    if (routeHash(next) === routeHash(get().route)) return;
    set({ route: next });
  },
});
