import type { ReactNode } from 'react';
import type { Column } from '../../components/data-table';
import type { ListKey, ListQueryBase } from '../../store';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { Page } from '../../../../shared/models/common';
import { ListFilters } from './list-filters';
import { ListPage } from './list-page';
import { useListQuery, useListSearch, type ListState, type LoadedListRecord } from './list-query';
import type { ListChannel } from './record-definition';
import type { LoadState } from './use-load';

/** A row of a list channel's page. */
export type RowOf<C extends ListChannel> = ChannelOutput<C>['rows'][number];

const NOT_FILTERS = new Set(['sort', 'dir', 'offset', 'limit', 'after']);
const unset = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Whether any filter (the search included) differs from the list's initial query: the empty state then says nothing matched. */
export function isFiltered(query: object, initial: object): boolean {
  const now = query as Record<string, unknown>;
  const start = initial as Record<string, unknown>;
  return Object.keys({ ...now, ...start }).some(
    (key) => !NOT_FILTERS.has(key) && !(unset(now[key]) && unset(start[key])) && JSON.stringify(now[key]) !== JSON.stringify(start[key]),
  );
}

export type RecordListPageProps<C extends ListChannel, Q extends ListQueryBase & ChannelInput<C>> = {
  /** The record type (its definition). */
  record: LoadedListRecord<C, Q> & ListKey<Q>;
  columns: Column<RowOf<C>>[];
  /** The list's own filters, after the search box; they read and change its query. */
  filters?: (list: ListState<Q>) => ReactNode;
  /** Header buttons before "New …". */
  actions?: ReactNode;
};

/**
 * A record type's list page: its query kept in the store, the search box, the type's filters, and
 * the shared list page. A type's list page is its columns and filters.
 */
export function RecordListPage<C extends ListChannel, Q extends ListQueryBase & ChannelInput<C>>({ record, columns, filters, actions }: RecordListPageProps<C, Q>) {
  const list = useListQuery(record);
  const [search, setSearch] = useListSearch(record);
  return (
    <ListPage<RowOf<C>, string>
      // The query's paging and sort are the list page's to change; the compiler cannot see that a
      // patch of those fits every Q, nor that a list channel's page holds its rows.
      list={{ area: list.area, query: list.query, setQuery: (patch) => list.setQuery(patch as Partial<Q>), page: list.page as LoadState<Page<RowOf<C>>> }}
      columns={columns}
      filters={
        <ListFilters area={record.area} search={search} onSearch={setSearch}>
          {filters?.(list)}
        </ListFilters>
      }
      filtered={isFiltered(list.query, record.list.initialQuery)}
      actions={actions}
    />
  );
}
