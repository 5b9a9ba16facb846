import { REPORT_FIGURES, type ReportCounts, type ReportItem, type ReportMoney, type ReportPeriod } from '../../../../shared/models/report';
import type { MoneyFact } from './report-sources';

/** Nothing counted yet, for each figure. */
export const zero = (): ReportCounts => Object.fromEntries(REPORT_FIGURES.map((f) => [f, 0])) as ReportCounts;

/**
 * The periods a date falls in: a month of the year asked for (a date known only to the year has no
 * month: it is counted, but not placed), or its year when no year was asked for.
 */
export function periodOf(date: string | null, year: number | null): string | null {
  if (!date) return null;
  if (year === null) return date.slice(0, 4);
  return date.length >= 7 ? date.slice(0, 7) : null;
}

/** Within the year asked for (every date when none was): `2026`, `2026-06` and `2026-06-13` are all in 2026. */
export const inYear = (date: string | null, year: number | null) => year === null || (date !== null && date.slice(0, 4) === String(year));

/**
 * The bars: the twelve months of a year, or every year from a partner's first dated record to its
 * last. The span is found in a loop: `Math.min(...years)` passes each date as an argument, and the
 * office's own university, dated 100,000 times, overflowed the stack ("Something went wrong").
 */
export function periodKeys(year: number | null, dated: readonly string[]): string[] {
  if (year !== null) return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  if (dated.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const period of dated) {
    const value = Number(period);
    if (value < first) first = value;
    if (value > last) last = value;
  }
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

export type Bucketed = { periods: ReportPeriod[]; unplaced: ReportCounts; totals: ReportCounts; money: ReportMoney[] };

/**
 * Counts per period and in total, and money per currency and period: each currency on its own,
 * never added to another. Items and money are already within the scope's year.
 */
export function bucket(items: readonly ReportItem[], money: readonly MoneyFact[], year: number | null): Bucketed {
  const keys = periodKeys(year, [...items.map((i) => periodOf(i.date, year)), ...money.map((m) => periodOf(m.day, year))].filter((p): p is string => p !== null));
  const periods = new Map(keys.map((key) => [key, zero()]));
  const unplaced = zero();
  const totals = zero();
  for (const item of items) {
    totals[item.figure] += 1;
    const counts = periods.get(periodOf(item.date, year) ?? '') ?? unplaced;
    counts[item.figure] += 1;
  }
  const currencies = new Map<string, ReportMoney>();
  for (const fact of money) {
    const entry = currencies.get(fact.currency) ?? { currency: fact.currency, agreementsMinor: 0, projectsMinor: 0, totalMinor: 0, byPeriod: [] };
    if (fact.source === 'agreements') entry.agreementsMinor += fact.minor;
    else entry.projectsMinor += fact.minor;
    entry.totalMinor += fact.minor;
    const period = periodOf(fact.day, year);
    if (period !== null && periods.has(period)) {
      const slot = entry.byPeriod.find((p) => p.period === period);
      if (slot) slot.minor += fact.minor;
      else entry.byPeriod.push({ period, minor: fact.minor });
    }
    currencies.set(fact.currency, entry);
  }
  return {
    periods: [...periods].map(([period, counts]) => ({ period, counts })),
    unplaced,
    totals,
    money: [...currencies.values()]
      .map((m) => ({ ...m, byPeriod: m.byPeriod.sort((a, b) => a.period.localeCompare(b.period)) }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}
