import type { Column } from '../../components/data-table';
import { Select } from '../../components/select-field';
import { formatDate, formatNumber, useT } from '../../i18n';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '../../../../shared/models/application';
import { intakeLabel } from '../common/record-labels';
import { RecordListPage } from '../common/record-list-page';
import { RecordPicker } from '../common/record-picker';
import { ApplicationStatusBadge, applicationStatusKey } from './application-status';
import { applicationsRecord } from './applications-record';

export function ApplicationsListPage() {
  const t = useT();
  const columns: Column<Application>[] = [
    { key: 'applicant', header: t('application.applicant'), className: 'wide', render: (a) => a.applicantName },
    { key: 'intake', header: t('application.intake'), render: (a) => intakeLabel({ name: a.intakeName, programName: a.programName }) },
    { key: 'status', header: t('application.status'), render: (a) => <ApplicationStatusBadge status={a.status} /> },
    { key: 'score', header: t('application.score'), sortKey: 'score', className: 'num', render: (a) => (a.score === null ? '' : formatNumber(a.score)) },
    { key: 'submitted', header: t('application.submittedOn'), sortKey: 'submittedOn', className: 'nowrap', render: (a) => formatDate(a.submittedOn) },
  ];
  return (
    <RecordListPage
      record={applicationsRecord}
      columns={columns}
      filters={({ query, setQuery }) => (
        <>
          <RecordPicker
            label={t('applications.filterIntake')}
            source="intakes"
            value={query.intakeId ?? ''}
            selectedLabel=""
            onChange={(intakeId) => setQuery({ intakeId: intakeId || undefined })}
          />
          <Select
            label={t('applications.filterStatus')}
            value={query.statuses?.[0] ?? ''}
            onChange={(status) => setQuery({ statuses: status ? [status as ApplicationStatus] : undefined })}
            placeholder={t('common.any')}
            options={APPLICATION_STATUSES.map((status) => ({ value: status, label: t(applicationStatusKey(status)) }))}
          />
        </>
      )}
    />
  );
}
