import { computeTerm, type TermInput } from '../../../shared/agreement-term';
import type { AgreementKind, TermKind } from '../../../shared/models/agreement';
import { currentPeriod, lastDayOf } from '../../../shared/precise-date';

/** Reference numbers per kind and year: MOU-2026-014. */
const REFERENCE_PREFIX: Record<AgreementKind, string> = {
  mou: 'MOU',
  moa: 'MOA',
  collaboration: 'COL',
  business: 'BUS',
  contract: 'CON',
  addendum: 'ADD',
  renewal: 'REN',
};

export function referencePrefix(kind: AgreementKind, year: number): string {
  return `${REFERENCE_PREFIX[kind]}-${year}-`;
}

/** Where a term stands on a day: the end of the term in force (precise) and the renewals the dates imply. */
export type TermToday = { currentEnd: string | null; renewalsByDates: number | null };

/**
 * The term in force on `today`. A fixed or unknown term ends at its expiry (if known); an
 * auto-renewing one at the end of its current period, renewed as many whole periods as have passed
 * since its first period ended; an open-ended one never.
 */
export function termToday(
  term: { termKind: TermKind; expiresOn: string | null; renewalPeriodMonths: number | null },
  today: string,
): TermToday {
  if (term.termKind === 'open_ended' || !term.expiresOn) return { currentEnd: null, renewalsByDates: null };
  if (term.termKind !== 'auto_renewing') return { currentEnd: term.expiresOn, renewalsByDates: null };
  const period = currentPeriod(term.expiresOn, term.renewalPeriodMonths, today);
  return period ? { currentEnd: period.end, renewalsByDates: period.renewals } : { currentEnd: null, renewalsByDates: null };
}

/** The last day the term in force runs, as main stores it for comparing and sorting (`ends_on`). */
export function endsOnOf(term: Parameters<typeof termToday>[0], today: string): string | null {
  const { currentEnd } = termToday(term, today);
  return currentEnd ? lastDayOf(currentEnd) : null;
}

export type StoredTerm = {
  termKind: TermKind;
  termText: string;
  expiresOn: string | null;
  durationMonths: number | null;
  renewalPeriodMonths: number | null;
  renewalNoticeDays: number | null;
  renewalNoticeMonths: number | null;
  endsOn: string | null;
};

/**
 * The term's columns from what was given: the written term kept as written, its length and the
 * expiry it implies, the renewal period, and notice. Notice stated only in the written term
 * ("unless either side gives three months' notice") fills the notice when none was given apart.
 */
export function storedTerm(
  input: TermInput & { renewalNoticeDays: number | null; renewalNoticeMonths: number | null },
  today: string,
): StoredTerm {
  const term = computeTerm(input);
  const noticeGiven = input.renewalNoticeDays !== null || input.renewalNoticeMonths !== null;
  const notice = noticeGiven ? null : term.notice;
  const termText = typeof input.duration === 'string' ? input.duration.trim() : '';
  const renewalNoticeDays = notice && 'days' in notice ? notice.days : input.renewalNoticeDays;
  const renewalNoticeMonths = notice && 'months' in notice ? notice.months : input.renewalNoticeMonths;
  const { kind: termKind, expiresOn, durationMonths, renewalPeriodMonths } = term;
  // Written whole, not spread from a partial one: see computeTerm.
  const endsOn = endsOnOf({ termKind, expiresOn, renewalPeriodMonths }, today);
  return { termKind, termText, expiresOn, durationMonths, renewalPeriodMonths, renewalNoticeDays, renewalNoticeMonths, endsOn };
}
