import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { FREQUENCIES, WEEKDAYS } from '../recurrence';
import { Id, IsoDate, ListPageRequest, RowMeta, SortDir, Timestamp, UpdateOf, optionalText, requiredText } from './common';
import { checkEvent } from './event-rules';

export const EVENT_KINDS = ['forum', 'signing_ceremony', 'competition', 'exhibition', 'exchange', 'educational_activity', 'workshop'] as const;
export const EventKind = z.enum(EVENT_KINDS, keyed('event.kindRequired'));
export type EventKind = z.infer<typeof EventKind>;

export const ATTENDEE_ROLES = ['speaker', 'signatory', 'guest', 'organiser'] as const;
export const AttendeeRole = z.enum(ATTENDEE_ROLES, keyed('event.roleRequired'));
export type AttendeeRole = z.infer<typeof AttendeeRole>;

/** A wall-clock time, 24-hour `HH:MM`, in the event's own zone. */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, keyed('event.time'));

export const ByDayInput = z.object({
  weekday: z.enum(WEEKDAYS, keyed('field.choose')),
  /** 1–5: the first to fifth of the month; -1 to -5 counting from its end; null: every one. */
  ordinal: z.number().int(keyed('event.ordinalRange')).min(-5, keyed('event.ordinalRange')).max(5, keyed('event.ordinalRange')).nullable().default(null),
});
export type ByDayInput = z.input<typeof ByDayInput>;

/** How a series repeats: RFC 5545's FREQ, INTERVAL, BYDAY, COUNT and UNTIL. */
export const RecurrenceInput = z.object({
  freq: z.enum(FREQUENCIES, keyed('field.choose')),
  interval: z.number().int(keyed('field.wholeNumber')).min(1).max(99).default(1),
  byDay: z.array(ByDayInput).max(7 * 5).default([]),
  count: z.number().int(keyed('field.wholeNumber')).min(1).max(1000).nullable().default(null),
  until: IsoDate.nullable().default(null),
});
export type RecurrenceInput = z.input<typeof RecurrenceInput>;
export type Recurrence = z.output<typeof RecurrenceInput>;

export const EXCEPTION_KINDS = ['cancelled', 'moved'] as const;

/** One date of a series that is cancelled, or moved to another date or time (in the event's zone). */
export const EventExceptionInput = z.object({
  /** The date the rule gives it, as the series would have held it. */
  occurrenceOn: IsoDate,
  kind: z.enum(EXCEPTION_KINDS, keyed('field.choose')),
  startsOn: IsoDate.nullable().default(null),
  startTime: LocalTime.nullable().default(null),
  endsOn: IsoDate.nullable().default(null),
  endTime: LocalTime.nullable().default(null),
  note: optionalText(500).default(''),
});
export type EventExceptionInput = z.input<typeof EventExceptionInput>;
export type EventException = z.output<typeof EventExceptionInput>;

export const AttendeeInput = z.object({
  personId: Id,
  role: AttendeeRole,
  /** What they did there ("keynote on LLMs", "signed for the city"). */
  note: optionalText(300).default(''),
});
export type AttendeeInput = z.input<typeof AttendeeInput>;

export const EventInput = z
  .object({
    kind: EventKind,
    title: requiredText('Title', 300),
    description: optionalText(5000).default(''),
    /** All day: dates only (the end date is the last day it runs), no times. */
    allDay: z.boolean().default(false),
    startsOn: IsoDate,
    startTime: LocalTime.nullable().default(null),
    endsOn: IsoDate,
    endTime: LocalTime.nullable().default(null),
    /** The IANA zone its dates and times are in (Asia/Seoul). */
    timeZone: z.string().trim().min(1, keyed('field.required', { label: 'Time zone' })).max(64, keyed('field.tooLong')),
    place: optionalText(300).default(''),
    organiserIds: z.array(Id).max(20).default([]),
    agreementId: Id.nullable().default(null),
    cooperationItemId: Id.nullable().default(null),
    attendees: z.array(AttendeeInput).max(500).default([]),
    outcomeNotes: optionalText(20000).default(''),
    notes: optionalText(20000).default(''),
    /** Set for a series: the first occurrence is startsOn…endsOn, the rest follow the rule. */
    recurrence: RecurrenceInput.nullable().default(null),
    exceptions: z.array(EventExceptionInput).max(500).default([]),
    /** A signing ceremony: the signing records made there (of its agreement). */
    signingRecordIds: z.array(Id).max(100).default([]),
  })
  .superRefine(checkEvent);
export type EventInput = z.input<typeof EventInput>;
export type EventValues = z.output<typeof EventInput>;

/** A record an event points at, with the name it shows. */
export const EventLink = z.object({ id: Id, name: z.string() });
export type EventLink = z.infer<typeof EventLink>;

export const Attendee = z.object({
  personId: Id,
  name: z.string(),
  organisationName: z.string().nullable(),
  role: AttendeeRole,
  note: z.string(),
});
export type Attendee = z.infer<typeof Attendee>;

export const EventRecord = z
  .object({
    id: Id,
    kind: EventKind,
    title: z.string(),
    description: z.string(),
    allDay: z.boolean(),
    startsOn: IsoDate,
    startTime: z.string().nullable(),
    endsOn: IsoDate,
    endTime: z.string().nullable(),
    timeZone: z.string(),
    place: z.string(),
    organiserIds: z.array(Id),
    organisers: z.array(EventLink),
    agreementId: Id.nullable(),
    agreement: EventLink.nullable(),
    cooperationItemId: Id.nullable(),
    cooperationItem: EventLink.nullable(),
    attendees: z.array(Attendee),
    outcomeNotes: z.string(),
    notes: z.string(),
    recurrence: RecurrenceInput.nullable(),
    exceptions: z.array(EventExceptionInput),
    signingRecordIds: z.array(Id),
    /** The first occurrence's start and end as instants (UTC). */
    startsAt: Timestamp,
    endsAt: Timestamp,
    /** The first and last day any occurrence touches, in the event's zone; a series that never ends has lastOn null. */
    firstOn: IsoDate,
    lastOn: IsoDate.nullable(),
  })
  .merge(RowMeta);
export type EventRecord = z.infer<typeof EventRecord>;

export const EVENT_SORTS = ['startsAt', 'title', 'updatedAt'] as const;

export const EventQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  kind: EventKind.optional(),
  /** Events linked to this agreement. */
  agreementId: Id.optional(),
  /** Events this organisation organises. */
  organisationId: Id.optional(),
  /** Events this person attends. */
  personId: Id.optional(),
  sort: z.enum(EVENT_SORTS).default('startsAt'),
  dir: SortDir.default('desc'),
});
export type EventQuery = z.input<typeof EventQuery>;

export const EventUpdate = UpdateOf(EventInput);
export type EventUpdate = z.input<typeof EventUpdate>;
