import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { Select } from '../../components/select-field';
import { Spinner } from '../../components/spinner';
import { TextField } from '../../components/text-field';
import { formatDateTime, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore, type PeopleQuery } from '../../store';
import type { Person } from '../../../../shared/models/person';
import { useDebounced } from '../common/use-debounced';
import { useLoad } from '../common/use-load';
import { useOrganisationOptions } from '../common/use-options';

export function PeopleListPage() {
  const t = useT();
  const query = useAppStore((s) => s.peopleQuery);
  const setQuery = useAppStore((s) => s.setPeopleQuery);
  const navigate = useAppStore((s) => s.navigate);
  const organisations = useOrganisationOptions();
  const page = useLoad(() => send('people:list', query), JSON.stringify(query));

  const [search, setSearch] = useState(query.search);
  const settled = useDebounced(search, 200);
  useEffect(() => {
    if (settled !== useAppStore.getState().peopleQuery.search) setQuery({ search: settled });
  }, [settled, setQuery]);

  const columns: Column<Person>[] = [
    { key: 'name', header: t('col.name'), sortKey: 'name', className: 'wide', render: (p) => p.name },
    { key: 'alt', header: t('common.altNames'), render: (p) => p.altNames.map((n) => n.name).join(' · ') },
    { key: 'title', header: t('col.jobTitle'), render: (p) => p.title },
    { key: 'organisation', header: t('col.organisation'), sortKey: 'organisation', render: (p) => p.organisationName ?? '' },
    { key: 'email', header: t('col.email'), render: (p) => p.email },
    { key: 'updated', header: t('col.updated'), sortKey: 'updatedAt', className: 'nowrap', render: (p) => formatDateTime(p.updatedAt) },
  ];
  const onSort = (key: string) => {
    const sort = key as PeopleQuery['sort'];
    setQuery({ sort, dir: query.sort === sort && query.dir === 'asc' ? 'desc' : 'asc' });
  };
  const filtered = query.search !== '' || query.organisationId !== undefined;

  return (
    <div className="page page--list">
      <PageHeader
        title={t('people.title')}
        actions={
          <Button variant="primary" onClick={() => navigate({ view: 'new', area: 'people' })}>
            {t('people.new')}
          </Button>
        }
      />
      <div className="filters" role="search">
        <TextField
          label={t('people.search')}
          type="search"
          value={search}
          onChange={setSearch}
          className="filters__search"
          inputProps={{ placeholder: t('people.searchPlaceholder'), 'data-list-search': true }}
        />
        <Select
          label={t('people.filterOrganisation')}
          value={query.organisationId ?? ''}
          onChange={(value) => setQuery({ organisationId: value || undefined })}
          placeholder={t('common.any')}
          options={organisations.options}
        />
      </div>
      {!page.data && page.loading ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <>
          <DataTable
            label={t('people.table')}
            columns={columns}
            rows={page.data?.rows ?? []}
            rowKey={(p) => p.id}
            onOpen={(p) => navigate({ view: 'detail', area: 'people', id: p.id })}
            sort={{ key: query.sort, dir: query.dir }}
            onSort={onSort}
            busy={page.loading}
            empty={
              <EmptyState title={filtered ? t('people.noMatch') : t('people.empty')}>
                {filtered ? t('agreements.noMatchBody') : t('people.emptyBody')}
              </EmptyState>
            }
          />
          {page.data && page.data.total > 0 ? (
            <Pager offset={query.offset} limit={query.limit} total={page.data.total} onPage={(offset) => setQuery({ offset })} />
          ) : null}
        </>
      )}
    </div>
  );
}
