import { CheckboxField } from '../../components/checkbox-field';
import type { Column } from '../../components/data-table';
import { formatDate, formatNumber, useT } from '../../i18n';
import type { Intake } from '../../../../shared/models/intake';
import { RecordListPage } from '../common/record-list-page';
import { RecordPicker } from '../common/record-picker';
import { dateSpan } from './intake-dates';
import { intakesRecord } from './intakes-record';

export function IntakesListPage() {
  const t = useT();
  const columns: Column<Intake>[] = [
    { key: 'name', header: t('col.name'), sortKey: 'name', className: 'wide', render: (i) => i.name },
    { key: 'program', header: t('intake.program'), render: (i) => i.programName },
    { key: 'applications', header: t('intake.applications'), render: (i) => dateSpan(t, i.applicationsOpenOn, i.applicationsCloseOn) },
    { key: 'closes', header: t('intake.applicationsCloseOn'), sortKey: 'applicationsCloseOn', className: 'nowrap', render: (i) => (i.applicationsCloseOn ? formatDate(i.applicationsCloseOn) : '') },
    { key: 'starts', header: t('intake.startsOn'), sortKey: 'startsOn', className: 'nowrap', render: (i) => (i.startsOn ? formatDate(i.startsOn) : '') },
    { key: 'places', header: t('intake.places'), className: 'num', render: (i) => (i.places === null ? '' : formatNumber(i.places)) },
  ];
  return (
    <RecordListPage
      record={intakesRecord}
      columns={columns}
      filters={({ query, setQuery }) => (
        <>
          <RecordPicker
            label={t('intake.program')}
            source="programs"
            value={query.programId ?? ''}
            selectedLabel=""
            onChange={(programId) => setQuery({ programId: programId || undefined })}
          />
          <CheckboxField
            label={t('intakes.filterOpen')}
            checked={query.openForApplications === true}
            onChange={(open) => setQuery({ openForApplications: open || undefined })}
          />
        </>
      )}
    />
  );
}
