import type { Column } from '../../components/data-table';
import { formatDate, formatDateTime, formatMoney, formatNumber, useT } from '../../i18n';
import type { Program } from '../../../../shared/models/program';
import { RecordListPage } from '../common/record-list-page';
import { OrganisationPicker } from '../organisations/organisation-picker';
import { programsRecord } from './programs-record';

export function ProgramsListPage() {
  const t = useT();
  const columns: Column<Program>[] = [
    { key: 'name', header: t('col.name'), sortKey: 'name', className: 'wide', render: (p) => p.name },
    { key: 'sponsors', header: t('program.sponsors'), render: (p) => p.sponsors.map((s) => s.name).join(' · ') },
    { key: 'length', header: t('program.length'), className: 'nowrap', render: (p) => (p.totalMonths === null ? '' : t('program.months', { n: p.totalMonths })) },
    {
      key: 'scholarship',
      header: t('program.scholarship'),
      className: 'nowrap',
      render: (p) => p.scholarshipTotals.map((total) => formatMoney(total.amountMinor, total.currency)).join(' + '),
    },
    { key: 'intakes', header: t('program.intakes'), className: 'num', render: (p) => formatNumber(p.intakeCount) },
    { key: 'latest', header: t('program.latestStart'), className: 'nowrap', render: (p) => (p.latestStartOn ? formatDate(p.latestStartOn) : '') },
    { key: 'updated', header: t('col.updated'), sortKey: 'updatedAt', className: 'nowrap', render: (p) => formatDateTime(p.updatedAt) },
  ];
  return (
    <RecordListPage
      record={programsRecord}
      columns={columns}
      filters={({ query, setQuery }) => (
        <OrganisationPicker
          label={t('programs.filterSponsor')}
          value={query.sponsorId ?? ''}
          name=""
          onChange={(sponsorId) => setQuery({ sponsorId: sponsorId || undefined })}
        />
      )}
    />
  );
}
