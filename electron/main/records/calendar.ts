import { addDays } from '../../../shared/calendar';
import { occurrencesBetween } from '../../../shared/event-occurrences';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { CalendarEntries, CalendarEntry, CalendarEntryKind } from '../../../shared/models/calendar';
import type { EventRecord } from '../../../shared/models/event';
import type { FileOut } from '../../../shared/models/export';
import { statement, type Db } from '../db/connection';
import type { Sql } from '../db/record-table';
import { writeIcs, type IcsEvent } from '../exports/ics-writer';
import type { HandlerMap } from '../ipc/register';
import type { ServiceContext } from '../services/service-context';
import { eventTable, getEvent, LONGEST_CLASS, SPAN_CLASS_DAYS } from './events';

/**
 * The calendar: everything with a date in a range — events (series expanded over the range only),
 * intakes' closing and start dates, cooperation items' due dates, agreements' signed, effective,
 * expiry and renewal-notice dates — each read as a range of its own index, so a month costs that
 * month, not the register. And the same as an ICS file.
 */

type Range = { from: string; to: string };

/**
 * The ids of the events with an occurrence on a day of the range: single events by length class
 * (first day within the range, or at most the class's longest length before it), series by last day.
 */
export function eventIdsSql({ from, to }: Range): Sql {
  const arms: Sql[] = SPAN_CLASS_DAYS.map((days, spanClass) => ({
    sql: `SELECT id FROM events INDEXED BY events_single_days WHERE deleted_at IS NULL AND recurrence IS NULL AND span_class = ? AND first_on BETWEEN ? AND ? AND last_on >= ?`,
    params: [spanClass, addDays(from, -days), to, from],
  }));
  arms.push({
    sql: `SELECT id FROM events INDEXED BY events_single_days WHERE deleted_at IS NULL AND recurrence IS NULL AND span_class = ? AND first_on <= ? AND last_on >= ?`,
    params: [LONGEST_CLASS, to, from],
  });
  arms.push({
    sql: `SELECT id FROM events INDEXED BY events_series_days WHERE deleted_at IS NULL AND recurrence IS NOT NULL AND ifnull(last_on, '9999-12-31') >= ? AND first_on <= ?`,
    params: [from, to],
  });
  return { sql: arms.map((a) => a.sql).join(' UNION ALL '), params: arms.flatMap((a) => a.params) };
}

const AGREEMENT_NAME = `CASE WHEN a.reference_no <> '' THEN a.reference_no || ' — ' || a.title ELSE a.title END`;

type DatedRow = { id: string; title: string; context: string; day: string; updated_at: string; created_at: string };

/**
 * The dated records other than events: each a range on its own index (see migration 8). INDEXED BY
 * holds each query to its date index: without statistics the planner may prefer walking every live
 * row through a `deleted_at` index, and a query that cannot use its index fails loudly (in tests)
 * instead of quietly reading the register.
 */
export const DATED_QUERIES: ReadonlyArray<{ kind: Exclude<CalendarEntryKind, 'event'>; area: 'intakes' | 'agreements'; sql: string }> = [
  {
    kind: 'applicationsClose',
    area: 'intakes',
    sql: `SELECT i.id, i.name AS title, pr.name AS context, i.applications_close_on AS day, i.updated_at, i.created_at
      FROM intakes i INDEXED BY intakes_closes JOIN programs pr ON pr.id = i.program_id WHERE i.applications_close_on BETWEEN ? AND ? AND i.deleted_at IS NULL`,
  },
  {
    kind: 'intakeStarts',
    area: 'intakes',
    sql: `SELECT i.id, i.name AS title, pr.name AS context, i.starts_on AS day, i.updated_at, i.created_at
      FROM intakes i INDEXED BY intakes_starts JOIN programs pr ON pr.id = i.program_id WHERE i.starts_on BETWEEN ? AND ? AND i.deleted_at IS NULL`,
  },
  {
    // An item opens its agreement's page: items have no page of their own.
    kind: 'itemDue',
    area: 'agreements',
    sql: `SELECT a.id, ci.description AS title, ${AGREEMENT_NAME} AS context, ci.due_on AS day, ci.updated_at, ci.created_at
      FROM cooperation_items ci INDEXED BY cooperation_items_due_day JOIN agreements a ON a.id = ci.agreement_id AND a.deleted_at IS NULL
      WHERE ci.deleted_at IS NULL AND ci.due_on IS NOT NULL AND ci.due_on BETWEEN ? AND ? AND ci.status <> 'dropped'`,
  },
  {
    kind: 'agreementSigned',
    area: 'agreements',
    sql: `SELECT a.id, ${AGREEMENT_NAME} AS title, '' AS context, a.signed_on AS day, a.updated_at, a.created_at
      FROM agreements a INDEXED BY agreements_signed_day WHERE a.deleted_at IS NULL AND a.signed_on IS NOT NULL AND a.signed_on BETWEEN ? AND ? AND length(a.signed_on) = 10`,
  },
  {
    kind: 'agreementEffective',
    area: 'agreements',
    sql: `SELECT a.id, ${AGREEMENT_NAME} AS title, '' AS context, a.effective_on AS day, a.updated_at, a.created_at
      FROM agreements a INDEXED BY agreements_effective_day WHERE a.deleted_at IS NULL AND a.effective_on IS NOT NULL AND a.effective_on BETWEEN ? AND ? AND length(a.effective_on) = 10`,
  },
  {
    kind: 'agreementExpires',
    area: 'agreements',
    sql: `SELECT a.id, ${AGREEMENT_NAME} AS title, '' AS context, a.expires_on AS day, a.updated_at, a.created_at
      FROM agreements a INDEXED BY agreements_expiry_day WHERE a.deleted_at IS NULL AND a.expires_on IS NOT NULL AND a.expires_on BETWEEN ? AND ? AND length(a.expires_on) = 10`,
  },
  {
    // The day a renewal decision is due, for agreements still in force.
    kind: 'renewalNotice',
    area: 'agreements',
    sql: `SELECT a.id, ${AGREEMENT_NAME} AS title, '' AS context, date(a.expires_on, '-' || a.renewal_notice_days || ' days') AS day, a.updated_at, a.created_at
      FROM agreements a INDEXED BY agreements_renewal_notice_day WHERE a.deleted_at IS NULL AND a.expires_on IS NOT NULL AND a.renewal_notice_days IS NOT NULL
        AND date(a.expires_on, '-' || a.renewal_notice_days || ' days') BETWEEN ? AND ? AND a.status = 'active'`,
  },
];

/** A calendar entry with what an ICS file needs of its record besides. */
type Dated = { entry: CalendarEntry; record: { createdAt: string; updatedAt: string } };

export function rangeEvents(db: Db, range: Range): EventRecord[] {
  const { sql, params } = eventIdsSql(range);
  const ids = [...new Set((statement(db, sql).all(...params) as Array<{ id: string }>).map((r) => r.id))];
  return eventTable.findMany(db, ids);
}

function eventEntries(event: EventRecord, range: Range): CalendarEntry[] {
  return occurrencesBetween(event, range).map((o) => ({
    key: `event:${event.id}:${o.occurrenceOn}`,
    kind: 'event',
    target: { area: 'events', id: event.id },
    title: event.title,
    context: event.place,
    startsOn: o.startsOn,
    // The last day it is seen on: one that ends at midnight does not spill into the next day.
    endsOn: o.endTime === '00:00' && o.endsOn > o.startsOn ? addDays(o.endsOn, -1) : o.endsOn,
    startTime: o.startTime,
    endTime: o.endTime,
    timeZone: event.allDay ? null : event.timeZone,
    eventKind: event.kind,
    occurrenceOn: event.recurrence ? o.occurrenceOn : null,
    moved: o.moved,
  }));
}

function datedEntries(db: Db, range: Range): Dated[] {
  return DATED_QUERIES.flatMap(({ kind, area, sql }) =>
    (statement(db, sql).all(range.from, range.to) as DatedRow[]).map((row) => ({
      entry: {
        key: `${kind}:${row.id}:${kind === 'itemDue' ? `${row.title}:` : ''}${row.day}`,
        kind,
        target: { area, id: row.id },
        title: row.title,
        context: row.context,
        startsOn: row.day,
        endsOn: row.day,
        startTime: null,
        endTime: null,
        timeZone: null,
        eventKind: null,
        occurrenceOn: null,
        moved: false,
      },
      record: { createdAt: row.created_at, updatedAt: row.updated_at },
    })),
  );
}

const byDay = (a: CalendarEntry, b: CalendarEntry) =>
  a.startsOn.localeCompare(b.startsOn) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.title.localeCompare(b.title) || a.key.localeCompare(b.key);

export function calendarRange(ctx: ServiceContext, range: ChannelParsedInput<'calendar:range'>): CalendarEntries {
  const entries = [...rangeEvents(ctx.db, range).flatMap((event) => eventEntries(event, range)), ...datedEntries(ctx.db, range).map((d) => d.entry)];
  return { from: range.from, to: range.to, entries: entries.sort(byDay) };
}

const KIND_WORDS: Record<Exclude<CalendarEntryKind, 'event'>, string> = {
  applicationsClose: 'Applications close',
  intakeStarts: 'Intake starts',
  itemDue: 'Due',
  agreementSigned: 'Signed',
  agreementEffective: 'In effect',
  agreementExpires: 'Expires',
  renewalNotice: 'Renewal decision due',
};

const humanKind = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1).replace(/_/g, ' ');

/** An event as ICS: its words, who organises and attends, and its agreement, in the description calendar programs show. */
function icsEvent(event: EventRecord): IcsEvent {
  const lines = [
    event.description,
    event.organisers.length ? `Organisers: ${event.organisers.map((o) => o.name).join(', ')}` : '',
    event.attendees.length ? `Attendees: ${event.attendees.map((a) => `${a.name} (${a.role})`).join(', ')}` : '',
    event.agreement ? `Agreement: ${event.agreement.name}` : '',
    event.outcomeNotes ? `Outcome: ${event.outcomeNotes}` : '',
  ].filter(Boolean);
  return {
    uid: `${event.id}@liaison`,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
    summary: event.title,
    description: lines.join('\n\n'),
    location: event.place,
    categories: [humanKind(event.kind)],
    allDay: event.allDay,
    startsOn: event.startsOn,
    startTime: event.startTime,
    endsOn: event.endsOn,
    endTime: event.endTime,
    timeZone: event.timeZone,
    recurrence: event.recurrence,
    cancelled: event.exceptions.filter((e) => e.kind === 'cancelled').map((e) => e.occurrenceOn),
    moved: event.exceptions.flatMap((e) =>
      e.kind === 'moved' && e.startsOn && e.endsOn ? [{ occurrenceOn: e.occurrenceOn, startsOn: e.startsOn, startTime: e.startTime, endsOn: e.endsOn, endTime: e.endTime }] : [],
    ),
  };
}

function icsDated({ entry, record }: Dated): IcsEvent {
  const kind = entry.kind as Exclude<CalendarEntryKind, 'event'>;
  return {
    uid: `${entry.key.replace(/[^A-Za-z0-9-]+/g, '-')}@liaison`,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    summary: `${KIND_WORDS[kind]}: ${entry.title}`,
    description: entry.context,
    location: '',
    categories: [KIND_WORDS[kind]],
    allDay: true,
    startsOn: entry.startsOn,
    startTime: null,
    endsOn: entry.endsOn,
    endTime: null,
    timeZone: 'UTC',
    recurrence: null,
    cancelled: [],
    moved: [],
  };
}

/** A file name from a title, in any script: letters and digits kept, the rest joined by dashes. */
function fileStem(title: string): string {
  const stem = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return stem || 'event';
}

export function exportIcs(ctx: ServiceContext, input: ChannelParsedInput<'calendar:exportIcs'>): FileOut {
  const thisYear = ctx.now().getFullYear();
  let text: string;
  let fileName: string;
  if ('eventId' in input) {
    const event = getEvent(ctx, input.eventId);
    text = writeIcs([icsEvent(event)], event.title, thisYear);
    fileName = `${fileStem(event.title)}.ics`;
  } else {
    // The whole of each series that touches the range: calendar programs expand it themselves.
    const dated = datedEntries(ctx.db, input).sort((a, b) => byDay(a.entry, b.entry));
    const events = rangeEvents(ctx.db, input)
      .filter((event) => occurrencesBetween(event, input).length > 0)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
    text = writeIcs([...events.map(icsEvent), ...dated.map(icsDated)], `Liaison ${input.from} – ${input.to}`, thisYear);
    fileName = `liaison-calendar-${input.from}-to-${input.to}.ics`;
  }
  return { fileName, mediaType: 'text/calendar', contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

export function calendarHandlers(ctx: ServiceContext): Pick<HandlerMap, 'calendar:range' | 'calendar:exportIcs'> {
  return {
    'calendar:range': (range) => calendarRange(ctx, range),
    'calendar:exportIcs': (input) => exportIcs(ctx, input),
  };
}
