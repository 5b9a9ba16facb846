import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HOME_LIST_ROWS } from '../../electron/main/db/repos/agreement-repo';
import { auditCount, fixedClock, makeAgreement, makeParties, openTestCore } from './fixtures';

describe('agreements', () => {
  it('computes the expiry from a duration and the effective (or signed) date', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { effectiveOn: '2023-06-13', signedOn: '2023-06-01', duration: '3 years' });
    expect(agreement).toMatchObject({ durationMonths: 36, expiresOn: '2026-06-12' });
    const explicit = await makeAgreement(t, { signedOn: '2023-06-13', duration: '3 years', expiresOn: '2027-01-01' });
    expect(explicit.agreement.expiresOn).toBe('2027-01-01');
    const korean = await makeAgreement(t, { signedOn: '2024-01-31', duration: '1년 1개월' });
    expect(korean.agreement).toMatchObject({ durationMonths: 13, expiresOn: '2025-02-27' });
  });

  it('assigns reference numbers per kind and year and refuses duplicates', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23') });
    const first = await makeAgreement(t, { signedOn: '2017-08-01' });
    const second = await makeAgreement(t, { signedOn: '2017-09-01' });
    expect(first.agreement.referenceNo).toBe('MOU-2017-001');
    expect(second.agreement.referenceNo).toBe('MOU-2017-002');
    const { kaist, city } = await makeParties(t);
    const clash = await t.send('agreements:create', {
      kind: 'mou',
      title: 'Clash',
      referenceNo: 'MOU-2017-001',
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    });
    expect(clash.ok ? null : clash.error.issues?.[0].path).toBe('referenceNo');
  });

  it('shows lineage both ways and refuses loops', async () => {
    const t = openTestCore();
    const { agreement: mou, kaist, city } = await makeAgreement(t, { title: 'Seongnam MOU 2017', signedOn: '2017-08-01' });
    const parties = [{ organisationId: kaist.id }, { organisationId: city.id }];
    const centre = await t.call('agreements:create', { kind: 'collaboration', title: 'Research centre 2019', parentId: mou.id, parties });
    const addendum = await t.call('agreements:create', { kind: 'addendum', title: 'Addendum', parentId: centre.id, parties });
    expect(addendum.ancestors.map((a) => a.title)).toEqual(['Seongnam MOU 2017', 'Research centre 2019']);
    expect((await t.call('agreements:get', { id: mou.id })).followOns.map((a) => a.id)).toEqual([centre.id]);
    const root = await t.call('agreements:get', { id: mou.id });
    const loop = await t.send('agreements:update', {
      id: mou.id,
      values: { ...root, duration: '', parentId: addendum.id, parties },
    });
    expect(loop.ok ? null : loop.error.issues?.[0]).toEqual({ path: 'parentId', key: 'agreement.parentLoop', message: expect.stringContaining('itself') });
  });

  it('keeps money as integer minor units end to end', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeParties(t);
    const base = { kind: 'mou' as const, title: 'Scholarship', parties: [{ organisationId: kaist.id }, { organisationId: city.id }] };
    const float = await t.send('agreements:create', {
      ...base,
      contributions: [{ organisationId: kaist.id, kind: 'money', amountMinor: 12.5, currency: 'KRW' }],
    });
    expect(float.ok ? null : float.error.code).toBe('VALIDATION');
    const created = await t.call('agreements:create', {
      ...base,
      contributions: [{ organisationId: kaist.id, kind: 'money', amountMinor: 100_000_000, currency: 'KRW', description: 'Scholarship' }],
    });
    expect(created.contributions[0]).toMatchObject({ amountMinor: 100_000_000, currency: 'KRW' });
    t.core.close();
    const raw = new Database(t.dbFile);
    expect(raw.prepare('SELECT typeof(amount_minor) AS t FROM contributions').get()).toEqual({ t: 'integer' });
    // The schema itself refuses a REAL amount, whoever writes it.
    expect(() => raw.prepare('UPDATE contributions SET amount_minor = 12.5').run()).toThrow(/CHECK/);
    raw.close();
  });

  it('writes exactly one audit row per change, with before and after', async () => {
    const t = openTestCore();
    const start = await auditCount(t);
    const { agreement } = await makeAgreement(t); // 2 organisations + 2 people + 1 agreement
    expect(await auditCount(t)).toBe(start + 5);
    const values = { ...agreement, duration: '', parties: agreement.parties, notes: 'Checked by legal' };
    await t.call('agreements:update', { id: agreement.id, values });
    await t.call('agreements:transition', { id: agreement.id, to: 'negotiation' });
    const history = await t.call('audit:list', { entityId: agreement.id });
    expect(history.rows.map((r) => r.action)).toEqual(['transition', 'update', 'create']);
    expect(history.rows[1]).toMatchObject({ actor: 'tester', before: { notes: '' }, after: { notes: 'Checked by legal' } });
    expect(await auditCount(t)).toBe(start + 7);
  });

  it('locks the signed terms of an active agreement but lets notes and items change', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { signedOn: '2019-10-04' });
    await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
    const active = await t.call('agreements:transition', { id: agreement.id, to: 'active' });
    const same = { ...active, duration: '', parties: active.parties };
    const retitled = await t.send('agreements:update', { id: active.id, values: { ...same, title: 'Something else' } });
    expect(retitled.ok ? null : retitled.error.issues?.map((i) => i.path)).toEqual(['title']);
    const noted = await t.call('agreements:update', {
      id: active.id,
      values: { ...same, notes: 'Forum held in March', items: [{ description: 'Regular AI forums', recurrence: 'regular' }] },
    });
    expect(noted).toMatchObject({ notes: 'Forum held in March', items: [{ description: 'Regular AI forums', status: 'planned' }] });
  });

  it('refuses a stale edit', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t);
    const values = { ...agreement, duration: '', parties: agreement.parties };
    await t.call('agreements:update', { id: agreement.id, values: { ...values, notes: 'first' }, expectedUpdatedAt: agreement.updatedAt });
    const stale = await t.send('agreements:update', { id: agreement.id, values: { ...values, notes: 'second' }, expectedUpdatedAt: agreement.updatedAt });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
    expect((await t.call('agreements:get', { id: agreement.id })).notes).toBe('first');
  });

  it('refuses a stale edit even when the saves fall in the same millisecond', async () => {
    // A clock that never moves: every save happens at the same instant.
    const t = openTestCore({ now: () => new Date('2026-03-01T09:00:00.000Z') });
    const { agreement } = await makeAgreement(t);
    const values = { ...agreement, duration: '', parties: agreement.parties };
    const first = await t.call('agreements:update', { id: agreement.id, values: { ...values, notes: 'first' }, expectedUpdatedAt: agreement.updatedAt });
    expect(first.updatedAt > agreement.updatedAt).toBe(true);
    const stale = await t.send('agreements:update', { id: agreement.id, values: { ...values, notes: 'second' }, expectedUpdatedAt: agreement.updatedAt });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
    const moved = await t.call('agreements:transition', { id: agreement.id, to: 'negotiation', expectedUpdatedAt: first.updatedAt });
    expect(moved.updatedAt > first.updatedAt).toBe(true);
    const staleRemoval = await t.send('agreements:remove', { id: agreement.id, reason: 'Entered twice', expectedUpdatedAt: first.updatedAt });
    expect(staleRemoval.ok ? null : staleRemoval.error.code).toBe('CONFLICT');
    expect((await t.call('agreements:get', { id: agreement.id })).notes).toBe('first');
  });

  it('tombstones removed parties, signatories and items instead of deleting them', async () => {
    const t = openTestCore();
    const { agreement, kaist, city } = await makeAgreement(t, { items: [{ description: 'Forums' }, { description: 'Internships' }] });
    const third = await t.call('organisations:create', { name: 'The Vault Korea', kind: 'accelerator' });
    const updated = await t.call('agreements:update', {
      id: agreement.id,
      values: {
        ...agreement,
        duration: '',
        parties: [agreement.parties[0], { organisationId: third.id }],
        items: [agreement.items[1]],
      },
    });
    expect(updated.parties.map((p) => p.organisationId)).toEqual([kaist.id, third.id]);
    expect(updated.items.map((i) => i.id)).toEqual([agreement.items[1].id]);
    t.core.close();
    const raw = new Database(t.dbFile, { readonly: true });
    expect(
      raw.prepare('SELECT deleted_at IS NOT NULL AS gone FROM agreement_parties WHERE organisation_key = (SELECT row_key FROM organisations WHERE id = ?)').get(city.id),
    ).toEqual({ gone: 1 });
    expect(raw.prepare('SELECT count(*) AS n FROM cooperation_items WHERE deleted_at IS NOT NULL').get()).toEqual({ n: 1 });
    raw.close();
  });

  it('rewrites only the parties, signatories and items an edit changed', async () => {
    let now = new Date('2026-03-01T09:00:00Z');
    const t = openTestCore({ now: () => now });
    const { agreement } = await makeAgreement(t, { items: [{ description: 'Forums' }, { description: 'Internships' }] });
    now = new Date('2026-03-02T09:00:00Z');
    await t.call('agreements:update', {
      id: agreement.id,
      values: { ...agreement, title: 'Renamed', duration: '', parties: [agreement.parties[0], { ...agreement.parties[1], role: 'Host city' }], items: [agreement.items[0], { ...agreement.items[1], description: 'Paid internships' }] },
    });
    t.core.close();
    const raw = new Database(t.dbFile, { readonly: true });
    const stamps = (table: string) => (raw.prepare(`SELECT substr(updated_at, 1, 10) AS day FROM ${table} WHERE deleted_at IS NULL ORDER BY position`).all() as Array<{ day: string }>).map((r) => r.day);
    expect(stamps('agreement_parties')).toEqual(['2026-03-01', '2026-03-02']);
    expect(stamps('party_signatories')).toEqual(['2026-03-01', '2026-03-01']);
    expect(stamps('cooperation_items')).toEqual(['2026-03-01', '2026-03-02']);
    raw.close();
  });
});

describe('agreement list and overview', () => {
  it('searches titles, parties and names in other scripts, filters, sorts and pages', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23') });
    const { kaist, city } = await makeParties(t);
    const hk = await t.call('organisations:create', { name: 'HKUST', altNames: [{ name: '香港科技大學', lang: 'zh' }], kind: 'university', country: 'HK' });
    for (let i = 1; i <= 30; i += 1) {
      await t.call('agreements:create', {
        kind: i % 2 ? 'mou' : 'collaboration',
        title: `Agreement ${String(i).padStart(2, '0')}`,
        parties: [{ organisationId: kaist.id }, { organisationId: i <= 5 ? hk.id : city.id }],
      });
    }
    const page = await t.call('agreements:list', { sort: 'title', dir: 'asc', limit: 10, offset: 10 });
    expect(page.total).toBe(30);
    expect(page.rows.map((r) => r.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Agreement ${String(i + 11)}`));
    expect((await t.call('agreements:list', { search: '科技大' })).total).toBe(5);
    expect((await t.call('agreements:list', { search: '카이' })).total).toBe(30); // two characters: LIKE path
    expect((await t.call('agreements:list', { country: 'HK' })).total).toBe(5);
    expect((await t.call('agreements:list', { partnerId: city.id, kinds: ['mou'] })).total).toBe(12);
    expect((await t.call('agreements:list', { search: 'Agreement 07' })).rows.map((r) => r.title)).toContain('Agreement 07');
    const desc = await t.call('agreements:list', { sort: 'title', dir: 'desc', limit: 1 });
    expect(desc.rows[0].title).toBe('Agreement 30');
  });

  it('counts by status and lists what expires within 90 days and what needs a renewal decision', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23') });
    const soon = await makeAgreement(t, { title: 'Soon', signedOn: '2024-01-15', duration: '3 years', renewalNoticeDays: 60 });
    const later = await makeAgreement(t, { title: 'Later', signedOn: '2026-01-01', duration: '3 years' });
    await makeAgreement(t, { title: 'Draft only' });
    for (const { agreement } of [soon, later]) {
      await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
      await t.call('agreements:transition', { id: agreement.id, to: 'active' });
    }
    const overview = await t.call('agreements:overview', {});
    expect(overview.total).toBe(3);
    expect(overview.byStatus).toMatchObject({ active: 2, draft: 1, expired: 0 });
    expect(overview.expiringSoon.rows.map((a) => [a.title, a.expiresOn])).toEqual([['Soon', '2027-01-14']]);
    expect(overview.renewalDue.rows.map((a) => a.title)).toEqual(['Soon']);
    expect((await t.call('agreements:list', { expiringWithinDays: 90 })).rows.map((r) => r.title)).toEqual(['Soon']);
  });

  it('lists the first agreements to expire or need a decision and counts all of them', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23') });
    const many = HOME_LIST_ROWS + 5;
    for (let i = 0; i < many; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await makeAgreement(t, { title: `Ending ${i}`, signedOn: `2024-01-${day}`, duration: '3 years', renewalNoticeDays: 90, statusFromRecords: 'active', signatoriesRecorded: false });
    }
    const overview = await t.call('agreements:overview', {});
    expect(overview.expiringSoon.total).toBe(many);
    expect(overview.expiringSoon.rows).toHaveLength(HOME_LIST_ROWS);
    expect(overview.renewalDue.total).toBe(many);
    expect(overview.renewalDue.rows).toHaveLength(HOME_LIST_ROWS);
    // The first to end come first: the last listed ends no later than any left out.
    const listed = new Set(overview.expiringSoon.rows.map((a) => a.id));
    const all = (await t.call('agreements:list', { expiringWithinDays: 90, sort: 'expiresOn', dir: 'asc', limit: 100 })).rows;
    expect(all).toHaveLength(many);
    const lastListed = overview.expiringSoon.rows.at(-1)!.currentEnd!;
    expect(all.filter((a) => !listed.has(a.id)).every((a) => (a.currentEnd ?? '') >= lastListed)).toBe(true);
  }, 60_000);
});

describe('what a write answers', () => {
  it('answers a create, an edit and a change of status with the agreement as a fresh read shows it', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeParties(t);
    // Entered from records: the statuses it could be put back to are part of the answer.
    const created = await t.call('agreements:create', {
      kind: 'mou',
      title: 'From the 2020 register',
      signedOn: '2020-06',
      duration: '10 years',
      statusFromRecords: 'active',
      signatoriesRecorded: false,
      parties: [{ organisationId: kaist.id, signatories: [] }, { organisationId: city.id, signatories: [] }],
    });
    expect(created.putBackTo.length).toBeGreaterThan(0);
    expect(created).toEqual(await t.call('agreements:get', { id: created.id }));
    const edited = await t.call('agreements:update', {
      id: created.id,
      expectedUpdatedAt: created.updatedAt,
      values: { ...created, duration: created.termText, notes: 'Found in the 2020 register' },
    });
    expect(edited).toEqual(await t.call('agreements:get', { id: created.id }));
    const moved = await t.call('agreements:transition', { id: created.id, to: 'terminated', expectedUpdatedAt: edited.updatedAt });
    expect(moved.putBackTo).toEqual(['active']);
    expect(moved).toEqual(await t.call('agreements:get', { id: created.id }));
  });
});
