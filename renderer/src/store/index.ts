import { create } from 'zustand';
import { createConfirmSlice, type ConfirmSlice } from './confirm-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createIntegritySlice, type IntegritySlice } from './integrity-slice';
import { createListQuerySlices, type ListQuerySlices } from './list-query-slices';
import { createRouteSlice, type RouteSlice } from './route-slice';
import { createToastsSlice, type ToastsSlice } from './toasts-slice';

export type AppState = RouteSlice & ListQuerySlices & ToastsSlice & ConfirmSlice & DataSlice & IntegritySlice;

/** The one UI store, made of per-feature slices. It holds UI state only; data lives in main. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createRouteSlice(...args),
  ...createListQuerySlices(...args),
  ...createToastsSlice(...args),
  ...createConfirmSlice(...args),
  ...createDataSlice(...args),
  ...createIntegritySlice(...args),
}));

/**
 * Follows the address bar. Call once at start-up, after `readToken()` has taken the browser-mode
 * token out of the hash. Returns the unsubscribe.
 */
export function startRouter(): () => void {
  const sync = () => useAppStore.getState().syncRouteFromHash(window.location.hash);
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}

/** Back to a fresh store (tests). */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}

export type { Route, Area } from './routes';
export { parseHash, routeHash, routeArea } from './routes';
export type { Toast, ToastKind } from './toasts-slice';
export type { ConfirmRequest } from './confirm-slice';
export type { BrokenChain } from './integrity-slice';
export { PAGE_SIZE } from './list-query-slices';
export type { AgreementsQuery, OrganisationsQuery, PeopleQuery } from './list-query-slices';
