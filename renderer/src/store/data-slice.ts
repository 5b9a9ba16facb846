import type { StateCreator } from 'zustand';
import type { Entity } from './entities';
import type { AppState } from './index';

export type DataSlice = {
  /** Per kind of record, how often it has changed since start-up: a query re-runs when a kind it reads moves. */
  revisions: Readonly<Partial<Record<Entity, number>>>;
  /** Moves with every change: what a query that did not say what it reads follows. */
  changes: number;
  /** Moves when anything at all may have changed (demo data, a change of a kind we do not know): every query follows it. */
  everything: number;
  /** The register changed in these kinds of record (our own writes, or `db:changed` from main). */
  invalidate: (entities: readonly Entity[]) => void;
  /** Anything may have changed: every query re-runs. */
  invalidateAll: () => void;
  /**
   * @deprecated Say what changed with `invalidate([...])`. Kept, re-running every query, so code written
   * against the single global revision still compiles and stays correct until it moves over.
   */
  bumpRevision: () => void;
};

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  revisions: {},
  changes: 0,
  everything: 0,
  invalidate: (entities) =>
    set((s) => {
      const revisions = { ...s.revisions };
      for (const entity of new Set(entities)) revisions[entity] = (revisions[entity] ?? 0) + 1;
      return { revisions, changes: s.changes + 1 };
    }),
  invalidateAll: () => set((s) => ({ everything: s.everything + 1, changes: s.changes + 1 })),
  bumpRevision: () => set((s) => ({ everything: s.everything + 1, changes: s.changes + 1 })),
});

/**
 * The revision a query that reads `reads` follows: it moves when one of those kinds changes or when
 * everything may have; without `reads`, with every change. A string, so a store selector can return it.
 */
export function revisionOf(state: DataSlice, reads: readonly Entity[] | undefined): string {
  if (!reads) return `*${state.changes}`;
  return [state.everything, ...reads.map((entity) => state.revisions[entity] ?? 0)].join(':');
}
