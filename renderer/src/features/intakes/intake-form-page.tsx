import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { IntakeValues } from '../../../../shared/models/intake';
import { ConflictBanner } from '../common/conflict-banner';
import { PendingRecord } from '../common/load-failure';
import { useLoad } from '../common/use-load';
import { useRecordFormPage } from '../common/use-record-form-page';
import { IntakeForm, intakeValues } from './intake-form';
import { intakesRecord } from './intakes-record';

/** Creates an intake (`parentId`: its program, from the program's page) or edits one. */
export function IntakeFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const record = useRecordFormPage({ record: intakesRecord, id, get: (key) => send('intakes:get', { id: key }) });
  const program = useLoad(() => send('programs:get', { id: parentId ?? '' }), `intake-program:${parentId}`, { skip: !parentId || Boolean(id), quiet: true });
  const { base } = record;
  if (record.waiting) return <PendingRecord record={intakesRecord} state={record.existing} />;
  if (!id && parentId && program.loading) return null;

  const save = async (values: IntakeValues) => {
    const saved = id && base ? await send('intakes:update', { id, expectedUpdatedAt: base.updatedAt, values }) : await send('intakes:create', values);
    record.saved(saved, t('intake.saved'));
  };
  // A new intake started from its program's page goes back there on Cancel.
  const cancel = !id && parentId ? () => navigate({ view: 'detail', area: 'programs', id: parentId }) : record.cancel;

  const heading = base ? t('intake.editTitle', { name: base.name }) : t('intake.newTitle');
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {record.conflict ? <ConflictBanner message={t('intake.conflict')} onReload={record.reload} /> : null}
      <IntakeForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={intakeValues(base, program.data ? { id: program.data.id, name: program.data.name } : undefined)}
        onSave={save}
        onConflict={record.onConflict}
        onCancel={cancel}
      />
    </div>
  );
}
