import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { fixedClock, openTestCore, tempDir } from './fixtures';

const AT = '2025-03-01T00:00:00.000Z';
const LATER = '2025-04-01T00:00:00.000Z';
const STEP = MIGRATIONS.findIndex((m) => m.name === 'integer-child-keys');
const id = (n: number) => `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** Every party and signatory row as stored, named by text ids whatever the schema keys them by. */
const PARTY_ROWS_BEFORE = `SELECT ap.id, ap.agreement_id AS agreement, ap.organisation_id AS organisation, ap.role, ap.position, ap.created_at, ap.updated_at, ap.updated_by, ap.deleted_at
  FROM agreement_parties ap ORDER BY ap.id`;
const PARTY_ROWS_AFTER = `SELECT ap.id, a.id AS agreement, o.id AS organisation, ap.role, ap.position, ap.created_at, ap.updated_at, ap.updated_by, ap.deleted_at
  FROM agreement_parties ap JOIN agreements a ON a.row_key = ap.agreement_key JOIN organisations o ON o.row_key = ap.organisation_key ORDER BY ap.id`;
const SIGNATORY_ROWS_BEFORE = `SELECT s.id, s.party_id AS party, s.person_id AS person, s.capacity, s.position, s.created_at, s.deleted_at FROM party_signatories s ORDER BY s.id`;
const SIGNATORY_ROWS_AFTER = `SELECT s.id, ap.id AS party, p.id AS person, s.capacity, s.position, s.created_at, s.deleted_at
  FROM party_signatories s JOIN agreement_parties ap ON ap.row_key = s.party_key JOIN people p ON p.row_key = s.person_key ORDER BY s.id`;

describe('migration integer-child-keys', () => {
  it('keeps every party, signatory and country of a register of the step before, removed ones too, named by keys', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    const org = db.prepare(`INSERT INTO organisations (id, name, kind, country, created_at, updated_at, updated_by) VALUES (?, ?, 'university', ?, '${AT}', '${AT}', 'kim')`);
    // Inserted out of order, so that rowids and the order of ids differ.
    org.run(id(3), 'HKUST', 'HK');
    org.run(id(1), 'KAIST', 'KR');
    org.run(id(2), 'Seongnam City', 'KR');
    const person = db.prepare(`INSERT INTO people (id, name, organisation_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, '${AT}', '${AT}', 'kim')`);
    person.run(id(6), 'Eun Soo-mi', id(2));
    person.run(id(5), 'Lee Kwang-hyung', id(1));
    const agreement = db.prepare(
      `INSERT INTO agreements (id, reference_no, kind, title, status, created_at, updated_at, updated_by, deleted_at) VALUES (?, ?, 'mou', ?, ?, '${AT}', '${AT}', 'kim', ?)`,
    );
    agreement.run(id(12), 'MOU-2025-002', 'Korea and Hong Kong', 'active', null);
    agreement.run(id(11), 'MOU-2025-001', 'Two in Korea', 'draft', null);
    agreement.run(id(13), 'MOU-2025-003', 'Removed', 'draft', AT);
    const party = db.prepare(
      `INSERT INTO agreement_parties (id, agreement_id, organisation_id, role, position, created_at, updated_at, updated_by, deleted_at)
       VALUES (?, ?, ?, ?, ?, '${AT}', ?, 'kim', ?)`,
    );
    party.run(id(24), id(12), id(3), 'Partner', 1, AT, null);
    party.run(id(21), id(11), id(1), 'University', 0, AT, null);
    party.run(id(22), id(11), id(2), 'City', 1, AT, null);
    party.run(id(23), id(12), id(1), '', 0, AT, null);
    party.run(id(26), id(12), id(2), '', 2, LATER, LATER); // taken off the agreement
    party.run(id(27), id(13), id(3), '', 0, AT, null);
    const signatory = db.prepare(
      `INSERT INTO party_signatories (id, party_id, person_id, capacity, position, created_at, updated_at, updated_by, deleted_at)
       VALUES (?, ?, ?, ?, ?, '${AT}', '${AT}', 'kim', ?)`,
    );
    signatory.run(id(31), id(21), id(5), 'President', 0, null);
    signatory.run(id(32), id(22), id(6), 'Mayor', 0, null);
    signatory.run(id(33), id(26), id(6), '', 0, LATER);
    const before = { parties: db.prepare(PARTY_ROWS_BEFORE).all(), signatories: db.prepare(SIGNATORY_ROWS_BEFORE).all() };
    const tallies = db.prepare('SELECT * FROM agreement_partner_tally ORDER BY 1, 2').all();
    db.close();

    const t = openTestCore({ dataDir, now: fixedClock('2026-03-01') });
    const detail = await t.call('agreements:get', { id: id(11) });
    expect(detail.parties.map((p) => [p.id, p.organisationId, p.role, p.signatories.map((s) => [s.id, s.personId, s.capacity])])).toEqual([
      [id(21), id(1), 'University', [[id(31), id(5), 'President']]],
      [id(22), id(2), 'City', [[id(32), id(6), 'Mayor']]],
    ]);
    expect((await t.call('agreements:get', { id: id(12) })).parties.map((p) => p.organisationName)).toEqual(['KAIST', 'HKUST']);
    const listed = async (query: Record<string, unknown>) =>
      (await t.call('agreements:list', { sort: 'title', dir: 'asc', limit: 10, ...query })).rows.map((a) => [a.title, a.partyNames]);
    expect(await listed({ country: 'HK' })).toEqual([['Korea and Hong Kong', ['KAIST', 'HKUST']]]);
    expect(await listed({ partnerId: id(2) })).toEqual([['Two in Korea', ['KAIST', 'Seongnam City']]]);
    expect(await listed({ search: 'Eun' })).toEqual([['Two in Korea', ['KAIST', 'Seongnam City']]]);

    // Made after the step: keys numbered on from the highest, and the new agreement found by its partner.
    const vault = await t.call('organisations:create', { name: 'The Vault Korea', kind: 'accelerator', country: 'KR' });
    const made = await t.call('agreements:create', { kind: 'mou', title: 'Accelerator MOU', parties: [{ organisationId: vault.id }, { organisationId: id(1) }] });
    expect(await listed({ partnerId: vault.id })).toEqual([['Accelerator MOU', ['The Vault Korea', 'KAIST']]]);
    t.core.close();

    const check = openDatabase(databasePath(dataDir), { readonly: true });
    // Nothing lost or rewritten: the same rows, stamps and tombstones, named by the same records.
    expect(check.prepare(PARTY_ROWS_AFTER).all().filter((row) => (row as { agreement: string }).agreement !== made.id)).toEqual(before.parties);
    expect(check.prepare(SIGNATORY_ROWS_AFTER).all()).toEqual(before.signatories);
    expect(check.prepare('SELECT * FROM agreement_partner_tally WHERE organisation_id <> ? ORDER BY 1, 2').all(vault.id)).toEqual(
      (tallies as Array<{ organisation_id: string; status: string; n: number }>).map((row) =>
        row.organisation_id === id(1) && row.status === 'draft' ? { ...row, n: row.n + 1 } : row,
      ),
    );
    expect(check.pragma('foreign_key_check')).toEqual([]);
    const keys = check.prepare('SELECT row_key FROM organisations ORDER BY row_key').all() as Array<{ row_key: number }>;
    expect(keys.map((row) => row.row_key)).toEqual([1, 2, 3, 4]);
    expect(check.prepare('SELECT row_key FROM organisations WHERE id = ?').get(vault.id)).toEqual({ row_key: 4 });
    check.close();
  });
});
