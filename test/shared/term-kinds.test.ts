import { describe, expect, it } from 'vitest';
import { computeTerm, type TermInput } from '../../shared/agreement-term';
import { AgreementInput } from '../../shared/models/agreement';

const none: TermInput = { duration: '', effectiveOn: null, signedOn: null, expiresOn: null };
const paths = (input: TermInput) => computeTerm(input).issues.map((issue) => `${issue.path}: ${issue.key}`);

describe('terms as written', () => {
  it('reads a fixed term from prose as well as from short forms', () => {
    expect(computeTerm({ ...none, duration: 'for a period of three (3) years', signedOn: '2018-09-21' })).toMatchObject({
      kind: 'fixed',
      durationMonths: 36,
      expiresOn: '2021-09-20',
      computed: true,
      issues: [],
    });
  });

  it('keeps the precision of the start in the expiry it works out', () => {
    expect(computeTerm({ ...none, duration: '3 years', signedOn: '2016-06' })).toMatchObject({ expiresOn: '2019-06', computed: true });
    expect(computeTerm({ ...none, duration: '5 yrs', effectiveOn: '2016' })).toMatchObject({ expiresOn: '2021', computed: true });
  });

  it('says so when prose for a fixed term reads as another kind, instead of guessing', () => {
    expect(paths({ ...none, duration: 'valid for three years and renewed automatically unless either side gives notice' })).toEqual([
      'duration: term.readsAutoRenewing',
    ]);
    expect(paths({ ...none, duration: 'valid until revoked' })).toEqual(['duration: term.readsOpenEnded']);
  });

  it('reads an auto-renewing clause: the first term, the period and the notice', () => {
    const term = computeTerm({
      ...none,
      termKind: 'auto_renewing',
      duration: 'three years, renewed automatically for successive one-year periods unless either party gives three months’ notice',
      effectiveOn: '2019-06-13',
    });
    expect(term).toMatchObject({ kind: 'auto_renewing', durationMonths: 36, renewalPeriodMonths: 12, notice: { months: 3 }, expiresOn: '2022-06-12', issues: [] });
  });

  it('takes a renewal period given apart over the clause, and the first term’s length when neither says', () => {
    expect(computeTerm({ ...none, termKind: 'auto_renewing', duration: '2 years', renewalPeriodMonths: 6 })).toMatchObject({ renewalPeriodMonths: 6 });
    expect(computeTerm({ ...none, termKind: 'auto_renewing', duration: '2 years' })).toMatchObject({ renewalPeriodMonths: 24 });
  });

  it('gives an open-ended term no length and no expiry', () => {
    expect(computeTerm({ ...none, termKind: 'open_ended', duration: 'until terminated by either party' })).toMatchObject({
      kind: 'open_ended',
      durationMonths: null,
      expiresOn: null,
      issues: [],
    });
    expect(paths({ ...none, termKind: 'open_ended', duration: '3 years' })).toEqual(['duration: term.openEndedHasLength']);
    expect(paths({ ...none, termKind: 'open_ended', expiresOn: '2030-01-01' })).toEqual(['expiresOn: term.openEndedHasExpiry']);
  });

  it('keeps an unknown term as written, never forced into a number', () => {
    expect(computeTerm({ ...none, termKind: 'unknown', duration: 'as per Article 7 of the framework', signedOn: '2016-06' })).toMatchObject({
      kind: 'unknown',
      durationMonths: null,
      expiresOn: null,
      issues: [],
    });
  });
});

describe('AgreementInput with terms, precise dates and entry from records', () => {
  const parties = [{ organisationId: '0190f1a2-0000-7000-8000-000000000001' }, { organisationId: '0190f1a2-0000-7000-8000-000000000002' }];

  it('takes a month or a year where a date is only known so far', () => {
    const parsed = AgreementInput.parse({ kind: 'mou', title: 'T', parties, signedOn: '2016-06', expiresOn: '2019' });
    expect(parsed).toMatchObject({ signedOn: '2016-06', expiresOn: '2019', termKind: 'fixed', statusFromRecords: null, signatoriesRecorded: true });
  });

  it('refuses a date that does not exist, at its field', () => {
    const parsed = AgreementInput.safeParse({ kind: 'mou', title: 'T', parties, signedOn: '2016-13' });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['signedOn']);
  });

  it('keeps renewals to auto-renewing terms and notice to days or months', () => {
    const parsed = AgreementInput.safeParse({ kind: 'mou', title: 'T', parties, renewalPeriodMonths: 12, renewalNoticeDays: 90, renewalNoticeMonths: 3 });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['renewalNoticeMonths', 'renewalPeriodMonths']);
  });
});
