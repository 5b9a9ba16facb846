import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import type { AgreementDetail, AgreementStatus } from '../../shared/models/agreement';
import { fixedClock, makeParties, openTestCore, tempDir, type TestCore } from './fixtures';

const valuesOf = (a: AgreementDetail) => ({ ...a, duration: a.termText });

/** The organisations' counts as migration 23's triggers keep them, and as the rows say, worked out the slow way. */
function keptAndTruth(dbFile: string) {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const kept = db.prepare('SELECT organisation_id AS org, status, n FROM agreement_partner_tally WHERE n <> 0 ORDER BY 1, 2').all();
    const truth = db
      .prepare(
        `SELECT o.id AS org, a.status, count(DISTINCT a.id) AS n FROM agreement_parties ap
           JOIN agreements a ON a.row_key = ap.agreement_key JOIN organisations o ON o.row_key = ap.organisation_key
          WHERE ap.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all();
    return { kept, truth };
  } finally {
    db.close();
  }
}

function expectConsistent(t: TestCore) {
  const { kept, truth } = keptAndTruth(t.dbFile);
  expect(kept).toEqual(truth);
}

const partnerTotal = async (t: TestCore, partnerId: string, statuses?: AgreementStatus[]) =>
  (await t.call('agreements:list', { partnerId, ...(statuses ? { statuses } : {}), limit: 50 })).total;

describe("an organisation's agreement count", () => {
  it('follows parties, changes of status, removals and restores', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeParties(t);
    const hkust = await t.call('organisations:create', { name: 'HKUST', kind: 'university', country: 'HK' });
    const make = (title: string, orgs: string[]) =>
      t.call('agreements:create', { kind: 'mou', title, parties: orgs.map((organisationId) => ({ organisationId, signatories: [] })) });
    const both = await make('KAIST and the city', [kaist.id, city.id]);
    const mixed = await make('KAIST and HKUST', [kaist.id, hkust.id]);
    expectConsistent(t);
    expect([await partnerTotal(t, kaist.id), await partnerTotal(t, city.id), await partnerTotal(t, hkust.id)]).toEqual([2, 1, 1]);

    // HKUST replaced by the city; then the two parties swap places (each row changes organisation).
    const edited = await t.call('agreements:update', {
      id: mixed.id,
      values: { ...valuesOf(mixed), parties: [mixed.parties[0], { organisationId: city.id, signatories: [] }] },
    });
    expectConsistent(t);
    expect([await partnerTotal(t, city.id), await partnerTotal(t, hkust.id)]).toEqual([2, 0]);
    const swapped = await t.call('agreements:update', { id: edited.id, values: { ...valuesOf(edited), parties: [...edited.parties].reverse() } });
    expectConsistent(t);
    expect([await partnerTotal(t, kaist.id), await partnerTotal(t, city.id)]).toEqual([2, 2]);

    // A change of status moves the agreement between counts; a removal takes it out, a restore brings it back.
    await t.call('agreements:transition', { id: swapped.id, to: 'negotiation' });
    expectConsistent(t);
    expect([await partnerTotal(t, kaist.id, ['draft']), await partnerTotal(t, kaist.id, ['negotiation'])]).toEqual([1, 1]);
    await t.call('agreements:remove', { id: both.id, reason: 'entered twice' });
    expectConsistent(t);
    expect([await partnerTotal(t, kaist.id), await partnerTotal(t, city.id)]).toEqual([1, 1]);
    await t.call('agreements:restore', { id: both.id, reason: 'it was not a duplicate' });
    expectConsistent(t);
    expect(await partnerTotal(t, kaist.id)).toBe(2);

    // The city taken off the restored agreement (HKUST in its place): the list's rows agree with its count.
    const current = await t.call('agreements:get', { id: both.id });
    await t.call('agreements:update', {
      id: both.id,
      values: { ...valuesOf(current), parties: [current.parties[0], { organisationId: hkust.id, signatories: [] }] },
    });
    expectConsistent(t);
    const listed = await t.call('agreements:list', { partnerId: city.id, limit: 50 });
    expect(listed.total).toBe(1);
    expect(listed.rows.map((a) => a.id)).toEqual([swapped.id]);
  });

  it('counts an agreement once for an organisation with two rows in it, whichever writer made them', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeParties(t);
    const agreement = await t.call('agreements:create', {
      kind: 'mou',
      title: 'Twice KAIST',
      parties: [
        { organisationId: kaist.id, signatories: [] },
        { organisationId: city.id, signatories: [] },
      ],
    });
    // The form refuses an organisation twice; a register written by other means may hold it.
    const db = openDatabase(t.dbFile);
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO agreement_parties (id, agreement_key, organisation_key, position, created_at, updated_at, updated_by)
       VALUES (?, (SELECT row_key FROM agreements WHERE id = ?), (SELECT row_key FROM organisations WHERE id = ?), 2, '${at}', '${at}', 'x')`,
    ).run('0190a0b0-0000-7000-8000-000000000099', agreement.id, kaist.id);
    expectConsistent(t);
    expect(await partnerTotal(t, kaist.id)).toBe(1);
    db.prepare(
      `UPDATE agreement_parties SET deleted_at = '${at}'
        WHERE agreement_key = (SELECT row_key FROM agreements WHERE id = ?) AND organisation_key = (SELECT row_key FROM organisations WHERE id = ?) AND position = 0`,
    ).run(agreement.id, kaist.id);
    expectConsistent(t);
    expect(await partnerTotal(t, kaist.id)).toBe(1);
    db.prepare('DELETE FROM agreement_parties WHERE id = ?').run('0190a0b0-0000-7000-8000-000000000099');
    db.close();
    expectConsistent(t);
    expect(await partnerTotal(t, kaist.id)).toBe(0);
  });
});

const AT = '2025-03-01T00:00:00.000Z';
const STEP = MIGRATIONS.findIndex((m) => m.name === 'partner-tally');
const id = (n: number) => `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('migration partner-tally', () => {
  it('counts the agreements of a register of the step before: once each, live ones only', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    const org = db.prepare(`INSERT INTO organisations (id, name, kind, country, created_at, updated_at, updated_by) VALUES (?, ?, 'university', 'KR', '${AT}', '${AT}', 'kim')`);
    org.run(id(1), 'KAIST');
    org.run(id(2), 'Seongnam City');
    const agreement = db.prepare(
      `INSERT INTO agreements (id, reference_no, kind, title, status, created_at, updated_at, updated_by, deleted_at) VALUES (?, ?, 'mou', ?, ?, '${AT}', '${AT}', 'kim', ?)`,
    );
    agreement.run(id(11), 'MOU-2025-001', 'Both', 'draft', null);
    agreement.run(id(12), 'MOU-2025-002', 'KAIST twice', 'active', null);
    agreement.run(id(13), 'MOU-2025-003', 'Removed', 'draft', AT);
    const party = db.prepare(
      `INSERT INTO agreement_parties (id, agreement_id, organisation_id, position, created_at, updated_at, updated_by, deleted_at) VALUES (?, ?, ?, ?, '${AT}', '${AT}', 'kim', ?)`,
    );
    party.run(id(21), id(11), id(1), 0, null);
    party.run(id(22), id(11), id(2), 1, null);
    party.run(id(23), id(12), id(1), 0, null);
    party.run(id(24), id(12), id(1), 1, null);
    party.run(id(25), id(12), id(2), 2, AT); // taken off: no longer counts
    party.run(id(26), id(13), id(2), 0, null);
    db.close();

    const t = openTestCore({ dataDir, now: fixedClock('2026-03-01') });
    expect([await partnerTotal(t, id(1)), await partnerTotal(t, id(1), ['active']), await partnerTotal(t, id(2))]).toEqual([2, 1, 1]);
    t.core.close();
    expect(keptAndTruth(databasePath(dataDir)).kept).toEqual([
      { org: id(1), status: 'active', n: 1 },
      { org: id(1), status: 'draft', n: 1 },
      { org: id(2), status: 'draft', n: 1 },
    ]);
  });
});
