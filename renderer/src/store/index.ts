import { create } from 'zustand';
import { createConfirmSlice, type ConfirmSlice } from './confirm-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createIntegritySlice, type IntegritySlice } from './integrity-slice';
import { createListQuerySlice, type ListQuerySlice } from './list-query-slice';
import { createRouteSlice, type RouteSlice } from './route-slice';
import { createToastsSlice, type ToastsSlice } from './toasts-slice';

export type AppState = RouteSlice & ListQuerySlice & ToastsSlice & ConfirmSlice & DataSlice & IntegritySlice;

/** The one UI store, made of per-feature slices. It holds UI state only; data lives in main. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createRouteSlice(...args),
  ...createListQuerySlice(...args),
  ...createToastsSlice(...args),
  ...createConfirmSlice(...args),
  ...createDataSlice(...args),
  ...createIntegritySlice(...args),
}));

/** Back to a fresh store (tests). */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}

export type { Route, Area } from './routes';
export { parseHash, routeHash, routeArea } from './routes';
export type { Toast, ToastAction, ToastKind } from './toasts-slice';
export type { ConfirmRequest } from './confirm-slice';
export type { BrokenChain } from './integrity-slice';
export { OTHER_ENTITIES, type Entity } from './entities';
export { revisionOf } from './data-slice';
export { PAGE_SIZE, selectListQuery, type ListKey, type ListQueryBase } from './list-query-slice';
