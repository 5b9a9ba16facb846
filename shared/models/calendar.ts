import { z } from 'zod';
import { daysBetween } from '../calendar';
import { keyedMessage } from '../messages/zod-issues';
import { Id, IsoDate } from './common';
import { EventKind } from './event';

/** The longest range one request may ask for: a calendar page shows a month, an export a year or two. */
export const MAX_RANGE_DAYS = 800;

/** Days from `from` to `to`, both included, in each record's own calendar. */
export const CalendarRange = z
  .object({ from: IsoDate, to: IsoDate })
  .superRefine((range, ctx) => {
    if (range.to < range.from) ctx.addIssue({ code: 'custom', path: ['to'], message: keyedMessage('calendar.rangeOrder') });
    else if (daysBetween(range.from, range.to) >= MAX_RANGE_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: keyedMessage('calendar.rangeTooLong', { days: MAX_RANGE_DAYS }) });
    }
  });
export type CalendarRange = z.input<typeof CalendarRange>;

/** What puts a date on the calendar. */
export const CALENDAR_ENTRY_KINDS = [
  'event',
  'applicationsClose',
  'intakeStarts',
  'itemDue',
  'agreementSigned',
  'agreementEffective',
  'agreementExpires',
  'renewalNotice',
] as const;
export const CalendarEntryKind = z.enum(CALENDAR_ENTRY_KINDS);
export type CalendarEntryKind = z.infer<typeof CalendarEntryKind>;

/** The record an entry opens: its page's area and id. */
export const CalendarTarget = z.object({ area: z.enum(['events', 'intakes', 'agreements']), id: Id });

export const CalendarEntry = z.object({
  /** Unique within an answer, and the same for the same date of the same record in every answer. */
  key: z.string(),
  kind: CalendarEntryKind,
  target: CalendarTarget,
  title: z.string(),
  /** What it belongs to: the program of an intake, the agreement of an item. */
  context: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  /** Wall-clock times in `timeZone`; null for dates without a time (all-day events, deadlines). */
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  timeZone: z.string().nullable(),
  eventKind: EventKind.nullable(),
  /** A series' occurrence: the date its rule gives it, and whether it was moved from there. */
  occurrenceOn: IsoDate.nullable(),
  moved: z.boolean(),
});
export type CalendarEntry = z.infer<typeof CalendarEntry>;

export const CalendarEntries = z.object({ from: IsoDate, to: IsoDate, entries: z.array(CalendarEntry) });
export type CalendarEntries = z.infer<typeof CalendarEntries>;

/** An ICS file of a range (everything on the calendar in it) or of one event or series. */
export const IcsExport = z.union([CalendarRange, z.object({ eventId: Id }).strict()]);
export type IcsExport = z.input<typeof IcsExport>;
