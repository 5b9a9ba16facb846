import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { Select } from '../../components/select-field';
import { Spinner } from '../../components/spinner';
import { TextField } from '../../components/text-field';
import { formatDateTime, formatNumber, useT } from '../../i18n';
import { orgKindKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore, type OrganisationsQuery } from '../../store';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../../../../shared/models/organisation';
import { useDebounced } from '../common/use-debounced';
import { useLoad } from '../common/use-load';

export function OrganisationsListPage() {
  const t = useT();
  const query = useAppStore((s) => s.organisationsQuery);
  const setQuery = useAppStore((s) => s.setOrganisationsQuery);
  const navigate = useAppStore((s) => s.navigate);
  const page = useLoad(() => send('organisations:list', query), JSON.stringify(query));

  const [search, setSearch] = useState(query.search);
  const settled = useDebounced(search, 200);
  useEffect(() => {
    if (settled !== useAppStore.getState().organisationsQuery.search) setQuery({ search: settled });
  }, [settled, setQuery]);
  const [country, setCountry] = useState(query.country ?? '');
  const onCountry = (value: string) => {
    setCountry(value);
    if (value === '') setQuery({ country: undefined });
    else if (/^[A-Za-z]{2}$/.test(value)) setQuery({ country: value.toUpperCase() });
  };

  const columns: Column<Organisation>[] = [
    { key: 'name', header: t('col.name'), sortKey: 'name', className: 'wide', render: (o) => o.name },
    { key: 'alt', header: t('common.altNames'), render: (o) => o.altNames.map((n) => n.name).join(' · ') },
    { key: 'kind', header: t('col.kind'), sortKey: 'kind', render: (o) => t(orgKindKey(o.kind)) },
    { key: 'country', header: t('col.country'), sortKey: 'country', className: 'nowrap', render: (o) => o.country },
    { key: 'parent', header: t('col.parent'), render: (o) => o.parentName ?? '' },
    { key: 'agreements', header: t('col.agreements'), className: 'num', render: (o) => formatNumber(o.agreementCount) },
    { key: 'updated', header: t('col.updated'), sortKey: 'updatedAt', className: 'nowrap', render: (o) => formatDateTime(o.updatedAt) },
  ];
  const onSort = (key: string) => {
    const sort = key as OrganisationsQuery['sort'];
    setQuery({ sort, dir: query.sort === sort && query.dir === 'asc' ? 'desc' : 'asc' });
  };
  const filtered = query.search !== '' || query.kind !== undefined || query.country !== undefined;

  return (
    <div className="page page--list">
      <PageHeader
        title={t('organisations.title')}
        actions={
          <Button variant="primary" onClick={() => navigate({ view: 'new', area: 'organisations' })}>
            {t('organisations.new')}
          </Button>
        }
      />
      <div className="filters" role="search">
        <TextField
          label={t('organisations.search')}
          type="search"
          value={search}
          onChange={setSearch}
          className="filters__search"
          inputProps={{ placeholder: t('organisations.searchPlaceholder'), 'data-list-search': true }}
        />
        <Select
          label={t('organisations.filterKind')}
          value={query.kind ?? ''}
          onChange={(value) => setQuery({ kind: (value || undefined) as OrganisationKind | undefined })}
          placeholder={t('common.any')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(orgKindKey(kind)) }))}
        />
        <TextField label={t('organisations.filterCountry')} value={country} onChange={onCountry} className="narrow" inputProps={{ maxLength: 2 }} />
      </div>
      {!page.data && page.loading ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <>
          <DataTable
            label={t('organisations.table')}
            columns={columns}
            rows={page.data?.rows ?? []}
            rowKey={(o) => o.id}
            onOpen={(o) => navigate({ view: 'detail', area: 'organisations', id: o.id })}
            sort={{ key: query.sort, dir: query.dir }}
            onSort={onSort}
            busy={page.loading}
            empty={
              <EmptyState title={filtered ? t('organisations.noMatch') : t('organisations.empty')}>
                {filtered ? t('agreements.noMatchBody') : t('organisations.emptyBody')}
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
