import { describe, expect, it } from 'vitest';
import { fixedClock, makeAgreement, makeParties, openTestCore, type TestCore } from './fixtures';

/** An agreement made and signed through its status steps, as a person would. */
async function signed(t: TestCore, values: Parameters<typeof makeAgreement>[1]) {
  const { agreement } = await makeAgreement(t, values);
  await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
  return t.call('agreements:transition', { id: agreement.id, to: 'active' });
}

describe('dates with their precision', () => {
  it('keeps "June 2016" as June 2016 and works out a term from it at the same precision', async () => {
    const t = openTestCore({ now: fixedClock('2018-01-01') });
    const { agreement } = await makeAgreement(t, { signedOn: '2016-06', duration: '3 years' });
    expect(agreement).toMatchObject({ signedOn: '2016-06', expiresOn: '2019-06', durationMonths: 36, currentEnd: '2019-06', termText: '3 years' });
    const yearOnly = await makeAgreement(openTestCore(), { signedOn: '2016', duration: '5 yrs' });
    expect(yearOnly.agreement).toMatchObject({ signedOn: '2016', expiresOn: '2021' });
  });

  it('numbers the reference by the year of a month- or year-precision signing date', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { signedOn: '2016-06' });
    expect(agreement.referenceNo).toBe('MOU-2016-001');
  });

  it('counts a month-precision expiry as the end of that month: in force through its last day', async () => {
    let today = '2019-06-30';
    const t = openTestCore({ now: () => fixedClock(today)() });
    const active = await signed(t, { signedOn: '2016-06', duration: '3 years' });
    expect(active).toMatchObject({ status: 'active', expiresOn: '2019-06' });
    const lastDay = t.reopen();
    expect((await lastDay.call('agreements:get', { id: active.id })).status).toBe('active');
    today = '2019-07-01';
    const reopened = lastDay.reopen();
    expect((await reopened.call('agreements:get', { id: active.id })).status).toBe('expired');
  });

  it('sorts expiries by the day the term ends and lists a month-precision one as expiring within its month', async () => {
    const t = openTestCore({ now: fixedClock('2026-06-15') });
    const june = await signed(t, { title: 'June', signedOn: '2023-06', duration: '3 years' });
    const day = await signed(t, { title: 'Day', signedOn: '2023-06-20', duration: '3 years' });
    const order = (await t.call('agreements:list', { sort: 'expiresOn', dir: 'asc' })).rows.map((a) => a.title);
    // June 2026 ends on 30 June, after 19 June 2026.
    expect(order).toEqual(['Day', 'June']);
    expect((await t.call('agreements:list', { expiringWithinDays: 30 })).rows.map((a) => a.id).sort()).toEqual([june.id, day.id].sort());
    expect((await t.call('agreements:overview', {})).expiringSoon.rows.map((a) => [a.title, a.currentEnd])).toEqual([
      ['Day', '2026-06-19'],
      ['June', '2026-06'],
    ]);
  });
});

describe('terms as written', () => {
  it('keeps an auto-renewing agreement in force at start-up and moves its current period on', async () => {
    let today = '2024-01-01';
    const t = openTestCore({ now: () => fixedClock(today)() });
    const active = await signed(t, {
      signedOn: '2019-06-13',
      termKind: 'auto_renewing',
      duration: 'valid for three years and renewed automatically for successive one-year periods unless either side gives three months’ notice',
    });
    expect(active).toMatchObject({
      status: 'active',
      termKind: 'auto_renewing',
      durationMonths: 36,
      renewalPeriodMonths: 12,
      renewalNoticeMonths: 3,
      expiresOn: '2022-06-12',
      currentEnd: '2024-06-12',
      renewalsByDates: 2,
    });
    today = '2026-04-01';
    const reopened = t.reopen();
    const later = await reopened.call('agreements:get', { id: active.id });
    expect(later).toMatchObject({ status: 'active', currentEnd: '2026-06-12', renewalsByDates: 4 });
    // The list shows the current period too, and the decision about stopping it falls due with its
    // notice (three months before 12 June 2026); it does not "expire soon".
    expect((await reopened.call('agreements:list', {})).rows[0]).toMatchObject({ termKind: 'auto_renewing', currentEnd: '2026-06-12' });
    expect((await reopened.call('agreements:overview', {})).renewalDue.rows.map((a) => a.id)).toEqual([active.id]);
    expect((await reopened.call('agreements:overview', {})).expiringSoon).toEqual({ rows: [], total: 0 });
    expect(await reopened.call('agreements:list', { expiringWithinDays: 90 })).toMatchObject({ rows: [], total: 0 });
    // The job changed no history: only the signing steps are in the trail.
    expect((await reopened.call('audit:list', { entityId: active.id })).rows.map((r) => r.action)).toEqual(['transition', 'transition', 'create']);
  });

  it('never expires an agreement that runs until revoked', async () => {
    let today = '2024-01-01';
    const t = openTestCore({ now: () => fixedClock(today)() });
    const active = await signed(t, { signedOn: '2010-01-01', termKind: 'open_ended', duration: 'until terminated by either party' });
    expect(active).toMatchObject({ status: 'active', termKind: 'open_ended', termText: 'until terminated by either party', expiresOn: null, currentEnd: null });
    today = '2099-01-01';
    expect((await t.reopen().call('agreements:get', { id: active.id })).status).toBe('active');
  });

  it('refuses prose for a fixed term that says it renews, naming the kind to choose', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeParties(t);
    const result = await t.send('agreements:create', {
      kind: 'mou',
      title: 'Auto',
      duration: 'renewed automatically every year',
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    });
    expect(result.ok ? null : result.error.issues).toEqual([
      { path: 'duration', key: 'term.readsAutoRenewing', message: 'This term renews automatically; choose “Renews automatically” as the kind of term.' },
    ]);
  });

  it('keeps a term it cannot read as written, with no length', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { termKind: 'unknown', duration: 'as per Article 7 of the framework agreement' });
    expect(agreement).toMatchObject({ termKind: 'unknown', termText: 'as per Article 7 of the framework agreement', durationMonths: null });
  });
});

describe('agreements entered from records', () => {
  it('enters an old MOU directly as expired, in one step, with its signatories not recorded', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, city } = await makeParties(t);
    const people = (await t.call('people:list', {})).total;
    const old = await t.call('agreements:create', {
      kind: 'mou',
      title: 'MOU on exchange (2016 register)',
      signedOn: '2016-06',
      termKind: 'unknown',
      duration: 'lapsed',
      statusFromRecords: 'expired',
      signatoriesRecorded: false,
      originalText: 'KAIST | Seongnam | June 2016 | lapsed',
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    });
    expect(old).toMatchObject({ status: 'expired', fromRecords: true, signatoriesRecorded: false, originalText: 'KAIST | Seongnam | June 2016 | lapsed' });
    expect((await t.call('people:list', {})).total).toBe(people);
    const history = await t.call('audit:list', { entityId: old.id });
    expect(history.rows.map((r) => r.action)).toEqual(['create']);
  });

  it('asks who signed unless the records do not say, and refuses "in force" for a term already over', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, city } = await makeParties(t);
    const base = { kind: 'mou' as const, title: 'Old', parties: [{ organisationId: kaist.id }, { organisationId: city.id }] };
    const unnamed = await t.send('agreements:create', { ...base, statusFromRecords: 'terminated' });
    expect(unnamed.ok ? [] : unnamed.error.issues?.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'parties.0.signatories: KAIST has no signatory; add who signed, or say that the records do not name the signatories.',
      'parties.1.signatories: Seongnam City has no signatory; add who signed, or say that the records do not name the signatories.',
    ]);
    const over = await t.send('agreements:create', { ...base, statusFromRecords: 'active', signatoriesRecorded: false, signedOn: '2016-06', duration: '3 years' });
    expect(over.ok ? [] : over.error.issues?.map((i) => i.path)).toEqual(['statusFromRecords']);
    expect((await t.call('agreements:list', {})).total).toBe(0);
  });

  it('leaves "signatories not recorded" to agreements entered from records', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeParties(t);
    const draft = await t.send('agreements:create', { kind: 'mou', title: 'New', signatoriesRecorded: false, parties: [{ organisationId: kaist.id }, { organisationId: city.id }] });
    expect(draft.ok ? [] : draft.error.issues?.map((i) => i.path)).toEqual(['signatoriesRecorded']);
    const { agreement } = await makeAgreement(t);
    const later = await t.send('agreements:update', { id: agreement.id, values: { ...agreement, duration: '', statusFromRecords: 'active' } });
    expect(later.ok ? [] : later.error.issues?.map((i) => i.key)).toEqual(['agreement.fromRecordsOnCreate']);
  });
});
