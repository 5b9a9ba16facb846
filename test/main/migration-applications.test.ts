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
const AT = '2026-03-01T00:00:00.000Z';

describe('migration applications', () => {
  it('upgrades a register of the version before it in place, after a backup, and its intakes then take applications', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    const before = MIGRATIONS.findIndex((migration) => migration.name === 'applications');
    migrate(db, MIGRATIONS.slice(0, before), null);
    db.exec(`
      INSERT INTO people (id, name, created_at, updated_at, updated_by) VALUES ('${PERSON}', 'Park Ji-woo', '${AT}', '${AT}', 'kim');
      INSERT INTO programs (id, name, created_at, updated_at, updated_by) VALUES ('${PROGRAM}', 'HKUST GZ MSc', '${AT}', '${AT}', 'kim');
      INSERT INTO intakes (id, program_id, name, created_at, updated_at, updated_by) VALUES ('${INTAKE}', '${PROGRAM}', '2026 intake', '${AT}', '${AT}', 'kim');
    `);
    db.close();

    const t = openTestCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((name) => name.startsWith('before-schema'))).toBe(true);
    expect((await t.call('applications:list', {})).total).toBe(0);
    const application = await t.call('applications:create', { applicantId: PERSON, intakeId: INTAKE, submittedOn: '2026-04-10', score: 80 });
    expect(application).toMatchObject({ status: 'submitted', applicantName: 'Park Ji-woo', intakeName: '2026 intake', programName: 'HKUST GZ MSc' });
    expect((await t.call('applications:list', { search: 'Park' })).rows.map((a) => a.id)).toEqual([application.id]);
    expect((await t.call('intakes:get', { id: INTAKE })).name).toBe('2026 intake');
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    check.close();
  });
});
