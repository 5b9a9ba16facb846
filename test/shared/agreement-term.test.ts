import { describe, expect, it } from 'vitest';
import { computeTerm, type TermInput } from '../../shared/agreement-term';

const none: TermInput = { duration: '', effectiveOn: null, signedOn: null, expiresOn: null };
/** What a fixed term carries besides its length and expiry. */
const fixed = { kind: 'fixed', renewalPeriodMonths: null, notice: null } as const;

describe('computeTerm', () => {
  it('runs a duration from the effective date to the day before the anniversary', () => {
    expect(computeTerm({ ...none, duration: '3 years', effectiveOn: '2023-06-13', signedOn: '2023-06-01' })).toEqual({
      ...fixed,
      durationMonths: 36,
      expiresOn: '2026-06-12',
      computed: true,
      issues: [],
    });
  });

  it('runs from the signed date when there is no effective date', () => {
    expect(computeTerm({ ...none, duration: '1년 1개월', signedOn: '2024-01-31' })).toMatchObject({
      durationMonths: 13,
      expiresOn: '2025-02-27',
      computed: true,
    });
  });

  it('keeps an expiry that was given, even when the duration implies another', () => {
    expect(computeTerm({ ...none, duration: '3 years', signedOn: '2023-06-13', expiresOn: '2027-01-01' })).toEqual({
      ...fixed,
      durationMonths: 36,
      expiresOn: '2027-01-01',
      computed: false,
      issues: [],
    });
  });

  it('takes the whole months main stores, as at signing', () => {
    expect(computeTerm({ ...none, duration: 36, signedOn: '2023-06-13' })).toMatchObject({ durationMonths: 36, expiresOn: '2026-06-12' });
    expect(computeTerm({ ...none, duration: null, signedOn: '2023-06-13' })).toMatchObject({ durationMonths: null, expiresOn: null });
  });

  it('has no expiry until there is a start and a duration', () => {
    expect(computeTerm({ ...none, duration: '3 years' })).toMatchObject({ durationMonths: 36, expiresOn: null, computed: false });
    expect(computeTerm({ ...none, signedOn: '2023-06-13' })).toMatchObject({ durationMonths: null, expiresOn: null });
  });

  it('reads blank text as not given, as the form sends it', () => {
    const typed = { duration: '2 years', effectiveOn: '', signedOn: '2024-03-01', expiresOn: '  ' };
    expect(computeTerm(typed)).toMatchObject({ expiresOn: '2026-02-28', computed: true, issues: [] });
  });

  it('puts an unreadable duration at the duration field and computes no expiry from it', () => {
    expect(computeTerm({ ...none, duration: 'forever', signedOn: '2023-06-13' })).toEqual({
      ...fixed,
      durationMonths: null,
      expiresOn: null,
      computed: false,
      issues: [{ path: 'duration', key: 'duration.unreadable', message: expect.stringContaining('3 years') }],
    });
    expect(computeTerm({ ...none, duration: '0 years' }).issues.map((i) => i.path)).toEqual(['duration']);
  });

  it('refuses an expiry before the term starts', () => {
    expect(computeTerm({ ...none, effectiveOn: '2026-06-13', expiresOn: '2026-06-12' }).issues).toEqual([
      { path: 'expiresOn', key: 'agreement.expiresBeforeEffective', message: 'The agreement expires before it takes effect.' },
    ]);
    expect(computeTerm({ ...none, signedOn: '2026-06-13', expiresOn: '2026-06-13' }).issues).toEqual([]);
  });

  it('leaves a date still being typed to its own field instead of throwing', () => {
    // The form previews the expiry on every keystroke; 30 February is not a start, and not a crash.
    expect(computeTerm({ ...none, duration: '3 years', signedOn: '2023-02-30' })).toEqual({
      ...fixed,
      durationMonths: 36,
      expiresOn: null,
      computed: false,
      issues: [],
    });
    expect(computeTerm({ ...none, effectiveOn: '2026-06-1', expiresOn: '2026-01-01' }).issues).toEqual([]);
  });
});
