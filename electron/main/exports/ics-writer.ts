import { addDays } from '../../../shared/calendar';
import { lastRuleDate, type RecurrenceRule } from '../../../shared/recurrence';
import { localToUtc, offsetChanges, offsetMinutes } from '../../../shared/time-zone';

/**
 * iCalendar (RFC 5545) text for events that calendar programs import: every zone used gets a
 * VTIMEZONE with its offset changes over the years the events need, a series is one VEVENT with
 * RRULE and EXDATE (its cancelled dates) plus one VEVENT per moved date (RECURRENCE-ID), lines are
 * folded at 75 octets, text is escaped, and UIDs and DTSTAMPs come from the records, so exporting
 * the same records twice gives the same file.
 */

export type IcsMoved = { occurrenceOn: string; startsOn: string; startTime: string | null; endsOn: string; endTime: string | null };

export type IcsEvent = {
  /** Stable across exports: the record's id and what the entry is. */
  uid: string;
  /** When the record last changed (ISO instant): DTSTAMP and LAST-MODIFIED. */
  updatedAt: string;
  createdAt: string;
  summary: string;
  description: string;
  location: string;
  categories: readonly string[];
  allDay: boolean;
  startsOn: string;
  startTime: string | null;
  /** All day: the last day it runs (inclusive); timed: the end's date. */
  endsOn: string;
  endTime: string | null;
  timeZone: string;
  recurrence: RecurrenceRule | null;
  cancelled: readonly string[];
  moved: readonly IcsMoved[];
};

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** RFC 5545 §3.1: lines of at most 75 octets, continued on lines that start with a space; never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters cannot be carried and are left out. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- these are exactly the characters TEXT may not hold
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');
const basicLocal = (date: string, time: string) => `${basicDate(date)}T${time.replace(':', '')}00`;
const basicUtc = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The wall clock at `utcMs` read with `offset` minutes (a change's DTSTART is in the offset it leaves). */
function wallAt(utcMs: number, offset: number): string {
  return new Date(utcMs + offset * 60_000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, '');
}

/** One VTIMEZONE: the offset in force from the first year, then every change until the end of the last. */
export function vtimezone(zone: string, firstYear: number, lastYear: number): string[] {
  const from = Date.UTC(firstYear, 0, 1);
  const to = Date.UTC(lastYear + 1, 0, 1);
  const initial = offsetMinutes(zone, from);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (type: 'STANDARD' | 'DAYLIGHT', start: string, before: number, after: number) =>
    lines.push(`BEGIN:${type}`, `DTSTART:${start}`, `TZOFFSETFROM:${offsetText(before)}`, `TZOFFSETTO:${offsetText(after)}`, `END:${type}`);
  observance('STANDARD', wallAt(from, initial), initial, initial);
  for (const change of offsetChanges(zone, from, to)) {
    // Clocks going forward start daylight time; going back, standard time.
    observance(change.toMinutes > change.fromMinutes ? 'DAYLIGHT' : 'STANDARD', wallAt(change.utcMs, change.fromMinutes), change.fromMinutes, change.toMinutes);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function rruleText(event: IcsEvent, rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq.toUpperCase()}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length) {
    // A yearly rule with weekdays keeps to its first date's month.
    if (rule.freq === 'yearly') parts.push(`BYMONTH=${Number(event.startsOn.slice(5, 7))}`);
    parts.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${d.weekday}`).join(',')}`);
  }
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== null) {
    // UNTIL bounds the starts; with a zoned DTSTART it must be UTC (the end of the last day there).
    parts.push(`UNTIL=${event.allDay ? basicDate(rule.until) : basicUtc(localToUtc(event.timeZone, rule.until, '23:59').utcMs + 59_000)}`);
  }
  parts.push('WKST=MO');
  return `RRULE:${parts.join(';')}`;
}

function dateProps(event: IcsEvent, name: 'DTSTART' | 'DTEND', date: string, time: string | null): string {
  if (event.allDay) return `${name};VALUE=DATE:${basicDate(name === 'DTEND' ? addDays(date, 1) : date)}`;
  return `${name};TZID=${event.timeZone}:${basicLocal(date, time ?? '00:00')}`;
}

/** The start an occurrence had by the rule: how EXDATE and RECURRENCE-ID name it. */
function occurrenceId(event: IcsEvent, name: 'EXDATE' | 'RECURRENCE-ID', dates: readonly string[]): string {
  if (event.allDay) return `${name};VALUE=DATE:${dates.map(basicDate).join(',')}`;
  return `${name};TZID=${event.timeZone}:${dates.map((d) => basicLocal(d, event.startTime ?? '00:00')).join(',')}`;
}

function vevent(event: IcsEvent): string[] {
  const common = [
    `UID:${event.uid}`,
    `DTSTAMP:${basicUtc(Date.parse(event.updatedAt))}`,
    `CREATED:${basicUtc(Date.parse(event.createdAt))}`,
    `LAST-MODIFIED:${basicUtc(Date.parse(event.updatedAt))}`,
  ];
  const text = [
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.categories.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
  ];
  const lines = ['BEGIN:VEVENT', ...common, dateProps(event, 'DTSTART', event.startsOn, event.startTime), dateProps(event, 'DTEND', event.endsOn, event.endTime), ...text];
  if (event.recurrence) {
    lines.push(rruleText(event, event.recurrence));
    if (event.cancelled.length) lines.push(occurrenceId(event, 'EXDATE', event.cancelled));
  }
  lines.push('END:VEVENT');
  for (const moved of event.recurrence ? event.moved : []) {
    lines.push(
      'BEGIN:VEVENT',
      ...common,
      occurrenceId(event, 'RECURRENCE-ID', [moved.occurrenceOn]),
      dateProps(event, 'DTSTART', moved.startsOn, moved.startTime),
      dateProps(event, 'DTEND', moved.endsOn, moved.endTime),
      ...text,
      'END:VEVENT',
    );
  }
  return lines;
}

/** How many years past this one an open-ended series' zone is written out (calendar programs go on from the last change). */
const OPEN_ENDED_YEARS = 10;

/**
 * The whole file: one VTIMEZONE per zone a timed event uses, then the events; CRLF line ends.
 * `thisYear` bounds the zone changes written for a series that never ends.
 */
export function writeIcs(events: readonly IcsEvent[], calendarName: string, thisYear: number): string {
  const years = new Map<string, { first: number; last: number }>();
  for (const event of events) {
    if (event.allDay) continue;
    const dates = [event.startsOn, event.endsOn, ...event.moved.flatMap((m) => [m.startsOn, m.endsOn]), ...(event.recurrence?.until ? [event.recurrence.until] : [])];
    const first = Math.min(...dates.map((d) => Number(d.slice(0, 4))));
    let last = Math.max(...dates.map((d) => Number(d.slice(0, 4))));
    if (event.recurrence) {
      const lastDate = lastRuleDate(event.recurrence, event.startsOn);
      last = Math.max(last, lastDate ? Number(lastDate.slice(0, 4)) + 1 : Math.max(first, thisYear) + OPEN_ENDED_YEARS);
    }
    const known = years.get(event.timeZone);
    years.set(event.timeZone, { first: Math.min(first, known?.first ?? first), last: Math.max(last, known?.last ?? last) });
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Liaison//Liaison calendar//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(calendarName)}`];
  for (const [zone, span] of [...years].sort(([a], [b]) => a.localeCompare(b))) lines.push(...vtimezone(zone, span.first, span.last));
  for (const event of events) lines.push(...vevent(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
