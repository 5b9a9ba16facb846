import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { databasePath } from '../../electron/main/data-dir';
import { fixedClock, openTestCore, tempDir } from './fixtures';

const KAIST = '0190a0b0-0000-7000-8000-000000000001';
const CITY = '0190a0b0-0000-7000-8000-000000000002';
const ACTIVE = '0190a0b0-0000-7000-8000-000000000101';
const LAPSED = '0190a0b0-0000-7000-8000-000000000102';
const DRAFT = '0190a0b0-0000-7000-8000-000000000103';
const AT = '2025-03-01T00:00:00.000Z';

/** A register as Liaison wrote it before terms had kinds (every step before agreement-terms): ISO days, durations in months. */
function version7Register(): string {
  const dataDir = tempDir();
  const db = openDatabase(databasePath(dataDir));
  migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'agreement-terms')), null);
  const agreement = db.prepare(
    `INSERT INTO agreements (id, reference_no, kind, title, status, signed_on, effective_on, expires_on, duration_months, renewal_notice_days, created_at, updated_at, updated_by)
     VALUES (?, ?, 'mou', ?, ?, ?, NULL, ?, ?, ?, ?, ?, 'kim')`,
  );
  const party = db.prepare(
    `INSERT INTO agreement_parties (id, agreement_id, organisation_id, role, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, '', ?, ?, ?, 'kim')`,
  );
  db.transaction(() => {
    db.prepare(`INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES (?, 'KAIST', 'university', ?, ?, 'kim'), (?, 'Seongnam City', 'city', ?, ?, 'kim')`).run(
      KAIST,
      AT,
      AT,
      CITY,
      AT,
      AT,
    );
    agreement.run(ACTIVE, 'MOU-2023-001', 'AI research', 'active', '2023-06-13', '2026-06-12', 36, 60, AT, AT);
    agreement.run(LAPSED, 'MOU-2019-001', 'Old forum', 'active', '2019-10-04', '2022-10-03', 18, null, AT, AT);
    agreement.run(DRAFT, 'MOU-2025-001', 'Talks', 'draft', null, null, null, null, AT, AT);
    for (const id of [ACTIVE, LAPSED, DRAFT]) {
      party.run(`${id.slice(0, -3)}2${id.slice(-2)}`, id, KAIST, 0, AT, AT);
      party.run(`${id.slice(0, -3)}3${id.slice(-2)}`, id, CITY, 1, AT, AT);
    }
  })();
  db.close();
  return dataDir;
}

describe('migration 0008 (agreement terms)', () => {
  it('upgrades a version-7 register: day-precision dates, fixed terms written as before, and the expire job still runs', async () => {
    const dataDir = version7Register();
    const t = openTestCore({ dataDir, now: fixedClock('2025-03-01') });
    const active = await t.call('agreements:get', { id: ACTIVE });
    expect(active).toMatchObject({
      signedOn: '2023-06-13',
      expiresOn: '2026-06-12',
      termKind: 'fixed',
      termText: '3 years',
      durationMonths: 36,
      currentEnd: '2026-06-12',
      renewalNoticeDays: 60,
      fromRecords: false,
      signatoriesRecorded: true,
      originalText: '',
      status: 'active',
    });
    // The start-up job, now on the last day of the term, found the lapsed one as before.
    expect(await t.call('agreements:get', { id: LAPSED })).toMatchObject({ status: 'expired', termText: '1 year 6 months' });
    expect(await t.call('agreements:get', { id: DRAFT })).toMatchObject({ termKind: 'fixed', termText: '', currentEnd: null });
    // Lists sort and filter by the day the term ends, through the new indexes.
    expect((await t.call('agreements:list', { sort: 'expiresOn', dir: 'asc' })).rows.map((a) => a.id)).toEqual([LAPSED, ACTIVE, DRAFT]);
    expect((await t.call('agreements:list', { expiringWithinDays: 500 })).rows.map((a) => a.id)).toEqual([ACTIVE]);
    // Audit rows from before have no reason; new ones can carry one.
    expect((await t.call('audit:list', { entityId: LAPSED })).rows[0]).toMatchObject({ action: 'transition', reason: null });
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const row = check.prepare('SELECT term_kind, ends_on, from_records, signatories_recorded FROM agreements WHERE id = ?').get(ACTIVE);
    expect(row).toEqual({ term_kind: 'fixed', ends_on: '2026-06-12', from_records: 0, signatories_recorded: 1 });
    check.close();
  });

  it('refuses a term kind the app does not know, at the database', () => {
    const db = openDatabase(databasePath(version7Register()));
    migrate(db, MIGRATIONS, null);
    expect(() => db.prepare(`UPDATE agreements SET term_kind = 'forever' WHERE id = ?`).run(ACTIVE)).toThrow(/CHECK constraint failed/);
    db.close();
  });
});
