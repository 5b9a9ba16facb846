import { Facts } from '../../components/facts';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { localToday } from '../../../../shared/calendar';
import { occurrencesBetween } from '../../../../shared/event-occurrences';
import type { EventRecord } from '../../../../shared/models/event';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { HistorySection } from '../common/history-section';
import { PendingRecord } from '../common/load-failure';
import { RecordActions } from '../common/record-actions';
import { ExportButtons } from '../common/export-buttons';
import { useRecordDetail } from '../common/use-record-detail';
import { RecordDocuments } from '../documents/record-documents';
import { RecordOutcomes } from '../outcomes/record-outcomes';
import { attendeeRoleKey, eventKindKey } from './event-labels';
import { EventSigningRecords } from './event-signing-records';
import { ruleText, whenText } from './event-text';
import { eventsRecord } from './events-record';

/** How many coming dates a series' page lists. */
const UPCOMING = 8;

function upcoming(event: EventRecord) {
  const today = localToday();
  // A year ahead holds the next dates of any series that repeats at least yearly.
  const to = `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`;
  return occurrencesBetween(event, { from: today, to }).slice(0, UPCOMING);
}

/** An event: when and where, its series and exceptions, who organised and attended, what came of it, its documents. */
export function EventDetailPage({ id }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const { loaded, remove } = useRecordDetail({
    record: eventsRecord,
    id,
    reads: ['event', 'agreement', 'organisation', 'person'],
    get: (key) => send('events:get', { id: key }),
    remove: (key, reason) => send('events:delete', { id: key, reason }),
    restore: (key, reason) => send('events:restore', { id: key, reason }),
    deleteTexts: (e) => ({ title: t('event.deleteTitle'), message: t('event.deleteBody', { title: e.title }), deleted: t('event.deleted') }),
  });
  const event = loaded.data;
  if (!event) return <PendingRecord record={eventsRecord} state={loaded} />;

  const next = event.recurrence ? upcoming(event) : [];
  return (
    <div className="page">
      <PageHeader
        title={event.title}
        subtitle={<span>{t(eventKindKey(event.kind))}</span>}
        actions={
          <RecordActions onEdit={() => navigate({ view: 'edit', area: 'events', id: event.id })} onDelete={() => remove(event)}>
            <ExportButtons choices={[{ format: 'ics', label: t('event.exportIcs') }]} produce={() => send('calendar:exportIcs', { eventId: event.id })} />
          </RecordActions>
        }
      />
      <Section title={t('event.details')}>
        <Facts
          className="facts--grid"
          facts={[
            { label: t('event.when'), value: whenText(t, { ...event, timeZone: event.allDay ? null : event.timeZone }) },
            { label: t('event.timeZone'), value: event.timeZone },
            { label: t('event.place'), value: event.place },
            { label: t('event.repeat'), value: event.recurrence ? ruleText(t, event.recurrence, event.startsOn) : t('repeat.none') },
            {
              label: t('event.agreement'),
              value: event.agreement ? <a href={routeHash({ view: 'detail', area: 'agreements', id: event.agreement.id })}>{event.agreement.name}</a> : t('event.noAgreement'),
            },
            { label: t('event.cooperationItem'), value: event.cooperationItem?.name ?? '' },
          ]}
        />
        {event.description ? <p className="pre-line">{event.description}</p> : null}
      </Section>
      {event.recurrence ? (
        <Section title={t('event.upcoming')}>
          {next.length === 0 ? (
            <p className="muted">{t('event.noUpcoming')}</p>
          ) : (
            <ul className="link-list">
              {next.map((o) => (
                <li key={o.occurrenceOn} className="link-list__item">
                  <span>{whenText(t, { ...o, timeZone: event.allDay ? null : event.timeZone })}</span>
                  {o.moved ? (
                    <span className="link-list__meta muted">
                      <span>{t('event.movedFrom', { date: formatDate(o.occurrenceOn) })}</span>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {event.exceptions.some((e) => e.kind === 'cancelled') ? (
            <p className="muted">
              {t('event.cancelled')}: {event.exceptions.filter((e) => e.kind === 'cancelled').map((e) => formatDate(e.occurrenceOn)).join(', ')}
            </p>
          ) : null}
        </Section>
      ) : null}
      <Section title={t('event.organisers')}>
        {event.organisers.length === 0 ? (
          <p className="muted">{t('common.none')}</p>
        ) : (
          <ul className="link-list">
            {event.organisers.map((o) => (
              <li key={o.id} className="link-list__item">
                <a href={routeHash({ view: 'detail', area: 'organisations', id: o.id })}>{o.name}</a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('event.attendees')}>
        {event.attendees.length === 0 ? (
          <p className="muted">{t('event.noAttendees')}</p>
        ) : (
          <ul className="link-list">
            {event.attendees.map((a) => (
              <li key={a.personId} className="link-list__item">
                <a href={routeHash({ view: 'detail', area: 'people', id: a.personId })}>{a.name}</a>
                <span className="link-list__meta muted">
                  <span>{t(attendeeRoleKey(a.role))}</span>
                  {a.organisationName ? <span>{a.organisationName}</span> : null}
                  {a.note ? <span>{a.note}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {event.kind === 'signing_ceremony' && event.agreementId ? <EventSigningRecords agreementId={event.agreementId} event={event} /> : null}
      <Section title={t('event.outcomeNotes')}>
        {event.outcomeNotes ? <p className="pre-line">{event.outcomeNotes}</p> : <p className="muted">{t('event.noOutcome')}</p>}
      </Section>
      <RecordOutcomes subject={{ kind: 'event', id: event.id }} choices={[{ subject: { kind: 'event', id: event.id }, label: event.title }]} agreement={event.agreement ?? undefined} />
      <RecordDocuments owner={{ kind: 'event', id: event.id }} />
      {event.notes ? (
        <Section title={t('common.notes')}>
          <p className="pre-line">{event.notes}</p>
        </Section>
      ) : null}
      <HistorySection key={event.updatedAt} entityId={event.id} reads={['event']} />
    </div>
  );
}
