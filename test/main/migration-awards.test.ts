import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/db/migrations/index';
import { databasePath } from '../../electron/main/data-dir';
import { openTestCore, tempDir } from './fixtures';

const PERSON = '0190a0b0-0000-7000-8000-000000000011';
const PROGRAM = '0190a0b0-0000-7000-8000-000000000201';
const INTAKE = '0190a0b0-0000-7000-8000-000000000301';
const APPLICATION = '0190a0b0-0000-7000-8000-000000000401';
const AT = '2026-03-01T00:00:00.000Z';

describe('migration awards', () => {
  it('upgrades a register of the version before it in place, after a backup, and its accepted applications then take awards', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    const before = MIGRATIONS.findIndex((migration) => migration.name === 'awards');
    migrate(db, MIGRATIONS.slice(0, before), null);
    db.exec(`
      INSERT INTO people (id, name, created_at, updated_at, updated_by) VALUES ('${PERSON}', 'Park Ji-woo', '${AT}', '${AT}', 'kim');
      INSERT INTO programs (id, name, created_at, updated_at, updated_by) VALUES ('${PROGRAM}', 'HKUST GZ MSc', '${AT}', '${AT}', 'kim');
      INSERT INTO intakes (id, program_id, name, created_at, updated_at, updated_by) VALUES ('${INTAKE}', '${PROGRAM}', '2026 intake', '${AT}', '${AT}', 'kim');
      INSERT INTO applications (id, applicant_id, intake_id, status, submitted_on, score, created_at, updated_at, updated_by)
        VALUES ('${APPLICATION}', '${PERSON}', '${INTAKE}', 'accepted', '2026-04-10', 91, '${AT}', '${AT}', 'kim');
    `);
    db.close();

    const t = openTestCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((name) => name.startsWith('before-schema'))).toBe(true);
    expect((await t.call('awards:list', {})).total).toBe(0);
    const award = await t.call('awards:create', {
      applicationId: APPLICATION,
      awardedOn: '2026-07-01',
      components: [{ kind: 'tuition', amountMinor: 50_000_000, currency: 'KRW' }],
      payments: [{ dueOn: '2026-09-01', component: 'tuition', amountMinor: 50_000_000, currency: 'KRW' }],
    });
    expect(award).toMatchObject({ status: 'offered', applicantName: 'Park Ji-woo', programName: 'HKUST GZ MSc' });
    expect(await t.call('awards:totals', { programId: PROGRAM })).toEqual([{ currency: 'KRW', year: '2026', paidMinor: 0, plannedMinor: 50_000_000 }]);
    t.core.close();
    const check = new Database(databasePath(dataDir));
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    // Money is whole minor units: the table refuses a REAL or a negative amount whatever the caller.
    expect(() =>
      check.exec(`INSERT INTO award_components (id, award_id, kind, amount_minor, currency, position, created_at, updated_at, updated_by) VALUES ('x', '${award.id}', 'tuition', 1.5, 'USD', 0, '', '', '')`),
    ).toThrow(/CHECK constraint/);
    check.close();
  });
});
