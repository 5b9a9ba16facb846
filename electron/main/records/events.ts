import { daysBetween, localToday } from '../../../shared/calendar';
import { AppError, fieldIssue, type FieldIssue } from '../../../shared/errors';
import { occurrenceSpan } from '../../../shared/event-occurrences';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Attendee, EventException, EventLink, EventRecord, EventValues, Recurrence } from '../../../shared/models/event';
import { defineChildRows } from '../db/child-rows';
import { statement, type Db } from '../db/connection';
import { defineRecordTable, type RowStamp } from '../db/record-table';
import type { HandlerMap } from '../ipc/register';
import { linksStillLive, recordService, type Removal } from '../services/record-service';
import { newId, type ServiceContext } from '../services/service-context';

/**
 * Events and series of events: the table, the rules only main can check, and the channels. (One
 * file for now; the record kit's helper will split it the usual way.)
 */

/** What main stores beside the event's own fields, for the indexes (see migration 8). */
type Derived = { startsAt: string; endsAt: string; firstOn: string; lastOn: string | null; spanClass: number };

/** The fields an event keeps in its own row; organisers, attendees, exceptions and signing links are child rows. */
export type EventColumns = Pick<
  EventValues,
  | 'kind'
  | 'title'
  | 'description'
  | 'allDay'
  | 'startsOn'
  | 'startTime'
  | 'endsOn'
  | 'endTime'
  | 'timeZone'
  | 'place'
  | 'agreementId'
  | 'cooperationItemId'
  | 'outcomeNotes'
  | 'notes'
  | 'recurrence'
> &
  Derived;

/** The longest event of each length class, in days (the last class is unbounded). */
export const SPAN_CLASS_DAYS = [1, 7, 31, 366] as const;
export const LONGEST_CLASS = SPAN_CLASS_DAYS.length;

export function spanClass(firstOn: string, lastOn: string): number {
  const days = daysBetween(firstOn, lastOn);
  const found = SPAN_CLASS_DAYS.findIndex((limit) => days <= limit);
  return found === -1 ? LONGEST_CLASS : found;
}

const organisers = defineChildRows<{ organisationId: string }>({
  table: 'event_organisers',
  parentColumn: 'event_id',
  columns: { organisationId: 'organisation_id' },
});

const attendees = defineChildRows<{ personId: string; role: string; note: string }>({
  table: 'event_attendees',
  parentColumn: 'event_id',
  columns: { personId: 'person_id', role: 'role', note: 'note' },
});

const exceptions = defineChildRows<EventException>({
  table: 'event_exceptions',
  parentColumn: 'event_id',
  columns: { occurrenceOn: 'occurrence_on', kind: 'kind', startsOn: 'starts_on', startTime: 'start_time', endsOn: 'ends_on', endTime: 'end_time', note: 'note' },
});

const signingLinks = defineChildRows<{ signingRecordId: string }>({
  table: 'event_signing_records',
  parentColumn: 'event_id',
  columns: { signingRecordId: 'signing_record_id' },
});

const boolColumn = (column: string) => ({
  column,
  codec: { encode: (value: boolean) => (value ? 1 : 0), decode: (raw: number) => raw === 1 },
});

/** A JSON list built in position order (a subquery orders the rows json_group_array reads). */
const jsonList = (object: string, select: string) => `(SELECT json_group_array(json_object(${object})) FROM (${select}) x)`;

// Names of linked records are shown even once they are deleted: a link never vanishes silently.
const ORGANISERS = jsonList(
  "'id', x.id, 'name', x.name",
  `SELECT s.organisation_id AS id, o.name AS name FROM event_organisers s JOIN organisations o ON o.id = s.organisation_id
    WHERE s.event_id = ev.id AND s.deleted_at IS NULL ORDER BY s.position`,
);
const ATTENDEES = jsonList(
  "'personId', x.person_id, 'name', x.name, 'organisationName', x.organisation_name, 'role', x.role, 'note', x.note",
  `SELECT a.person_id, p.name, o.name AS organisation_name, a.role, a.note FROM event_attendees a JOIN people p ON p.id = a.person_id
    LEFT JOIN organisations o ON o.id = p.organisation_id WHERE a.event_id = ev.id AND a.deleted_at IS NULL ORDER BY a.position`,
);
const EXCEPTIONS = jsonList(
  "'occurrenceOn', x.occurrence_on, 'kind', x.kind, 'startsOn', x.starts_on, 'startTime', x.start_time, 'endsOn', x.ends_on, 'endTime', x.end_time, 'note', x.note",
  'SELECT * FROM event_exceptions WHERE event_id = ev.id AND deleted_at IS NULL ORDER BY position',
);
const SIGNING = jsonList('\'id\', x.signing_record_id', 'SELECT signing_record_id FROM event_signing_records WHERE event_id = ev.id AND deleted_at IS NULL ORDER BY position');

export const eventTable = defineRecordTable<EventColumns, EventRecord>({
  table: 'events',
  alias: 'ev',
  kind: 'event',
  columns: {
    kind: 'kind',
    title: 'title',
    description: 'description',
    allDay: boolColumn('all_day'),
    startsOn: 'starts_on',
    startTime: 'start_time',
    endsOn: 'ends_on',
    endTime: 'end_time',
    timeZone: 'time_zone',
    place: 'place',
    agreementId: 'agreement_id',
    cooperationItemId: 'cooperation_item_id',
    outcomeNotes: 'outcome_notes',
    notes: 'notes',
    recurrence: { column: 'recurrence', codec: { encode: (value: Recurrence | null) => (value ? JSON.stringify(value) : null), decode: (raw: string | null) => (raw ? JSON.parse(raw) : null) } },
    startsAt: 'starts_at',
    endsAt: 'ends_at',
    firstOn: 'first_on',
    lastOn: 'last_on',
    spanClass: 'span_class',
  },
  joins: `LEFT JOIN agreements ag ON ag.id = ev.agreement_id LEFT JOIN cooperation_items ci ON ci.id = ev.cooperation_item_id`,
  computed: `CASE WHEN ag.id IS NULL THEN NULL WHEN ag.reference_no <> '' THEN ag.reference_no || ' — ' || ag.title ELSE ag.title END AS agreement_name,
    ci.description AS item_description, ${ORGANISERS} AS organisers_json, ${ATTENDEES} AS attendees_json,
    ${EXCEPTIONS} AS exceptions_json, ${SIGNING} AS signing_json`,
  toRecord: (fields, row) => {
    const { spanClass: _spanClass, ...kept } = fields;
    const organiserLinks = JSON.parse(row.organisers_json as string) as EventLink[];
    return {
      ...kept,
      organiserIds: organiserLinks.map((o) => o.id),
      organisers: organiserLinks,
      agreement: fields.agreementId ? { id: fields.agreementId, name: row.agreement_name as string } : null,
      cooperationItem: fields.cooperationItemId ? { id: fields.cooperationItemId, name: row.item_description as string } : null,
      attendees: JSON.parse(row.attendees_json as string) as Attendee[],
      exceptions: JSON.parse(row.exceptions_json as string) as EventException[],
      signingRecordIds: (JSON.parse(row.signing_json as string) as Array<{ id: string }>).map((s) => s.id),
    };
  },
  sorts: {
    startsAt: 'ev.starts_at',
    title: 'ev.title COLLATE NOCASE',
    updatedAt: 'ev.updated_at',
  },
  filters: {
    kind: (kind: string) => ({ sql: 'ev.kind = ?', params: [kind] }),
    agreementId: (agreementId: string) => ({ sql: 'ev.agreement_id = ?', params: [agreementId] }),
    // Through the link tables' (organisation|person, event) indexes.
    organisationId: (organisationId: string) => ({
      sql: 'ev.id IN (SELECT event_id FROM event_organisers WHERE organisation_id = ? AND deleted_at IS NULL)',
      params: [organisationId],
    }),
    personId: (personId: string) => ({
      sql: 'ev.id IN (SELECT event_id FROM event_attendees WHERE person_id = ? AND deleted_at IS NULL)',
      params: [personId],
    }),
  },
  searchText: {
    text: `concat_ws(' ', ev.title, ev.description, ev.place, ev.outcome_notes, ev.notes, ag.title, ag.reference_no,
            (SELECT group_concat(o.name, ' ') FROM event_organisers s JOIN organisations o ON o.id = s.organisation_id
              WHERE s.event_id = ev.id AND s.deleted_at IS NULL),
            (SELECT group_concat(p.name, ' ') FROM event_attendees a JOIN people p ON p.id = a.person_id
              WHERE a.event_id = ev.id AND a.deleted_at IS NULL))`,
    join: `LEFT JOIN agreements ag ON ag.id = ev.agreement_id`,
  },
});

const events = recordService<EventColumns, EventRecord>({ table: eventTable, noun: 'event' });

export const getEvent = events.get;

export function queryEvents(ctx: ServiceContext, query: ChannelParsedInput<'events:list'>) {
  return eventTable.list(ctx.db, query, localToday(ctx.now()));
}

const exists = (db: Db, sql: string, ...params: unknown[]) => statement(db, sql).get(...params) !== undefined;

/**
 * What only main can tell: every organiser, attendee and the agreement exist; the cooperation item
 * and the signing records belong to that agreement. Each problem is named at its own field.
 */
function checkLinks(db: Db, values: EventValues): void {
  const live = (table: string) => `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`;
  const issues: FieldIssue[] = [
    ...values.organiserIds.flatMap((id, i) => (exists(db, live('organisations'), id) ? [] : [fieldIssue(`organiserIds.${i}`, 'field.chooseExistingOrganisation')])),
    ...values.attendees.flatMap((a, i) => (exists(db, live('people'), a.personId) ? [] : [fieldIssue(`attendees.${i}.personId`, 'field.chooseExistingPerson')])),
  ];
  const { agreementId } = values;
  if (agreementId && !exists(db, live('agreements'), agreementId)) issues.push(fieldIssue('agreementId', 'field.chooseExistingAgreement'));
  else if (agreementId) {
    const item = values.cooperationItemId;
    if (item && !exists(db, 'SELECT 1 FROM cooperation_items WHERE id = ? AND agreement_id = ? AND deleted_at IS NULL', item, agreementId)) {
      issues.push(fieldIssue('cooperationItemId', 'event.itemNotOfAgreement'));
    }
    values.signingRecordIds.forEach((id, i) => {
      if (!exists(db, 'SELECT 1 FROM signing_records WHERE id = ? AND agreement_id = ?', id, agreementId)) {
        issues.push(fieldIssue(`signingRecordIds.${i}`, 'event.signingNotOfAgreement'));
      }
    });
  }
  if (issues.length) throw new AppError('VALIDATION', issues.length === 1 ? issues[0].key : 'event.referencesMissing', undefined, issues);
}

/** The row's fields: the event's own, and what the indexes need, worked out from its dates and rule. */
function columnsOf(values: EventValues): EventColumns {
  const span = occurrenceSpan(values);
  const single = occurrenceSpan({ ...values, recurrence: null, exceptions: [] });
  return {
    kind: values.kind,
    title: values.title,
    description: values.description,
    allDay: values.allDay,
    startsOn: values.startsOn,
    startTime: values.allDay ? null : values.startTime,
    endsOn: values.endsOn,
    endTime: values.allDay ? null : values.endTime,
    timeZone: values.timeZone,
    place: values.place,
    agreementId: values.agreementId,
    cooperationItemId: values.cooperationItemId,
    outcomeNotes: values.outcomeNotes,
    notes: values.notes,
    recurrence: values.recurrence,
    startsAt: new Date(span.startUtc).toISOString(),
    endsAt: new Date(span.endUtc).toISOString(),
    firstOn: span.firstOn,
    lastOn: span.lastOn,
    spanClass: spanClass(single.firstOn, single.lastOn ?? single.firstOn),
  };
}

function saveChildren(ctx: ServiceContext, id: string, values: EventValues, stamp: RowStamp): void {
  organisers.save(ctx.db, id, values.organiserIds.map((organisationId) => ({ organisationId })), stamp, newId);
  attendees.save(ctx.db, id, values.attendees, stamp, newId);
  exceptions.save(ctx.db, id, values.exceptions, stamp, newId);
  signingLinks.save(ctx.db, id, values.signingRecordIds.map((signingRecordId) => ({ signingRecordId })), stamp, newId);
}

export function createEvent(ctx: ServiceContext, values: EventValues): EventRecord {
  return events.create(
    ctx,
    () => {
      checkLinks(ctx.db, values);
      return columnsOf(values);
    },
    (id, stamp) => saveChildren(ctx, id, values, stamp),
  );
}

export function updateEvent(ctx: ServiceContext, input: ChannelParsedInput<'events:update'>): EventRecord {
  return events.update(
    ctx,
    input,
    () => {
      checkLinks(ctx.db, input.values);
      return columnsOf(input.values);
    },
    { after: (id, stamp) => saveChildren(ctx, id, input.values, stamp) },
  );
}

/** Tombstones the event; its documents stay in the store, as every record's do. */
export function deleteEvent(ctx: ServiceContext, removal: Removal): { id: string } {
  return events.remove(ctx, removal);
}

export function eventHandlers(ctx: ServiceContext): Pick<HandlerMap, 'events:list' | 'events:get' | 'events:create' | 'events:update' | 'events:delete' | 'events:restore'> {
  return {
    'events:list': (query) => queryEvents(ctx, query),
    'events:get': ({ id }) => getEvent(ctx, id),
    'events:create': (values) => createEvent(ctx, values),
    'events:update': (input) => updateEvent(ctx, input),
    'events:delete': (removal) => deleteEvent(ctx, removal),
    'events:restore': (removal) => events.restore(ctx, removal, (restored) => linksStillLive(() => checkLinks(ctx.db, restored))),
  };
}
