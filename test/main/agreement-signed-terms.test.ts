import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../shared/duration';
import type { AgreementDetail } from '../../shared/models/agreement';
import { auditCount, fixedClock, makeAgreement, openTestCore, type TestCore } from './fixtures';

/** The values the edit form sends for an agreement left as it is (duration as the form prefills it). */
function unchanged(a: AgreementDetail) {
  return { ...a, duration: a.durationMonths ? formatDuration(a.durationMonths) : '', parties: a.parties };
}

/** An active MOU (3 years from 2023-06-13) and another agreement it could be moved under. */
async function activeWithParent(t: TestCore) {
  const { agreement, kaist, city } = await makeAgreement(t, { signedOn: '2023-06-13', duration: '3 years' });
  const parties = [{ organisationId: kaist.id }, { organisationId: city.id }];
  const umbrella = await t.call('agreements:create', { kind: 'mou', title: 'Umbrella MOU', parties });
  const other = await t.call('agreements:create', { kind: 'mou', title: 'Another MOU', parties });
  const child = await t.call('agreements:update', { id: agreement.id, values: { ...unchanged(agreement), parentId: umbrella.id } });
  await t.call('agreements:transition', { id: child.id, to: 'awaiting_signature' });
  const active = await t.call('agreements:transition', { id: child.id, to: 'active' });
  return { active, umbrella, other };
}

describe('signed terms of an agreement', () => {
  it('refuses to move an active agreement under another parent, at the parent field, and writes nothing', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const { active, umbrella, other } = await activeWithParent(t);
    const audits = await auditCount(t);
    const moved = await t.send('agreements:update', { id: active.id, values: { ...unchanged(active), parentId: other.id } });
    expect(moved.ok).toBe(false);
    if (moved.ok) return;
    expect(moved.error.code).toBe('VALIDATION');
    expect(moved.error.issues).toEqual([{ path: 'parentId', key: 'agreement.signedTermEdited', message: expect.stringContaining('addendum') }]);
    const unlinked = await t.send('agreements:update', { id: active.id, values: { ...unchanged(active), parentId: null } });
    expect(unlinked.ok ? [] : unlinked.error.issues?.map((i) => i.path)).toEqual(['parentId']);
    expect((await t.call('agreements:get', { id: active.id })).parentId).toBe(umbrella.id);
    expect(await auditCount(t)).toBe(audits);
  });

  it('lets an agreement that is not signed yet change its parent', async () => {
    const t = openTestCore();
    const { agreement, kaist, city } = await makeAgreement(t);
    const parent = await t.call('agreements:create', {
      kind: 'mou',
      title: 'Umbrella MOU',
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    });
    const moved = await t.call('agreements:update', { id: agreement.id, values: { ...unchanged(agreement), parentId: parent.id } });
    expect(moved.parentId).toBe(parent.id);
  });

  it('accepts the edit form’s values of an active agreement unchanged, with its notes edited', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const { active } = await activeWithParent(t);
    expect(active).toMatchObject({ durationMonths: 36, expiresOn: '2026-06-12' });
    const noted = await t.call('agreements:update', { id: active.id, values: { ...unchanged(active), notes: 'Forum in March' } });
    expect(noted).toMatchObject({ notes: 'Forum in March', durationMonths: 36, expiresOn: '2026-06-12' });
  });

  it('names the duration field when a signed duration changes, in length or in wording', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const { active } = await activeWithParent(t);
    const longer = await t.send('agreements:update', { id: active.id, values: { ...unchanged(active), duration: '4 years' } });
    expect(longer.ok ? [] : longer.error.issues?.map((i) => i.path)).toEqual(['duration']);
    // The term as written is signed too: the same months in other words is a correction, not an edit.
    const reworded = await t.send('agreements:update', { id: active.id, values: { ...unchanged(active), duration: '36 months' } });
    expect(reworded.ok ? [] : reworded.error.issues?.map((i) => i.path)).toEqual(['duration']);
  });

  it('locks who signs for each party and in what capacity', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const { active } = await activeWithParent(t);
    const values = unchanged(active);
    const parties = values.parties.map((p, i) =>
      i === 0 ? { ...p, signatories: p.signatories.map((s) => ({ ...s, capacity: 'Acting president' })) } : p,
    );
    const recast = await t.send('agreements:update', { id: active.id, values: { ...values, parties } });
    expect(recast.ok ? [] : recast.error.issues?.map((i) => i.path)).toEqual(['parties']);
  });
});
