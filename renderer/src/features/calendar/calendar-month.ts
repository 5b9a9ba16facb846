import { addDays, addMonths, localToday } from '../../../../shared/calendar';
import { weekdayIndex } from '../../../../shared/recurrence';
import type { CalendarEntry } from '../../../../shared/models/calendar';

/** A month as `YYYY-MM`; its days are ISO dates. */
export type Month = string;

export const monthOf = (date: string): Month => date.slice(0, 7);
export const thisMonth = (): Month => monthOf(localToday());
export const shiftMonth = (month: Month, by: number): Month => monthOf(addMonths(`${month}-01`, by));
export const firstDay = (month: Month) => `${month}-01`;
export const lastDay = (month: Month) => addDays(addMonths(`${month}-01`, 1), -1);

/** The six Monday-to-Sunday weeks a month page shows: the month, with the days around it that fill its weeks. */
export function gridDays(month: Month): string[] {
  const start = addDays(firstDay(month), -weekdayIndex(firstDay(month)));
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

/** Entries by the days they are seen on within `days` (a three-day fair on each of its days). */
export function entriesByDay(entries: readonly CalendarEntry[], days: readonly string[]): Map<string, CalendarEntry[]> {
  const byDay = new Map<string, CalendarEntry[]>(days.map((day) => [day, []]));
  for (const entry of entries) {
    for (let day = entry.startsOn; day <= entry.endsOn; day = addDays(day, 1)) byDay.get(day)?.push(entry);
  }
  return byDay;
}

export function monthTitle(month: Month, locale: string): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** Monday…Sunday in the locale's short form, for the grid's header. */
export function weekdayNames(locale: string): string[] {
  return Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))));
}
