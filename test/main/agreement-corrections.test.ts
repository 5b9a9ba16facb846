import { describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../shared/models/agreement';
import { auditCount, fixedClock, makeAgreement, openTestCore, type TestCore } from './fixtures';
import { fakeRenderPdf } from './signed-export-fixtures';
import { signedSetup } from './signing-fixtures';

/** The values the edit form sends for an agreement as it stands. */
const valuesOf = (a: AgreementDetail) => ({ ...a, duration: a.termText });

/** An active MOU, signed through its steps, with a title typed wrongly. */
async function activeWithTypo(t: TestCore) {
  const { agreement } = await makeAgreement(t, { title: 'MOU on AI reserach in Seongnam', signedOn: '2023-06-13', duration: '3 years' });
  await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
  return t.call('agreements:transition', { id: agreement.id, to: 'active' });
}

const decode = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

describe('correcting signed terms', () => {
  it('corrects a signed term with a reason, audited before and after, while an edit stays refused', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const active = await activeWithTypo(t);
    const edit = await t.send('agreements:update', { id: active.id, values: { ...valuesOf(active), title: 'MOU on AI research in Seongnam' } });
    expect(edit.ok ? null : edit.error.key).toBe('agreement.signedTermsLocked');

    const corrected = await t.call('agreements:correct', {
      id: active.id,
      expectedUpdatedAt: active.updatedAt,
      // The expiry was worked out from the date; cleared, it is worked out again from the corrected one.
      values: { ...valuesOf(active), title: 'MOU on AI research in Seongnam', signedOn: '2023-06-12', expiresOn: null },
      reason: 'Title and date copied wrongly from the signed PDF',
    });
    expect(corrected).toMatchObject({ status: 'active', title: 'MOU on AI research in Seongnam', signedOn: '2023-06-12', expiresOn: '2026-06-11' });
    const [entry] = (await t.call('audit:list', { entityId: active.id })).rows;
    expect(entry).toMatchObject({
      action: 'correct',
      actor: 'tester',
      reason: 'Title and date copied wrongly from the signed PDF',
      before: { title: 'MOU on AI reserach in Seongnam', signedOn: '2023-06-13', expiresOn: '2026-06-12' },
      after: { title: 'MOU on AI research in Seongnam', signedOn: '2023-06-12', expiresOn: '2026-06-11' },
    });
  });

  it('needs a reason, a signed agreement and a change, and writes nothing otherwise', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const active = await activeWithTypo(t);
    const audits = await auditCount(t);
    const noReason = await t.send('agreements:correct', { id: active.id, values: { ...valuesOf(active), title: 'Fixed' }, reason: '  ' });
    expect(noReason.ok ? [] : noReason.error.issues?.map((i) => `${i.path}: ${i.message}`)).toEqual(['reason: Reason is required.']);
    const nothing = await t.send('agreements:correct', { id: active.id, values: valuesOf(active), reason: 'Check' });
    expect(nothing.ok ? null : nothing.error.key).toBe('correction.nothingChanged');
    const { agreement: draft } = await makeAgreement(openTestCore());
    expect(draft.status).toBe('draft');
    const t2 = openTestCore();
    const made = await makeAgreement(t2);
    const unsigned = await t2.send('agreements:correct', { id: made.agreement.id, values: { ...valuesOf(made.agreement), title: 'X' }, reason: 'Typo' });
    expect(unsigned.ok ? null : unsigned.error.key).toBe('correction.notSigned');
    expect(await auditCount(t)).toBe(audits);
  });

  it('lists every correction, with its reason, in the next signed summary, which verifies', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01'), platform: { renderPdf: fakeRenderPdf } });
    const active = await activeWithTypo(t);
    await t.call('agreements:correct', { id: active.id, values: { ...valuesOf(active), title: 'MOU on AI research in Seongnam' }, reason: 'Typo in the title' });
    const json = JSON.parse(decode(await t.call('exports:summary', { agreementId: active.id, format: 'json' })).toString('utf8'));
    expect(json.version).toBe(4);
    expect(json.summary.corrections).toEqual([
      {
        at: expect.any(String),
        by: 'tester',
        reason: 'Typo in the title',
        changes: [{ term: 'Title', before: 'MOU on AI reserach in Seongnam', after: 'MOU on AI research in Seongnam' }],
      },
    ]);
    for (const format of ['json', 'markdown', 'pdf'] as const) {
      const file = await t.call('exports:summary', { agreementId: active.id, format });
      expect(await t.call('exports:verify', { fileName: file.fileName, contentBase64: file.contentBase64 }), format).toMatchObject({ status: 'valid' });
    }
    const markdown = decode(await t.call('exports:summary', { agreementId: active.id, format: 'markdown' })).toString('utf8');
    expect(markdown).toContain('## Corrections');
    expect(markdown).toContain('  - Title: “MOU on AI reserach in Seongnam” → “MOU on AI research in Seongnam”');
    expect(markdown).toContain(': Typo in the title');
  });

  it('lets signatories be added later to an agreement entered from records whose signatories were not recorded', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, city, president } = await makeAgreement(t);
    const old = await t.call('agreements:create', {
      kind: 'mou',
      title: 'Old MOU',
      statusFromRecords: 'expired',
      signatoriesRecorded: false,
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    });
    const found = await t.call('agreements:correct', {
      id: old.id,
      values: {
        ...valuesOf(old),
        signatoriesRecorded: true,
        parties: [{ organisationId: kaist.id, signatories: [{ personId: president.id }] }, { organisationId: city.id }],
      },
      reason: 'The signed copy was found in the archive',
    });
    expect(found).toMatchObject({ signatoriesRecorded: true, parties: [{ signatories: [{ name: 'Lee Kwang-hyung' }] }, { signatories: [] }] });
  });
});

describe('putting back a status set by mistake', () => {
  it('puts back the status before the last change, with a reason, audited', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const active = await activeWithTypo(t);
    const terminated = await t.call('agreements:transition', { id: active.id, to: 'terminated' });
    expect(terminated.putBackTo).toEqual(['active']);
    const back = await t.call('agreements:putBack', { id: active.id, to: 'active', reason: 'Terminated the wrong agreement', expectedUpdatedAt: terminated.updatedAt });
    expect(back).toMatchObject({ status: 'active', putBackTo: ['terminated'] });
    const [entry] = (await t.call('audit:list', { entityId: active.id })).rows;
    expect(entry).toMatchObject({ action: 'put_back', reason: 'Terminated the wrong agreement', before: { status: 'terminated' }, after: { status: 'active' } });
  });

  it('refuses any other status, and "active" for a term already over', async () => {
    let today = '2024-01-01';
    const t = openTestCore({ now: () => fixedClock(today)() });
    const active = await activeWithTypo(t);
    await t.call('agreements:transition', { id: active.id, to: 'terminated' });
    const elsewhere = await t.send('agreements:putBack', { id: active.id, to: 'draft', reason: 'Oops' });
    expect(elsewhere.ok ? null : elsewhere.error.message).toBe('The status of this agreement can be put back to active only.');
    today = '2026-07-01';
    const later = t.reopen();
    const over = await later.send('agreements:putBack', { id: active.id, to: 'active', reason: 'Oops' });
    expect(over.ok ? null : over.error.message).toBe('Its term ran until 12 June 2026, which has passed; correct the expiry first, then put the status back.');
  });

  it('offers the other statuses from records when the entry status itself was the mistake', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, city } = await makeAgreement(t);
    const old = await t.call('agreements:create', {
      kind: 'mou',
      title: 'Old MOU',
      statusFromRecords: 'expired',
      signatoriesRecorded: false,
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    });
    expect(old.putBackTo).toEqual(['active', 'terminated']);
    expect(await t.call('agreements:putBack', { id: old.id, to: 'terminated', reason: 'The register says terminated in 2018' })).toMatchObject({
      status: 'terminated',
      putBackTo: ['expired'],
    });
  });
});

describe('removing a mis-entered agreement', () => {
  it('removes an agreement of any status with a reason, and restores it as it was', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const active = await activeWithTypo(t);
    await t.call('agreements:remove', { id: active.id, reason: 'Entered twice' });
    expect((await t.send('agreements:get', { id: active.id })).ok).toBe(false);
    expect((await t.call('agreements:list', {})).total).toBe(0);
    expect((await t.call('agreements:list', { search: 'Seongnam' })).total).toBe(0);
    expect(await t.call('agreements:removed', {})).toMatchObject({
      total: 1,
      rows: [{ id: active.id, status: 'active', reason: 'Entered twice', removedBy: 'tester', signingRecordCount: 0 }],
    });

    const restored = await t.call('agreements:restore', { id: active.id, reason: 'Removed the wrong copy' });
    expect(restored).toMatchObject({ id: active.id, status: 'active', title: active.title, parties: [{ organisationName: 'KAIST' }, { organisationName: 'Seongnam City' }] });
    expect((await t.call('agreements:list', { search: 'Seongnam' })).total).toBe(1);
    expect((await t.call('agreements:removed', {})).total).toBe(0);
    const actions = (await t.call('audit:list', { entityId: active.id })).rows.slice(0, 2).map((r) => [r.action, r.reason]);
    expect(actions).toEqual([
      ['restore', 'Removed the wrong copy'],
      ['delete', 'Entered twice'],
    ]);
  });

  it('keeps the signing records of a removed agreement in the chain, which still verifies', async () => {
    const t = openTestCore();
    const { agreement, sign } = await signedSetup(t);
    await sign('kaist');
    await sign('city');
    await t.call('agreements:remove', { id: agreement.id, reason: 'Recorded against the wrong agreement' });
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 2 });
    expect((await t.call('agreements:removed', {})).rows[0]).toMatchObject({ id: agreement.id, signingRecordCount: 2 });
    expect(await t.reopen().call('signing:verify', {})).toMatchObject({ intact: true });
  });

  it('refuses to remove under follow-ons, and to restore over a reference now taken', async () => {
    const t = openTestCore();
    const { agreement, kaist, city } = await makeAgreement(t, { referenceNo: 'MOU-2024-007' });
    const child = await t.call('agreements:create', { kind: 'addendum', title: 'Addendum', parentId: agreement.id, parties: [{ organisationId: kaist.id }, { organisationId: city.id }] });
    expect((await t.send('agreements:remove', { id: agreement.id, reason: 'Mistake' })).ok).toBe(false);
    await t.call('agreements:remove', { id: child.id, reason: 'Mistake' });
    await t.call('agreements:remove', { id: agreement.id, reason: 'Mistake' });
    await t.call('agreements:create', { kind: 'mou', title: 'Re-entered', referenceNo: 'MOU-2024-007', parties: [{ organisationId: kaist.id }, { organisationId: city.id }] });
    const taken = await t.send('agreements:restore', { id: agreement.id, reason: 'Undo' });
    expect(taken.ok ? null : taken.error.message).toBe('Another agreement now has the reference MOU-2024-007; change that one’s reference first, then restore this one.');
    const orphan = await t.send('agreements:restore', { id: child.id, reason: 'Undo' });
    expect(orphan.ok ? null : orphan.error.key).toBe('removal.parentRemoved');
    const live = await t.send('agreements:restore', { id: (await t.call('agreements:list', {})).rows[0].id, reason: 'Undo' });
    expect(live.ok ? null : live.error.key).toBe('removal.notRemoved');
  });
});
