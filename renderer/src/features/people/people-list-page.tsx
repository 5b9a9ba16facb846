import type { Column } from '../../components/data-table';
import { formatDateTime, useT } from '../../i18n';
import type { Person } from '../../../../shared/models/person';
import { RecordListPage } from '../common/record-list-page';
import { OrganisationPicker } from '../organisations/organisation-picker';
import { peopleRecord } from './people-record';

export function PeopleListPage() {
  const t = useT();
  const columns: Column<Person>[] = [
    { key: 'name', header: t('col.name'), sortKey: 'name', className: 'wide', render: (p) => p.name },
    { key: 'alt', header: t('common.altNames'), render: (p) => p.altNames.map((n) => n.name).join(' · ') },
    { key: 'title', header: t('col.jobTitle'), render: (p) => p.title },
    { key: 'organisation', header: t('col.organisation'), sortKey: 'organisation', render: (p) => p.organisationName ?? '' },
    { key: 'email', header: t('col.email'), render: (p) => p.email },
    { key: 'updated', header: t('col.updated'), sortKey: 'updatedAt', className: 'nowrap', render: (p) => formatDateTime(p.updatedAt) },
  ];
  return (
    <RecordListPage
      record={peopleRecord}
      columns={columns}
      filters={({ query, setQuery }) => (
        <OrganisationPicker
          label={t('people.filterOrganisation')}
          value={query.organisationId ?? ''}
          name=""
          onChange={(organisationId) => setQuery({ organisationId: organisationId || undefined })}
        />
      )}
    />
  );
}
