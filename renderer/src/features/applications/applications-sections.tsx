import type { Column } from '../../components/data-table';
import { formatDate, formatNumber, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Application } from '../../../../shared/models/application';
import { useOpenList } from '../common/list-query';
import { intakeLabel } from '../common/record-labels';
import { RecordsSection } from '../common/records-section';
import { useLoad } from '../common/use-load';
import { ApplicationStatusBadge } from './application-status';
import { applicationsRecord } from './applications-record';

/** Enough for a screening round on one page; more are a click away in the list. */
const SECTION_LIMIT = 200;

/** An intake page's applications, best score first (the unscored last), with a way to record the next one. */
export function IntakeApplications({ id: intakeId }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const openList = useOpenList(applicationsRecord);
  const applications = useLoad(
    () => send('applications:list', { intakeId, limit: SECTION_LIMIT, sort: 'score', dir: 'desc' }),
    `intake-applications:${intakeId}`,
    { reads: ['application', 'person', 'intake'] },
  );
  const columns: Column<Application>[] = [
    { key: 'applicant', header: t('application.applicant'), className: 'wide', render: (a) => a.applicantName },
    { key: 'status', header: t('application.status'), render: (a) => <ApplicationStatusBadge status={a.status} /> },
    { key: 'score', header: t('application.score'), className: 'num', render: (a) => (a.score === null ? '' : formatNumber(a.score)) },
    { key: 'submitted', header: t('application.submittedOn'), className: 'nowrap', render: (a) => formatDate(a.submittedOn) },
  ];
  return (
    <RecordsSection
      title={t('intake.applications')}
      records={applications}
      columns={columns}
      empty={t('application.none')}
      onOpen={(row) => navigate({ view: 'detail', area: 'applications', id: row.id })}
      add={{ label: t('applications.new'), onClick: () => navigate({ view: 'new', area: 'applications', parentId: intakeId }) }}
      onShowAll={() => openList({ intakeId, sort: 'score', dir: 'desc' })}
    />
  );
}

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
