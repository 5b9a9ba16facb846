/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Agreements live in calendar dates, not instants, so
 * none of this touches time zones.
 */

/** Midnight UTC of a calendar day. setUTCFullYear, because Date.UTC reads years 0–99 as 19xx. */
function utc(y: number, monthIndex: number, d: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, monthIndex, d);
  return date;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`, proleptic Gregorian as `Date` counts: arithmetic, not a `Date` per call. */
function daysInMonth(y: number, m: number): number {
  if (m !== 2) return MONTH_DAYS[m - 1];
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Splits `YYYY-MM-DD`, refusing days that do not exist (2024-02-30, 2024-13-01). */
export function parseIsoDate(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not a calendar date: ${iso}`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`Not a calendar date: ${iso}`);
  return { y, m, d };
}

/** Whether `text` is a `YYYY-MM-DD` day that exists; for text still being typed, where throwing is wrong. */
export function isCalendarDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parseIsoDate(iso);
  const date = utc(y, m - 1, d + days);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Adds whole months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parseIsoDate(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The last day an agreement of `months` months starting on `start` is in force: a 3-year MOU
 * effective 2023-06-13 runs through 2026-06-12.
 */
export function expiryFromDuration(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((utc(b.y, b.m - 1, b.d).getTime() - utc(a.y, a.m - 1, a.d).getTime()) / 86_400_000);
}

/** Today's calendar date where the user is (not UTC: an office in Seoul lives in its own day). */
export function localToday(now: Date = new Date()): string {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
