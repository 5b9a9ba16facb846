import { Facts } from '../../components/facts';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { formatDate, formatNumber, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { HistorySection } from '../common/history-section';
import { PendingRecord } from '../common/load-failure';
import { RecordActions } from '../common/record-actions';
import { useRecordDetail } from '../common/use-record-detail';
import { dateSpan } from './intake-dates';
import { intakesRecord } from './intakes-record';

export function IntakeDetailPage({ id }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const { loaded, remove } = useRecordDetail({
    record: intakesRecord,
    id,
    reads: ['intake', 'program'],
    get: (key) => send('intakes:get', { id: key }),
    remove: (key) => send('intakes:delete', { id: key }),
    deleteTexts: (i) => ({ title: t('intake.deleteTitle'), message: t('intake.deleteBody', { name: i.name, program: i.programName }), deleted: t('intake.deleted') }),
  });
  const intake = loaded.data;
  if (!intake) return <PendingRecord record={intakesRecord} state={loaded} />;

  return (
    <div className="page">
      <PageHeader
        title={intake.name}
        subtitle={<a href={routeHash({ view: 'detail', area: 'programs', id: intake.programId })}>{intake.programName}</a>}
        actions={<RecordActions onEdit={() => navigate({ view: 'edit', area: 'intakes', id: intake.id })} onDelete={() => remove(intake)} />}
      />
      <Section title={t('agreement.details')}>
        <Facts
          className="facts--grid"
          facts={[
            { label: t('intake.applications'), value: dateSpan(t, intake.applicationsOpenOn, intake.applicationsCloseOn) },
            { label: t('intake.screening'), value: dateSpan(t, intake.screeningStartsOn, intake.screeningEndsOn) },
            { label: t('intake.startsOn'), value: intake.startsOn ? formatDate(intake.startsOn) : '' },
            { label: t('intake.places'), value: intake.places === null ? '' : formatNumber(intake.places) },
          ]}
        />
        {intake.notes ? <p className="pre-line">{intake.notes}</p> : null}
      </Section>
      <HistorySection key={intake.updatedAt} entityId={intake.id} reads={['intake']} />
    </div>
  );
}
