import { useEffect, useMemo, useState } from 'react';
import { send } from '../../ipc/client';
import { selectListQuery, useAppStore, type Area, type Entity, type ListKey, type ListQueryBase } from '../../store';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { ListChannel } from './record-definition';
import { useDebounced } from './use-debounced';
import { useLoad, type LoadState } from './use-load';

/** The part of a record type's definition (`defineRecord`) that loading its list uses. */
export type LoadedListRecord<C extends ListChannel, Q extends ListQueryBase & ChannelInput<C>> = {
  area: Area;
  reads: readonly Entity[];
  list: { channel: C; initialQuery: Q };
};

export type ListState<Q extends ListQueryBase> = {
  query: Q;
  /** Changing anything but the offset goes back to the first page. */
  setQuery: (patch: Partial<Q>) => void;
  /** Clears the filters, keeping the sort. */
  reset: () => void;
};

export type ListQueryState<C extends ListChannel, Q extends ListQueryBase> = ListState<Q> & {
  area: Area;
  page: LoadState<ChannelOutput<C>>;
};

/** A list's query from the store (kept there, so it survives leaving the page), without loading it. */
export function useListState<Q extends ListQueryBase>(record: ListKey<Q>): ListState<Q> {
  const query = useAppStore((s) => selectListQuery(s, record));
  const setListQuery = useAppStore((s) => s.setListQuery);
  const resetListQuery = useAppStore((s) => s.resetListQuery);
  const actions = useMemo(
    () => ({ setQuery: (patch: Partial<Q>) => setListQuery(record, patch), reset: () => resetListQuery(record) }),
    [record, setListQuery, resetListQuery],
  );
  return { query, ...actions };
}

/**
 * A list's query and the page of rows main answers it with: reloaded whenever the query changes, or
 * the register changes in a kind of record the list reads.
 */
export function useListQuery<C extends ListChannel, Q extends ListQueryBase & ChannelInput<C>>(
  record: LoadedListRecord<C, Q>,
): ListQueryState<C, Q> {
  const state = useListState(record);
  const query = state.query;
  const page = useLoad(() => send(record.list.channel, query), `${record.area}:${JSON.stringify(query)}`, { reads: record.reads });
  return { ...state, area: record.area, page };
}

/**
 * The search box's text, which goes into the list's query once it has stopped changing for 200 ms.
 * Returns the text and its setter (a filter row's "clear" empties it too).
 */
export function useListSearch<Q extends ListQueryBase>(record: ListKey<Q>): [string, (search: string) => void] {
  const setListQuery = useAppStore((s) => s.setListQuery);
  const [search, setSearch] = useState(() => selectListQuery(useAppStore.getState(), record).search);
  const settled = useDebounced(search, 200);
  useEffect(() => {
    if (settled !== selectListQuery(useAppStore.getState(), record).search) setListQuery<ListQueryBase>(record, { search: settled });
  }, [settled, setListQuery, record]);
  return [search, setSearch];
}

/** Opens a list with its filters set to `filters` (its sort kept): "Show all" from a section of a record's page. */
export function useOpenList<Q extends ListQueryBase>(record: ListKey<Q>): (filters: Partial<Q>) => void {
  const navigate = useAppStore((s) => s.navigate);
  const resetListQuery = useAppStore((s) => s.resetListQuery);
  const setListQuery = useAppStore((s) => s.setListQuery);
  return (filters) => {
    resetListQuery(record);
    setListQuery(record, filters);
    navigate({ view: 'list', area: record.area });
  };
}
