import { parseDuration } from './duration';
import { fieldIssue, type FieldIssue } from './errors';
import { endsBeforeStart, isPreciseDate, termEnd, type PreciseDate } from './precise-date';
import { parseWrittenTerm } from './written-term';

/**
 * How an agreement's term is written: a fixed length or expiry; renewing automatically (a period,
 * notice, renewals so far); until revoked (open-ended: it never expires by date); or not known.
 */
export const TERM_KINDS = ['fixed', 'auto_renewing', 'open_ended', 'unknown'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** What an agreement's term is computed from. Blank text counts as not given, as in the form. */
export type TermInput = {
  /** 'fixed' when not given: every agreement before term kinds had a fixed term. */
  termKind?: TermKind;
  /**
   * The term as written ("3 years", "for a period of three (3) years", "renewed automatically every
   * year"), or whole months as main stores them. For an auto-renewing term it is the first period.
   */
  duration: string | number | null;
  /** Each renewal's length (auto-renewing only); taken from the written term when not given. */
  renewalPeriodMonths?: number | null;
  effectiveOn: string | null;
  signedOn: string | null;
  expiresOn: string | null;
};

export type Term = {
  kind: TermKind;
  durationMonths: number | null;
  /** Auto-renewing: each renewal's length, as given, else as written, else the first period's. */
  renewalPeriodMonths: number | null;
  /** Notice the written term states ("unless either side gives three months' notice"), if any. */
  notice: { days: number } | { months: number } | null;
  /** The expiry given, else the end the duration implies from the start; null when neither is known. */
  expiresOn: PreciseDate | null;
  /** True when `expiresOn` was worked out from the duration rather than given. */
  computed: boolean;
  /** Problems with the term, at the field to fix; [] when the term holds together. */
  issues: FieldIssue[];
};

const given = (text: string | null): string | null => (text && text.trim() !== '' ? text.trim() : null);

type Reading = {
  months: number | null;
  periodMonths: number | null;
  notice: Term['notice'];
  issues: FieldIssue[];
};

const NOTHING: Reading = { months: null, periodMonths: null, notice: null, issues: [] };

/**
 * The duration text read for a term of `kind`. Short forms ("3 years", "3년") first, then prose
 * through `parseWrittenTerm`; prose that says another kind of term than the one chosen is named at
 * the duration, never quietly taken as something else.
 */
function readDuration(kind: TermKind, duration: string | number | null): Reading {
  if (typeof duration === 'number') return { ...NOTHING, months: duration };
  const text = duration?.trim() ?? '';
  const key = `${kind}\u0000${text}`;
  const known = readings.get(key);
  if (known) return known;
  if (readings.size >= READINGS_KEPT) readings.clear();
  const reading = Object.freeze(readText(kind, text));
  Object.freeze(reading.issues);
  readings.set(key, reading);
  return reading;
}

/**
 * Terms already read, by kind and text. A register repeats a handful of terms ("5 years", "for a
 * period of three (3) years"), and reading prose is a dozen regular expressions; a batch of 10,000
 * read each one twice (the schema's check and the stored term). Readings are frozen: shared.
 */
const readings = new Map<string, Reading>();
const READINGS_KEPT = 1000;

/** `readDuration` without the memo. */
function readText(kind: TermKind, text: string): Reading {
  if (text === '' || kind === 'unknown') return NOTHING;
  const short = parseDuration(text);
  if (short.ok) return kind === 'open_ended' ? { ...NOTHING, issues: [fieldIssue('duration', 'term.openEndedHasLength')] } : { ...NOTHING, months: short.months };
  if (short.key === 'duration.outOfRange') return { ...NOTHING, issues: [fieldIssue('duration', short.key)] };
  const { term } = parseWrittenTerm(text);
  if (term.kind === 'open_ended') {
    return kind === 'open_ended' ? NOTHING : { ...NOTHING, issues: [fieldIssue('duration', 'term.readsOpenEnded')] };
  }
  if (kind === 'open_ended') {
    // Prose that reads as a length contradicts "until revoked"; anything else stays as written.
    return term.kind === 'unknown' ? NOTHING : { ...NOTHING, issues: [fieldIssue('duration', 'term.openEndedHasLength')] };
  }
  if (term.kind === 'unknown') return { ...NOTHING, issues: [fieldIssue('duration', 'duration.unreadable')] };
  if (term.kind === 'fixed') return { ...NOTHING, months: term.months };
  if (kind === 'fixed') return { ...NOTHING, issues: [fieldIssue('duration', 'term.readsAutoRenewing')] };
  const notice = term.noticeDays !== undefined ? { days: term.noticeDays } : term.noticeMonths !== undefined ? { months: term.noticeMonths } : null;
  return { months: term.initialMonths ?? term.periodMonths, periodMonths: term.periodMonths, notice, issues: [] };
}

/**
 * The one place an agreement's term is worked out: the written term read once, and the expiry it
 * implies ("3 years" effective 2023-06-13 runs through 2026-06-12; from June 2016, through June
 * 2019) when no expiry is given. The term starts on the effective date, or the signed date when
 * there is none. Main stores it, the schema and the form report its issues, and the form previews
 * the expiry, all from this.
 */
export function computeTerm(input: TermInput): Term {
  const kind = input.termKind ?? 'fixed';
  const reading = readDuration(kind, input.duration);
  const issues = [...reading.issues];
  const durationMonths = reading.months;
  const renewalPeriodMonths = kind === 'auto_renewing' ? (input.renewalPeriodMonths ?? reading.periodMonths ?? durationMonths) : null;
  const { notice } = reading;
  // Dates still being typed in the form are not dates yet: their own fields say so, not the term.
  const start = given(input.effectiveOn) ?? given(input.signedOn);
  const knownStart = start && isPreciseDate(start) ? start : null;
  const expiresOn = given(input.expiresOn);
  if (expiresOn !== null) {
    if (kind === 'open_ended') issues.push(fieldIssue('expiresOn', 'term.openEndedHasExpiry'));
    else if (knownStart && isPreciseDate(expiresOn) && endsBeforeStart(expiresOn, knownStart)) {
      issues.push(fieldIssue('expiresOn', 'agreement.expiresBeforeEffective'));
    }
    // Each return writes its object whole: spreading a shared base into each cost ~3 µs a term in
    // V8, and a 100,000-row batch works out every term.
    return { kind, durationMonths, renewalPeriodMonths, notice, expiresOn, computed: false, issues };
  }
  if (durationMonths && knownStart && (kind === 'fixed' || kind === 'auto_renewing')) {
    return { kind, durationMonths, renewalPeriodMonths, notice, expiresOn: termEnd(knownStart, durationMonths), computed: true, issues };
  }
  return { kind, durationMonths, renewalPeriodMonths, notice, expiresOn: null, computed: false, issues };
}
