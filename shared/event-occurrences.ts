import { addDays, daysBetween } from './calendar';
import { lastRuleDate, ruleDates, type RecurrenceRule } from './recurrence';
import { localToUtc, utcToLocal } from './time-zone';

/**
 * An event's occurrences as people see them: on dates of its own zone, at its wall-clock time. A
 * series' dates come from its rule; each keeps the first occurrence's time of day in the event's
 * zone (so a 19:00 forum stays at 19:00 across daylight-saving changes) and its exact length.
 * Cancelled dates are left out; moved ones appear where they were moved to.
 */

export type OccurrenceException = {
  occurrenceOn: string;
  kind: 'cancelled' | 'moved';
  startsOn: string | null;
  startTime: string | null;
  endsOn: string | null;
  endTime: string | null;
};

export type EventTiming = {
  allDay: boolean;
  startsOn: string;
  startTime: string | null;
  endsOn: string;
  endTime: string | null;
  timeZone: string;
  recurrence: RecurrenceRule | null;
  exceptions: readonly OccurrenceException[];
};

export type Occurrence = {
  /** The date the rule gives it (the start date for a single event): with the event, it names the occurrence. */
  occurrenceOn: string;
  startsOn: string;
  endsOn: string;
  /** Wall-clock times in the event's zone; null for all-day events. */
  startTime: string | null;
  endTime: string | null;
  /** Instants (ms since the epoch); null for all-day events, which are dates, not moments. */
  startUtc: number | null;
  endUtc: number | null;
  moved: boolean;
};

/** The last day an occurrence is seen on: one that ends at midnight does not spill into the next day. */
function lastDay(o: Pick<Occurrence, 'startsOn' | 'endsOn' | 'endTime'>): string {
  return o.endTime === '00:00' && o.endsOn > o.startsOn ? addDays(o.endsOn, -1) : o.endsOn;
}

function timed(zone: string, occurrenceOn: string, start: { date: string; time: string }, lengthMs: number, moved: boolean): Occurrence {
  const startUtc = localToUtc(zone, start.date, start.time).utcMs;
  const endUtc = startUtc + lengthMs;
  const from = utcToLocal(zone, startUtc);
  const to = utcToLocal(zone, endUtc);
  return { occurrenceOn, startsOn: from.date, startTime: from.time, endsOn: to.date, endTime: to.time, startUtc, endUtc, moved };
}

/** The first occurrence as stored: its instants, or its dates for an all-day event. */
export function firstOccurrence(timing: EventTiming): Occurrence {
  if (timing.allDay) {
    return { occurrenceOn: timing.startsOn, startsOn: timing.startsOn, endsOn: timing.endsOn, startTime: null, endTime: null, startUtc: null, endUtc: null, moved: false };
  }
  const startUtc = localToUtc(timing.timeZone, timing.startsOn, timing.startTime ?? '00:00').utcMs;
  const endUtc = localToUtc(timing.timeZone, timing.endsOn, timing.endTime ?? '00:00').utcMs;
  return { ...timed(timing.timeZone, timing.startsOn, { date: timing.startsOn, time: timing.startTime ?? '00:00' }, endUtc - startUtc, false) };
}

/** The occurrence the rule puts on `date`, before any exception. */
function ruleOccurrence(timing: EventTiming, date: string, first: Occurrence): Occurrence {
  if (timing.allDay) {
    const span = daysBetween(timing.startsOn, timing.endsOn);
    return { ...first, occurrenceOn: date, startsOn: date, endsOn: addDays(date, span) };
  }
  return timed(timing.timeZone, date, { date, time: timing.startTime ?? '00:00' }, first.endUtc! - first.startUtc!, false);
}

function movedOccurrence(timing: EventTiming, exception: OccurrenceException): Occurrence {
  const startsOn = exception.startsOn ?? exception.occurrenceOn;
  const endsOn = exception.endsOn ?? startsOn;
  if (timing.allDay) {
    return { occurrenceOn: exception.occurrenceOn, startsOn, endsOn, startTime: null, endTime: null, startUtc: null, endUtc: null, moved: true };
  }
  const startUtc = localToUtc(timing.timeZone, startsOn, exception.startTime ?? '00:00').utcMs;
  const endUtc = localToUtc(timing.timeZone, endsOn, exception.endTime ?? '00:00').utcMs;
  return timed(timing.timeZone, exception.occurrenceOn, { date: startsOn, time: exception.startTime ?? '00:00' }, endUtc - startUtc, true);
}

const order = (a: Occurrence, b: Occurrence) =>
  (a.startUtc ?? 0) - (b.startUtc ?? 0) || a.startsOn.localeCompare(b.startsOn) || a.occurrenceOn.localeCompare(b.occurrenceOn);

/**
 * The occurrences seen on any day in [from, to] (dates in the event's zone, inclusive), in order.
 * Only the window is expanded, never the whole series.
 */
export function occurrencesBetween(timing: EventTiming, window: { from: string; to: string }): Occurrence[] {
  const first = firstOccurrence(timing);
  const seen = (o: Occurrence) => o.startsOn <= window.to && lastDay(o) >= window.from;
  if (!timing.recurrence) return seen(first) ? [first] : [];
  const exceptions = new Map(timing.exceptions.map((e) => [e.occurrenceOn, e]));
  // An occurrence that starts before the window may still run into it.
  const reach = daysBetween(first.startsOn, first.endsOn) + 1;
  const found: Occurrence[] = [];
  for (const date of ruleDates(timing.recurrence, timing.startsOn, { from: addDays(window.from, -reach), to: window.to })) {
    if (exceptions.has(date)) continue;
    const occurrence = date === timing.startsOn ? first : ruleOccurrence(timing, date, first);
    if (seen(occurrence)) found.push(occurrence);
  }
  for (const exception of timing.exceptions) {
    if (exception.kind !== 'moved') continue;
    const occurrence = movedOccurrence(timing, exception);
    if (seen(occurrence)) found.push(occurrence);
  }
  return found.sort(order);
}

/**
 * The first and last day any occurrence is seen on (lastOn null: a series that never ends), for the
 * calendar's index; and the first occurrence's instants for sorting lists.
 */
export function occurrenceSpan(timing: EventTiming): { firstOn: string; lastOn: string | null; startUtc: number; endUtc: number } {
  const first = firstOccurrence(timing);
  const moved = timing.exceptions.filter((e) => e.kind === 'moved').map((e) => movedOccurrence(timing, e));
  let firstOn = first.startsOn;
  let lastOn: string | null = lastDay(first);
  if (timing.recurrence) {
    const lastDate = lastRuleDate(timing.recurrence, timing.startsOn);
    lastOn = lastDate === null ? null : lastDay(ruleOccurrence(timing, lastDate, first));
  }
  for (const o of moved) {
    if (o.startsOn < firstOn) firstOn = o.startsOn;
    if (lastOn !== null && lastDay(o) > lastOn) lastOn = lastDay(o);
  }
  const startUtc = first.startUtc ?? localToUtc(timing.timeZone, timing.startsOn, '00:00').utcMs;
  const endUtc = first.endUtc ?? localToUtc(timing.timeZone, addDays(timing.endsOn, 1), '00:00').utcMs;
  return { firstOn, lastOn, startUtc, endUtc };
}
