import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { DataTable, type Column, type SortDir } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { useAppStore, type Area } from '../../store';
import type { Page } from '../../../../shared/models/common';
import { LoadFailure } from './load-failure';
import type { LoadState } from './use-load';

/** What the list page reads and changes in a list's query: sort and paging. */
type PagedQuery<Sort extends string> = { sort: Sort; dir: SortDir; offset: number; limit: number };

export type ListPageProps<Row extends { id: string }, Sort extends string> = {
  /** From `useListQuery(record)`. */
  list: {
    area: Area;
    query: PagedQuery<Sort>;
    setQuery: (patch: Partial<PagedQuery<Sort>>) => void;
    page: LoadState<Page<Row>>;
  };
  columns: Column<Row>[];
  /** The filter row (a `ListFilters`). */
  filters: ReactNode;
  /** Whether any filter is set: the empty state then says nothing matched rather than "none yet". */
  filtered: boolean;
  /** Header buttons before "New …". */
  actions?: ReactNode;
  /** Shown below the list and its pager (e.g. removed records to restore). */
  footer?: ReactNode;
};

/**
 * A register's list page: header with its "New …" button, the filter row, then the sortable grid with
 * its pager (or the empty state), and a spinner until the first page arrives (or, if it could not,
 * why, with "Reload"). The texts are the area's own `<area>.title`, `.new`, `.table`, `.empty`,
 * `.emptyBody` and `.noMatch`.
 */
export function ListPage<Row extends { id: string }, Sort extends string>({
  list,
  columns,
  filters,
  filtered,
  actions,
  footer,
}: ListPageProps<Row, Sort>) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const { area, query, setQuery, page } = list;
  const onSort = (key: string) => {
    const sort = key as Sort;
    setQuery({ sort, dir: query.sort === sort && query.dir === 'asc' ? 'desc' : 'asc' });
  };

  return (
    <div className="page page--list">
      <PageHeader
        title={t(`${area}.title`)}
        actions={
          <>
            {actions}
            <Button variant="primary" onClick={() => navigate({ view: 'new', area })}>
              {t(`${area}.new`)}
            </Button>
          </>
        }
      />
      {filters}
      {!page.data && page.loading ? (
        <Spinner label={t('common.loading')} />
      ) : !page.data && page.error ? (
        // Not the empty state: "No organisations yet" would say the register lost them.
        <LoadFailure error={page.error} onRetry={page.reload} backHash="#/" backLabel={t('nav.home')} />
      ) : (
        <>
          <DataTable
            label={t(`${area}.table`)}
            columns={columns}
            rows={page.data?.rows ?? []}
            rowKey={(row) => row.id}
            onOpen={(row) => navigate({ view: 'detail', area, id: row.id })}
            sort={{ key: query.sort, dir: query.dir }}
            onSort={onSort}
            busy={page.loading}
            empty={
              <EmptyState title={filtered ? t(`${area}.noMatch`) : t(`${area}.empty`)}>
                {filtered ? t('agreements.noMatchBody') : t(`${area}.emptyBody`)}
              </EmptyState>
            }
          />
          {page.data && page.data.total > 0 ? (
            <Pager offset={query.offset} limit={query.limit} total={page.data.total} onPage={(offset) => setQuery({ offset })} />
          ) : null}
        </>
      )}
      {footer}
    </div>
  );
}
