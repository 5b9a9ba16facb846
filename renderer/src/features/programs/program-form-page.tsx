import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { ProgramValues } from '../../../../shared/models/program';
import { ConflictBanner } from '../common/conflict-banner';
import { PendingRecord } from '../common/load-failure';
import { agreementLabel } from '../common/record-labels';
import { useLoad } from '../common/use-load';
import { useRecordFormPage } from '../common/use-record-form-page';
import { ProgramForm } from './program-form';
import { programValues } from './program-form-values';
import { programsRecord } from './programs-record';

/** Creates a program (`parentId`: the agreement that creates it, from that agreement's page) or edits one. */
export function ProgramFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  const t = useT();
  const record = useRecordFormPage({ record: programsRecord, id, get: (key) => send('programs:get', { id: key }) });
  const agreement = useLoad(() => send('agreements:get', { id: parentId ?? '' }), `program-agreement:${parentId}`, { skip: !parentId || Boolean(id), quiet: true });
  const { base } = record;
  if (record.waiting) return <PendingRecord record={programsRecord} state={record.existing} />;
  // Wait for the agreement a new program starts from, so its picker shows the agreement's name.
  if (!id && parentId && agreement.loading) return null;

  const save = async (values: ProgramValues) => {
    const saved = id && base ? await send('programs:update', { id, expectedUpdatedAt: base.updatedAt, values }) : await send('programs:create', values);
    record.saved(saved, t('program.saved'));
  };

  const from = agreement.data ? { id: agreement.data.id, name: agreementLabel(agreement.data) } : undefined;
  const heading = base ? t('program.editTitle', { name: base.name }) : t('program.newTitle');
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {record.conflict ? <ConflictBanner message={t('program.conflict')} onReload={record.reload} /> : null}
      <ProgramForm
        key={base?.updatedAt ?? 'new'}
        heading={heading}
        initial={programValues(base, from)}
        onSave={save}
        onConflict={record.onConflict}
        onCancel={record.cancel}
      />
    </div>
  );
}
