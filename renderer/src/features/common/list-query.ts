import { useEffect, useState } from 'react';
import { send } from '../../ipc/client';
import { useAppStore, type AgreementsQuery, type AppState, type Area, type OrganisationsQuery, type PeopleQuery } from '../../store';
import type { AgreementSummary } from '../../../../shared/models/agreement';
import type { Page } from '../../../../shared/models/common';
import type { Organisation } from '../../../../shared/models/organisation';
import type { Person } from '../../../../shared/models/person';
import { useDebounced } from './use-debounced';
import { useLoad, type LoadState } from './use-load';

/** Each list's query (kept in the store, so it survives leaving the page) and its rows. */
export type ListQueries = { agreements: AgreementsQuery; organisations: OrganisationsQuery; people: PeopleQuery };
export type ListRows = { agreements: AgreementSummary; organisations: Organisation; people: Person };

type ListBinding<Q, Row> = {
  query: (s: AppState) => Q;
  setQuery: (s: AppState) => (patch: Partial<Q>) => void;
  reset: (s: AppState) => () => void;
  load: (query: Q) => Promise<Page<Row>>;
};

const LISTS: { [A in Area]: ListBinding<ListQueries[A], ListRows[A]> } = {
  agreements: {
    query: (s) => s.agreementsQuery,
    setQuery: (s) => s.setAgreementsQuery,
    reset: (s) => s.resetAgreementsQuery,
    load: (query) => send('agreements:list', query),
  },
  organisations: {
    query: (s) => s.organisationsQuery,
    setQuery: (s) => s.setOrganisationsQuery,
    reset: (s) => s.resetOrganisationsQuery,
    load: (query) => send('organisations:list', query),
  },
  people: {
    query: (s) => s.peopleQuery,
    setQuery: (s) => s.setPeopleQuery,
    reset: (s) => s.resetPeopleQuery,
    load: (query) => send('people:list', query),
  },
};

export type ListState<A extends Area> = {
  query: ListQueries[A];
  /** Changing anything but the offset goes back to the first page. */
  setQuery: (patch: Partial<ListQueries[A]>) => void;
  /** Clears the filters, keeping the sort. */
  reset: () => void;
};

export type ListQueryState<A extends Area> = ListState<A> & { page: LoadState<Page<ListRows[A]>> };

/** A list's query from the store, without loading it (filter rows). */
export function useListState<A extends Area>(area: A): ListState<A> {
  const list = LISTS[area];
  const query = useAppStore(list.query);
  const setQuery = useAppStore(list.setQuery);
  const reset = useAppStore(list.reset);
  return { query, setQuery, reset };
}

/** A list's query and the page of rows main answers it with (reloaded whenever the query changes). */
export function useListQuery<A extends Area>(area: A): ListQueryState<A> {
  const state = useListState(area);
  const query = state.query;
  const page = useLoad(() => LISTS[area].load(query), JSON.stringify(query));
  return { ...state, page };
}

/**
 * The search box's text, which goes into the list's query once it has stopped changing for 200 ms.
 * Returns the text and its setter (a filter row's "clear" empties it too).
 */
export function useListSearch(area: Area): [string, (search: string) => void] {
  const list = LISTS[area];
  const setQuery = useAppStore((s): ((patch: { search: string }) => void) => list.setQuery(s));
  const [search, setSearch] = useState(() => list.query(useAppStore.getState()).search);
  const settled = useDebounced(search, 200);
  useEffect(() => {
    if (settled !== list.query(useAppStore.getState()).search) setQuery({ search: settled });
  }, [settled, setQuery, list]);
  return [search, setSearch];
}
