import type { StateCreator } from 'zustand';
import { routeHash, type Route } from './routes';
import type { AppState } from './index';

/** Asked before the route changes; resolves true to go on, false to stay (a form with unsaved changes). */
export type LeaveCheck = () => Promise<boolean>;

export type RouteSlice = {
  route: Route;
  /** Goes to `route` (after the leave check, if one is set); the address bar follows so a reload restores the view. */
  navigate: (to: Route) => void;
  /** Shows the route the address bar names (the router calls it on `hashchange` and at start-up). */
  showRoute: (route: Route) => void;
  /** The open form's question before leaving it, or null (`useUnsavedChanges` sets it). */
  leaveCheck: LeaveCheck | null;
  setLeaveCheck: (check: LeaveCheck | null) => void;
};

export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set, get) => {
  const go = (to: Route) => {
    get().showRoute(to);
    const hash = routeHash(to);
    if (typeof window !== 'undefined' && window.location.hash !== hash) window.location.hash = hash;
  };
  return {
    route: { view: 'home' },
    leaveCheck: null,
    setLeaveCheck: (leaveCheck) => set({ leaveCheck }),
    navigate: (to) => {
      const check = get().leaveCheck;
      if (!check || routeHash(to) === routeHash(get().route)) {
        go(to);
        return;
      }
      void check().then((ok) => {
        if (ok) go(to);
      });
    },
    showRoute: (next) => {
      if (routeHash(next) === routeHash(get().route)) return;
      set({ route: next });
    },
  };
};
