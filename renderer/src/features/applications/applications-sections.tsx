import type { Column } from '../../components/data-table';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Application } from '../../../../shared/models/application';
import { intakeLabel } from '../common/record-labels';
import { RecordsSection } from '../common/records-section';
import { useLoad } from '../common/use-load';
import { ApplicationStatusBadge } from './application-status';

/** Enough for anyone's applications on one page. */
const SECTION_LIMIT = 200;

/** A person's page: the intakes they applied to, newest first, and where each application stands. */
export function PersonApplications({ id: applicantId }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const applications = useLoad(
    () => send('applications:list', { applicantId, limit: SECTION_LIMIT, sort: 'submittedOn', dir: 'desc' }),
    `person-applications:${applicantId}`,
    { reads: ['application', 'intake', 'program'] },
  );
  const columns: Column<Application>[] = [
    { key: 'intake', header: t('application.intake'), className: 'wide', render: (a) => intakeLabel({ name: a.intakeName, programName: a.programName }) },
    { key: 'status', header: t('application.status'), render: (a) => <ApplicationStatusBadge status={a.status} /> },
    { key: 'submitted', header: t('application.submittedOn'), className: 'nowrap', render: (a) => formatDate(a.submittedOn) },
  ];
  return (
    <RecordsSection
      title={t('application.personApplications')}
      records={applications}
      columns={columns}
      empty={t('application.personNone')}
      onOpen={(row) => navigate({ view: 'detail', area: 'applications', id: row.id })}
    />
  );
}
