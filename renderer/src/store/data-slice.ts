import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export type DataSlice = {
  /** Bumped when the register changes (our own writes, or `db:changed` from main); views reload. */
  revision: number;
  bumpRevision: () => void;
};

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  revision: 0,
  bumpRevision: () => set((s) => ({ revision: s.revision + 1 })),
});
