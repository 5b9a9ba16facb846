import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../shared/lifecycle';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../shared/models/agreement';
import { auditCount, fixedClock, makeAgreement, openTestCore, type TestCore } from './fixtures';

/** Legal routes from a new draft to each status, with a follow-on where "renewed" needs one. */
const ROUTES: Record<AgreementStatus, AgreementStatus[]> = {
  draft: [],
  negotiation: ['negotiation'],
  awaiting_signature: ['awaiting_signature'],
  active: ['awaiting_signature', 'active'],
  expired: ['awaiting_signature', 'active', 'expired'],
  terminated: ['negotiation', 'terminated'],
  renewed: ['awaiting_signature', 'active', 'renewed'],
};

async function agreementIn(t: TestCore, status: AgreementStatus) {
  const { agreement, kaist, city } = await makeAgreement(t, { signedOn: '2019-10-04' });
  if (status === 'renewed') {
    await t.call('agreements:create', {
      kind: 'renewal',
      title: 'Renewal',
      parentId: agreement.id,
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    });
  }
  for (const to of ROUTES[status]) await t.call('agreements:transition', { id: agreement.id, to });
  return agreement.id;
}

describe('agreement lifecycle', () => {
  it('rejects every illegal transition and writes nothing', async () => {
    const t = openTestCore({ now: fixedClock('2020-01-01') });
    let checked = 0;
    for (const from of AGREEMENT_STATUSES) {
      const id = await agreementIn(t, from);
      const before = await t.call('agreements:get', { id });
      const audits = await auditCount(t);
      for (const to of AGREEMENT_STATUSES.filter((s) => !TRANSITIONS[from].includes(s))) {
        const result = await t.send('agreements:transition', { id, to, signedOn: '2019-10-04' });
        expect(result.ok, `${from} → ${to}`).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('ILLEGAL_TRANSITION');
        checked += 1;
      }
      expect(await t.call('agreements:get', { id })).toEqual(before);
      expect(await auditCount(t)).toBe(audits);
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('allows every legal transition', async () => {
    const t = openTestCore({ now: fixedClock('2020-01-01') });
    for (const from of AGREEMENT_STATUSES) {
      for (const to of TRANSITIONS[from]) {
        const id = await agreementIn(t, from);
        if (to === 'renewed') {
          const parent = await t.call('agreements:get', { id });
          await t.call('agreements:create', {
            kind: 'renewal',
            title: 'Renewal',
            parentId: id,
            parties: parent.parties.map((p) => ({ organisationId: p.organisationId })),
          });
        }
        const moved = await t.call('agreements:transition', { id, to });
        expect(moved.status, `${from} → ${to}`).toBe(to);
      }
    }
  });

  it('refuses to activate without a signatory for every party, naming the party', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { signedOn: '2019-10-04' }, false);
    await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
    const result = await t.send('agreements:transition', { id: agreement.id, to: 'active' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('ILLEGAL_TRANSITION');
    // Two problems: summed up in the message, each named at its party.
    expect(result.error).toMatchObject({ key: 'lifecycle.blocked', params: { count: 2 }, message: '2 things stop this change of status.' });
    expect(result.error.issues?.map((i) => i.message)).toContain('KAIST has no signatory.');
    expect(result.error.issues?.map((i) => i.path)).toEqual(['parties.0.signatories', 'parties.1.signatories']);
    expect((await t.call('agreements:get', { id: agreement.id })).status).toBe('awaiting_signature');
  });

  it('needs a signed date to activate, and takes it from the transition', async () => {
    const t = openTestCore({ now: fixedClock('2024-01-01') });
    const { agreement } = await makeAgreement(t, { duration: '3 years' });
    await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
    const missing = await t.send('agreements:transition', { id: agreement.id, to: 'active' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.issues?.[0].path).toBe('signedOn');
    const active = await t.call('agreements:transition', { id: agreement.id, to: 'active', signedOn: '2023-06-13' });
    expect(active).toMatchObject({ status: 'active', signedOn: '2023-06-13', expiresOn: '2026-06-12' });
  });

  it('marks lapsed agreements expired when the register opens', async () => {
    let today = '2024-01-01';
    const t = openTestCore({ now: () => fixedClock(today)() });
    const { agreement } = await makeAgreement(t, { signedOn: '2021-01-01', duration: '3 years' });
    await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
    await t.call('agreements:transition', { id: agreement.id, to: 'active' });
    expect((await t.call('agreements:get', { id: agreement.id })).expiresOn).toBe('2023-12-31');
    today = '2024-01-02';
    const reopened = t.reopen();
    const after = await reopened.call('agreements:get', { id: agreement.id });
    expect(after.status).toBe('expired');
    const history = await reopened.call('audit:list', { entityId: agreement.id });
    expect(history.rows[0]).toMatchObject({ action: 'transition', after: { status: 'expired' } });
  });

  it('files an agreement whose term is already over as expired when it is signed', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23') });
    const { agreement } = await makeAgreement(t, { signedOn: '2019-10-04', duration: '3 years' });
    await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
    const signed = await t.call('agreements:transition', { id: agreement.id, to: 'active' });
    expect(signed).toMatchObject({ status: 'expired', expiresOn: '2022-10-03' });
    const history = await t.call('audit:list', { entityId: agreement.id });
    expect(history.rows.slice(0, 2).map((r) => (r.after as { status: string }).status)).toEqual(['expired', 'active']);
  });

  it('only deletes drafts', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t);
    await t.call('agreements:transition', { id: agreement.id, to: 'negotiation' });
    const refused = await t.send('agreements:delete', { id: agreement.id, reason: 'Entered by mistake' });
    expect(refused.ok).toBe(false);
    await t.call('agreements:transition', { id: agreement.id, to: 'draft' });
    await t.call('agreements:delete', { id: agreement.id, reason: 'Entered by mistake' });
    const gone = await t.send('agreements:get', { id: agreement.id });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });
});
