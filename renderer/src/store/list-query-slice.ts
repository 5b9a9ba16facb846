import type { StateCreator } from 'zustand';
import type { Area } from './routes';
import type { AppState } from './index';

export const PAGE_SIZE = 50;

/** What every list's query has; each record type adds its own filters. */
export type ListQueryBase = { search: string; sort: string; dir: 'asc' | 'desc'; offset: number; limit: number };

/** Which list, and the query it starts from (a record type's definition is one). */
export type ListKey<Q extends ListQueryBase> = { area: Area; list: { initialQuery: Q } };

export type ListQuerySlice = {
  /** Each list's query by area, kept so it survives leaving the page; absent until the list is first changed. */
  listQueries: Partial<Record<Area, ListQueryBase>>;
  /** Changing anything but the offset goes back to the first page. */
  setListQuery: <Q extends ListQueryBase>(key: ListKey<Q>, patch: Partial<Q>) => void;
  /** Clears the filters, keeping the sort. */
  resetListQuery: <Q extends ListQueryBase>(key: ListKey<Q>) => void;
};

/** A list's current query. Only `setListQuery` with the same key writes it, so it has the key's shape. */
export function selectListQuery<Q extends ListQueryBase>(state: ListQuerySlice, key: ListKey<Q>): Q {
  return (state.listQueries[key.area] as Q | undefined) ?? key.list.initialQuery;
}

export const createListQuerySlice: StateCreator<AppState, [], [], ListQuerySlice> = (set) => ({
  listQueries: {},
  setListQuery: (key, patch) =>
    set((s) => ({
      listQueries: { ...s.listQueries, [key.area]: { ...selectListQuery(s, key), ...patch, offset: patch.offset ?? 0 } },
    })),
  resetListQuery: (key) =>
    set((s) => {
      const { sort, dir } = selectListQuery(s, key);
      return { listQueries: { ...s.listQueries, [key.area]: { ...key.list.initialQuery, sort, dir } } };
    }),
});
