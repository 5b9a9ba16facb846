import type { Column } from '../../components/data-table';
import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatDateTime, formatNumber, useT } from '../../i18n';
import { orgKindKey } from '../../i18n/labels';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../../../../shared/models/organisation';
import { ListFilters, useCountryFilter } from '../common/list-filters';
import { ListPage } from '../common/list-page';
import { useListQuery, useListSearch } from '../common/list-query';
import { organisationsRecord } from './organisations-record';

export function OrganisationsListPage() {
  const t = useT();
  const list = useListQuery(organisationsRecord);
  const { query, setQuery } = list;
  const [search, setSearch] = useListSearch(organisationsRecord);
  const { country, onCountry } = useCountryFilter(query.country, setQuery);

  const columns: Column<Organisation>[] = [
    { key: 'name', header: t('col.name'), sortKey: 'name', className: 'wide', render: (o) => o.name },
    { key: 'alt', header: t('common.altNames'), render: (o) => o.altNames.map((n) => n.name).join(' · ') },
    { key: 'kind', header: t('col.kind'), sortKey: 'kind', render: (o) => t(orgKindKey(o.kind)) },
    { key: 'country', header: t('col.country'), sortKey: 'country', className: 'nowrap', render: (o) => o.country },
    { key: 'parent', header: t('col.parent'), render: (o) => o.parentName ?? '' },
    { key: 'agreements', header: t('col.agreements'), className: 'num', render: (o) => formatNumber(o.agreementCount) },
    { key: 'updated', header: t('col.updated'), sortKey: 'updatedAt', className: 'nowrap', render: (o) => formatDateTime(o.updatedAt) },
  ];
  const filtered = query.search !== '' || query.kind !== undefined || query.country !== undefined;

  const filters = (
    <ListFilters area="organisations" search={search} onSearch={setSearch}>
      <Select
        label={t('organisations.filterKind')}
        value={query.kind ?? ''}
        onChange={(value) => setQuery({ kind: (value || undefined) as OrganisationKind | undefined })}
        placeholder={t('common.any')}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(orgKindKey(kind)) }))}
      />
      <TextField label={t('organisations.filterCountry')} value={country} onChange={onCountry} className="narrow" inputProps={{ maxLength: 2 }} />
    </ListFilters>
  );
  return <ListPage list={list} columns={columns} filters={filters} filtered={filtered} />;
}
