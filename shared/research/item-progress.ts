import { addDays, addMonths } from '../calendar';
import { lastDayOf, type PreciseDate } from '../precise-date';

/**
 * How a cooperation item of an agreement is doing, from what the agreement promised and what has
 * been linked to it as fulfilling it:
 * - done: the item is marked done;
 * - dropped: the parties dropped it (it no longer counts against the agreement);
 * - overdue: its due date has passed and it is not done;
 * - nothing_after_a_year: a year after the agreement took effect (or was signed), nothing has been
 *   linked to it — the item an office is asked about, so it stands out;
 * - on_track: anything else (outcomes are coming, or it is too early to tell).
 */
export const ITEM_PROGRESS = ['done', 'dropped', 'overdue', 'nothing_after_a_year', 'on_track'] as const;
export type ItemProgress = (typeof ITEM_PROGRESS)[number];

export type ItemProgressFacts = {
  status: 'planned' | 'in_progress' | 'done' | 'dropped';
  dueOn: string | null;
  outcomeCount: number;
  /** The agreement's effective date, or its signed date when it has none (at its own precision); null for an unsigned agreement. */
  agreementStart: PreciseDate | null;
};

/**
 * The day from which an item with no outcome stands out: one year after the agreement's start. A
 * start known only to its month or year counts from the last day it may stand for (June 2016 from
 * 30 June), so an item never stands out before a whole year may have passed.
 */
export function quietSince(agreementStart: PreciseDate): string {
  return addMonths(lastDayOf(agreementStart), 12);
}

/**
 * The latest start day whose items with no outcome stand out on `today`: `quietSince(start) <= today`
 * exactly when `lastDayOf(start) <= quietStartsBy(today)`, so a query can count them from the
 * agreements' dates without the rule per row. A year back from today, then on past the days a
 * 29 February folds onto (2024-02-29 and 2024-02-28 both stand out from 2025-02-28).
 */
export function quietStartsBy(today: string): string {
  let start = addMonths(today, -12);
  while (addMonths(addDays(start, 1), 12) <= today) start = addDays(start, 1);
  return start;
}

export function itemProgress(item: ItemProgressFacts, today: string): ItemProgress {
  if (item.status === 'done') return 'done';
  if (item.status === 'dropped') return 'dropped';
  if (item.dueOn && item.dueOn < today) return 'overdue';
  if (item.outcomeCount === 0 && item.agreementStart && quietSince(item.agreementStart) <= today) return 'nothing_after_a_year';
  return 'on_track';
}

/** The start the "nothing after a year" rule counts from. */
export function agreementStart(agreement: { effectiveOn: string | null; signedOn: string | null }): string | null {
  return agreement.effectiveOn ?? agreement.signedOn;
}
