import { addDays, daysBetween, parseIsoDate } from './calendar';

/**
 * The repeat rules a series of events may have: the part of RFC 5545's RRULE an office needs
 * ("monthly on the 2nd Thursday", "every two weeks on Tuesday and Thursday", "yearly", until a date
 * or for a number of times). Expansion works on calendar dates only; times and zones are applied to
 * each date afterwards (see `event-occurrences.ts`), so a series keeps its wall-clock time across
 * daylight-saving changes.
 */

export const FREQUENCIES = ['weekly', 'monthly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** RFC 5545's weekday codes, Monday first (the week starts on Monday: WKST=MO). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A weekday of the rule; `ordinal` picks one of them in the month (2 = the 2nd, -1 = the last). */
export type ByDay = { weekday: Weekday; ordinal: number | null };

export type RecurrenceRule = {
  freq: Frequency;
  /** Every `interval` weeks, months or years. */
  interval: number;
  /**
   * Weekly: the weekdays it falls on (the first date's weekday when empty). Monthly and yearly: the
   * weekdays of the month it falls on, each with an ordinal or every one of them; when empty, the
   * first date's day of the month (yearly: the first date's month and day).
   */
  byDay: ByDay[];
  /** How many dates the rule makes, the first date included (cancelled ones count too). */
  count: number | null;
  /** The last date the series may fall on (inclusive), in the event's own calendar. */
  until: string | null;
};

/** The date of (y, m, d), or null when the month has no such day (the 31st of April). */
function dateOf(y: number, m: number, d: number): string | null {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(iso: string): number {
  const { y, m, d } = parseIsoDate(iso);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return (date.getUTCDay() + 6) % 7;
}

export function weekdayOf(iso: string): Weekday {
  return WEEKDAYS[weekdayIndex(iso)];
}

function daysInMonth(y: number, m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m, 0);
  return date.getUTCDate();
}

/** The dates of `byDay` within month (y, m), in order. */
function monthDates(y: number, m: number, byDay: readonly ByDay[]): string[] {
  const last = daysInMonth(y, m);
  const first = weekdayIndex(dateOf(y, m, 1)!);
  const days = new Set<number>();
  for (const { weekday, ordinal } of byDay) {
    const firstOfKind = 1 + ((WEEKDAYS.indexOf(weekday) - first + 7) % 7);
    const all: number[] = [];
    for (let day = firstOfKind; day <= last; day += 7) all.push(day);
    if (ordinal === null) all.forEach((day) => days.add(day));
    else {
      const picked = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
      if (picked !== undefined) days.add(picked);
    }
  }
  return [...days].sort((a, b) => a - b).map((day) => dateOf(y, m, day)!);
}

/** The candidate dates of the period `index` periods after the first date's (before dropping those ahead of it). */
function periodDates(rule: RecurrenceRule, start: string, index: number): string[] {
  const s = parseIsoDate(start);
  const step = index * rule.interval;
  if (rule.freq === 'weekly') {
    const monday = addDays(start, -weekdayIndex(start) + 7 * step);
    const weekdays = rule.byDay.length ? rule.byDay.map((b) => WEEKDAYS.indexOf(b.weekday)) : [weekdayIndex(start)];
    return [...new Set(weekdays)].sort((a, b) => a - b).map((offset) => addDays(monday, offset));
  }
  if (rule.freq === 'monthly') {
    const months = s.y * 12 + (s.m - 1) + step;
    const y = Math.floor(months / 12);
    const m = (months % 12) + 1;
    if (rule.byDay.length) return monthDates(y, m, rule.byDay);
    const date = dateOf(y, m, s.d);
    return date ? [date] : [];
  }
  const y = s.y + step;
  if (rule.byDay.length) return monthDates(y, s.m, rule.byDay);
  const date = dateOf(y, s.m, s.d);
  return date ? [date] : [];
}

/** How many periods lie between the first date's and the one holding `date` (whole periods of the rule). */
function periodIndex(rule: RecurrenceRule, start: string, date: string): number {
  if (rule.freq === 'weekly') {
    const weeks = Math.floor(daysBetween(addDays(start, -weekdayIndex(start)), date) / 7);
    return Math.floor(weeks / rule.interval);
  }
  const s = parseIsoDate(start);
  const d = parseIsoDate(date);
  const units = rule.freq === 'monthly' ? d.y * 12 + d.m - (s.y * 12 + s.m) : d.y - s.y;
  return Math.floor(units / rule.interval);
}

/** No series reaches further than this: an open-ended one is expanded only over the dates asked for. */
const LAST_DATE = '9999-12-31';

/**
 * The rule's dates from `start` on, in order, that fall within [from, to] (both inclusive). COUNT is
 * counted from the first date whatever the window; an open-ended series is only walked over the
 * window, so the cost is the window, not the series' age.
 */
export function ruleDates(rule: RecurrenceRule, start: string, window: { from: string; to: string }): string[] {
  const last = [window.to, rule.until ?? LAST_DATE].sort()[0];
  const dates: string[] = [];
  // Without a count, skip straight to the period holding the window's start.
  let index = rule.count === null && window.from > start ? Math.max(0, periodIndex(rule, start, window.from)) : 0;
  let made = 0;
  for (;;) {
    if (periodStart(rule, start, index) > last) return dates;
    for (const date of periodDates(rule, start, index)) {
      if (date < start) continue;
      if (date > last) return dates;
      made += 1;
      if (date >= window.from) dates.push(date);
      if (rule.count !== null && made >= rule.count) return dates;
    }
    index += 1;
  }
}

/** The first day of the period `index` periods after the first date's. */
function periodStart(rule: RecurrenceRule, start: string, index: number): string {
  const s = parseIsoDate(start);
  const step = index * rule.interval;
  if (rule.freq === 'weekly') return addDays(start, -weekdayIndex(start) + 7 * step);
  if (rule.freq === 'monthly') {
    const months = s.y * 12 + (s.m - 1) + step;
    return dateOf(Math.floor(months / 12), (months % 12) + 1, 1)!;
  }
  return dateOf(s.y + step, 1, 1)!;
}

/** Whether `date` is one of the rule's dates (a cancelled or moved date must be one). */
export function isRuleDate(rule: RecurrenceRule, start: string, date: string): boolean {
  if (date < start) return false;
  return ruleDates(rule, start, { from: date, to: date }).includes(date);
}

/** Whether the first date is itself a date of the rule, as RFC 5545 expects of DTSTART. */
export function startFollowsRule(rule: RecurrenceRule, start: string): boolean {
  return periodDates(rule, start, 0).includes(start);
}

/** The series' last date, or null when it never ends. */
export function lastRuleDate(rule: RecurrenceRule, start: string): string | null {
  if (rule.count === null && rule.until === null) return null;
  const dates = ruleDates(rule, start, { from: start, to: rule.until ?? LAST_DATE });
  return dates.length ? dates[dates.length - 1] : null;
}
