import { addDays, addMonths, expiryFromDuration, isCalendarDate } from './calendar';
import { describeWrittenDate, type DatePrecision } from './written-date';

/**
 * An agreement's dates as precisely as they are known: `YYYY-MM-DD` (a day), `YYYY-MM` (a month:
 * "June 2016") or `YYYY` (a year). The precision is the length of the text, so nothing that reads
 * the column can mistake June 2016 for 1 June 2016, and text order is a sensible order: a year
 * before its months, a month before its days.
 *
 * Comparing one with a day ("has it ended?") uses the period it covers: a month-precision expiry
 * counts as the last day of that month, a year as 31 December. Those bounds are for comparing only;
 * they are never shown or stored as the date itself.
 */
export type PreciseDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `text` is a day that exists, a month 01–12 of a year, or a year 1000–9999. */
export function isPreciseDate(text: string): boolean {
  const match = PATTERN.exec(text);
  if (!match) return false;
  if (Number(match[1]) < 1000) return false;
  if (match[3] !== undefined) return isCalendarDate(text);
  if (match[2] !== undefined) return Number(match[2]) >= 1 && Number(match[2]) <= 12;
  return true;
}

export function precisionOf(date: PreciseDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The date cut to a coarser precision (a day to its month or year); a coarser date is kept as it is. */
export function truncateDate(date: PreciseDate, precision: DatePrecision): PreciseDate {
  const length = precision === 'year' ? 4 : precision === 'month' ? 7 : 10;
  return date.slice(0, Math.min(length, date.length));
}

function lastDayOfMonth(month: string): string {
  // The first of the month, one month on, one day back.
  return expiryFromDuration(`${month}-01`, 1);
}

/** The first day the date may stand for (1 June for June, 1 January for a year). */
export function firstDayOf(date: PreciseDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day the date may stand for (30 June for June, 31 December for a year). */
export function lastDayOf(date: PreciseDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return lastDayOfMonth(date);
  return date;
}

/** Whether a term ending on `end` is over by `today`: only once the whole month or year has passed. */
export function hasEnded(end: PreciseDate, today: string): boolean {
  return lastDayOf(end) < today;
}

/** Whether `end` is certainly before `start` (no day either could stand for makes them meet). */
export function endsBeforeStart(end: PreciseDate, start: PreciseDate): boolean {
  return lastDayOf(end) < firstDayOf(start);
}

/** `months` on from a month (`YYYY-MM`). */
function addMonthsToMonth(month: string, months: number): string {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/**
 * The last day of a term of `months` that starts on `start`, as precisely as the start allows. From
 * a day: the day before the anniversary (13 June 2023 + 3 years runs through 12 June 2026). From a
 * month or a year: the month or year in which the term ends at the latest, taking the latest day the
 * start may stand for (June 2016 + 3 years ends in June 2019; 2016 + 18 months ends in 2018), so an
 * agreement is never counted as ended before it may have ended, and no day is made up.
 */
export function termEnd(start: PreciseDate, months: number): PreciseDate {
  if (start.length === 10) return expiryFromDuration(start, months);
  return truncateDate(expiryFromDuration(lastDayOf(start), months), precisionOf(start));
}

/**
 * The end of the `k`th renewal of a term whose first period ended on `firstEnd`, each renewal
 * `periodMonths` long, at the first end's precision (a year-precision end renewed by half-years
 * falls in the year of its latest possible day).
 */
export function renewedEnd(firstEnd: PreciseDate, periodMonths: number, k: number): PreciseDate {
  if (k === 0) return firstEnd;
  // Each renewal of a day-precision term starts the day after the last one ended and runs its whole period.
  if (firstEnd.length === 10) return expiryFromDuration(addDays(firstEnd, 1), k * periodMonths);
  if (firstEnd.length === 7) return addMonthsToMonth(firstEnd, k * periodMonths);
  return addMonthsToMonth(`${firstEnd}-12`, k * periodMonths).slice(0, 4);
}

/**
 * Where an auto-renewing term stands on `today`: the end of the period in force (the first period
 * if it has not ended yet) and how many renewals the dates imply. Null when no period length is
 * known and the first period is over: the agreement is then in force with its current end unknown.
 */
export function currentPeriod(
  firstEnd: PreciseDate,
  periodMonths: number | null,
  today: string,
): { end: PreciseDate; renewals: number } | null {
  if (!hasEnded(firstEnd, today)) return { end: firstEnd, renewals: 0 };
  if (!periodMonths || periodMonths <= 0) return null;
  // A first guess from whole months elapsed, then step to the first period not yet over.
  const [fy, fm] = firstDayOf(firstEnd).split('-').map(Number);
  const [ty, tm] = today.split('-').map(Number);
  let k = Math.max(1, Math.floor(((ty - fy) * 12 + (tm - fm)) / periodMonths) - 1);
  while (k > 1 && !hasEnded(renewedEnd(firstEnd, periodMonths, k - 1), today)) k -= 1;
  while (hasEnded(renewedEnd(firstEnd, periodMonths, k), today)) k += 1;
  return { end: renewedEnd(firstEnd, periodMonths, k), renewals: k };
}

/** "13 June 2023", "June 2016", "2016": a date in English words at its own precision. */
export function describePreciseDate(date: PreciseDate): string {
  return describeWrittenDate({ iso: date, precision: precisionOf(date) });
}
