import { expiryFromDuration, isCalendarDate } from './calendar';
import { parseDuration } from './duration';
import { fieldIssue, type FieldIssue } from './errors';

/** What an agreement's term is computed from. Blank text counts as not given, as in the form. */
export type TermInput = {
  /** As people write it ("3 years", "6개월"), or whole months as main stores them. */
  duration: string | number | null;
  effectiveOn: string | null;
  signedOn: string | null;
  expiresOn: string | null;
};

export type Term = {
  durationMonths: number | null;
  /** The expiry given, else the last day the duration implies from the start; null when neither is known. */
  expiresOn: string | null;
  /** True when `expiresOn` was worked out from the duration rather than given. */
  computed: boolean;
  /** Problems with the duration or the expiry, at the field to fix; [] when the term holds together. */
  issues: FieldIssue[];
};

const given = (text: string | null): string | null => (text && text.trim() !== '' ? text.trim() : null);

/**
 * The one place an agreement's term is worked out: the duration read once, and the expiry it implies
 * ("3 years" effective 2023-06-13 runs through 2026-06-12) when no expiry is given. The term starts on
 * the effective date, or the signed date when there is none. Main stores it, the schema and the form
 * report its issues, and the form previews the expiry, all from this.
 */
export function computeTerm(input: TermInput): Term {
  const issues: FieldIssue[] = [];
  let durationMonths: number | null = null;
  if (typeof input.duration === 'number') {
    durationMonths = input.duration;
  } else {
    const parsed = parseDuration(input.duration ?? '');
    if (parsed.ok) durationMonths = parsed.months;
    else issues.push(fieldIssue('duration', parsed.key));
  }
  // Dates still being typed in the form are not dates yet: their own fields say so, not the term.
  const start = [given(input.effectiveOn), given(input.signedOn)].find((date) => date !== null) ?? null;
  const knownStart = start && isCalendarDate(start) ? start : null;
  const expiresOn = given(input.expiresOn);
  if (expiresOn !== null) {
    if (knownStart && isCalendarDate(expiresOn) && expiresOn < knownStart) {
      issues.push(fieldIssue('expiresOn', 'agreement.expiresBeforeEffective'));
    }
    return { durationMonths, expiresOn, computed: false, issues };
  }
  if (durationMonths && knownStart) {
    return { durationMonths, expiresOn: expiryFromDuration(knownStart, durationMonths), computed: true, issues };
  }
  return { durationMonths, expiresOn: null, computed: false, issues };
}
