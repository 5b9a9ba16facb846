import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { EventValues } from '../../../../shared/models/event';
import { ConflictBanner } from '../common/conflict-banner';
import { PendingRecord } from '../common/load-failure';
import { agreementLabel } from '../common/record-labels';
import { useLoad } from '../common/use-load';
import { useRecordFormPage } from '../common/use-record-form-page';
import { EventForm } from './event-form';
import { eventValues } from './event-form-values';
import { eventsRecord } from './events-record';

/** Creates an event (`parentId`: its agreement, from that agreement's page) or edits one. */
export function EventFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  const t = useT();
  const record = useRecordFormPage({ record: eventsRecord, id, get: (key) => send('events:get', { id: key }) });
  const agreement = useLoad(() => send('agreements:get', { id: parentId ?? '' }), `event-parent:${parentId}`, { skip: !parentId || Boolean(id), quiet: true });
  const { base } = record;
  if (record.waiting) return <PendingRecord record={eventsRecord} state={record.existing} />;
  // Wait for the agreement a new event starts from, so its picker shows the agreement's name.
  if (!id && parentId && agreement.loading) return null;

  const save = async (values: EventValues) => {
    const saved = id && base ? await send('events:update', { id, expectedUpdatedAt: base.updatedAt, values }) : await send('events:create', values);
    record.saved(saved, t('event.saved'));
  };

  const from = agreement.data ? { id: agreement.data.id, name: agreementLabel(agreement.data) } : undefined;
  const heading = base ? t('event.editTitle', { title: base.title }) : t('event.newTitle');
  return (
    <div className="page page--form">
      <PageHeader title={heading} />
      {record.conflict ? <ConflictBanner message={t('event.conflict')} onReload={record.reload} /> : null}
      <EventForm key={base?.updatedAt ?? 'new'} heading={heading} initial={eventValues(base, from)} onSave={save} onConflict={record.onConflict} onCancel={record.cancel} />
    </div>
  );
}
