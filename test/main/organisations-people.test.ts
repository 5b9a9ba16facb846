import { describe, expect, it } from 'vitest';
import { fixedClock, makeAgreement, openTestCore } from './fixtures';

describe('organisations', () => {
  it('keeps names in other scripts and a parent organisation', async () => {
    const t = openTestCore();
    const cuhk = await t.call('organisations:create', { name: 'CUHK', altNames: [{ name: '香港中文大學', lang: 'zh-Hant' }], kind: 'university', country: 'HK' });
    const faculty = await t.call('organisations:create', { name: 'Faculty of Engineering', kind: 'faculty', country: 'HK', parentId: cuhk.id });
    expect(faculty).toMatchObject({ parentId: cuhk.id, parentName: 'CUHK' });
    expect((await t.call('organisations:list', { search: '中文' })).rows.map((o) => o.name)).toEqual(['CUHK']);
    const loop = await t.send('organisations:update', { id: cuhk.id, values: { ...cuhk, parentId: faculty.id } });
    expect(loop.ok ? null : loop.error.issues?.[0].path).toBe('parentId');
    const self = await t.send('organisations:update', { id: cuhk.id, values: { ...cuhk, parentId: cuhk.id } });
    expect(self.ok ? null : self.error.issues?.[0].path).toBe('parentId');
  });

  it('validates with clear messages', async () => {
    const t = openTestCore();
    const result = await t.send('organisations:create', { name: ' ', kind: 'university', website: 'kaist' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', key: 'field.required', params: { label: 'Name', min: 1 }, message: 'Name is required.' },
        { path: 'website', key: 'field.website', message: expect.stringContaining('http') },
      ]),
    );
  });

  it('refuses to delete an organisation that agreements still name', async () => {
    const t = openTestCore();
    const { kaist } = await makeAgreement(t);
    const result = await t.send('organisations:delete', { id: kaist.id, reason: 'Entered by mistake' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('1 agreement') });
    const spare = await t.call('organisations:create', { name: 'Spare', kind: 'other' });
    await t.call('organisations:delete', { id: spare.id, reason: 'Entered by mistake' });
    expect((await t.call('organisations:list', {})).rows.map((o) => o.name)).not.toContain('Spare');
  });

  it('shows how many live agreements name it, through removal and restore', async () => {
    const t = openTestCore();
    const { kaist, city, agreement } = await makeAgreement(t);
    await t.call('agreements:create', { kind: 'mou', title: 'A second MOU', parties: [{ organisationId: city.id }, { organisationId: kaist.id }] });
    const count = async () => ({
      listed: (await t.call('organisations:list', {})).rows.find((o) => o.id === kaist.id)?.agreementCount,
      shown: (await t.call('organisations:get', { id: kaist.id })).agreementCount,
    });
    expect(await count()).toEqual({ listed: 2, shown: 2 });
    await t.call('agreements:remove', { id: agreement.id, reason: 'entered twice' });
    expect(await count()).toEqual({ listed: 1, shown: 1 });
    await t.call('agreements:restore', { id: agreement.id, reason: 'it was not a duplicate' });
    expect(await count()).toEqual({ listed: 2, shown: 2 });
  });

  it('finds agreements by a renamed party', async () => {
    const t = openTestCore();
    const { kaist } = await makeAgreement(t);
    await t.call('organisations:update', { id: kaist.id, values: { ...kaist, name: 'Korea Advanced Institute of Science and Technology' } });
    expect((await t.call('agreements:list', { search: 'Advanced Institute' })).total).toBe(1);
  });
});

describe('people', () => {
  it('records a move between organisations as affiliation history', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23') });
    const kakao = await t.call('organisations:create', { name: 'Kakao', kind: 'company', country: 'KR' });
    const upstage = await t.call('organisations:create', { name: 'Upstage', kind: 'startup', country: 'KR' });
    const bae = await t.call('people:create', { name: 'Bae Jae-kyung', altNames: [{ name: '배재경', lang: 'ko' }], title: 'Head of Context Team', organisationId: kakao.id });
    const moved = await t.call('people:update', {
      id: bae.id,
      values: { ...bae, title: 'ML Leader', organisationId: upstage.id },
      movedOn: '2021-09-23',
    });
    expect(moved.organisationName).toBe('Upstage');
    expect(moved.affiliations).toEqual([
      { organisationId: upstage.id, organisationName: 'Upstage', title: 'ML Leader', startedOn: '2021-09-23', endedOn: null },
      { organisationId: kakao.id, organisationName: 'Kakao', title: 'Head of Context Team', startedOn: null, endedOn: '2021-09-23' },
    ]);
  });

  it('refuses to delete a signatory', async () => {
    const t = openTestCore();
    const { president } = await makeAgreement(t);
    const result = await t.send('people:delete', { id: president.id, reason: 'Entered by mistake' });
    expect(result.ok ? null : result.error.code).toBe('CONFLICT');
  });

  it('validates email addresses', async () => {
    const t = openTestCore();
    const result = await t.send('people:create', { name: 'Kim', email: 'not-an-email' });
    expect(result.ok ? null : result.error.issues?.[0].path).toBe('email');
  });
});
