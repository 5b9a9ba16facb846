import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { databasePath } from '../../electron/main/data-dir';
import { openTestCore, tempDir } from './fixtures';

const ORG = '0190a0b0-0000-7000-8000-000000000001';
const AGREEMENT = '0190a0b0-0000-7000-8000-000000000101';
const AT = '2025-03-01T00:00:00.000Z';

describe('migration 0006 (programs and intakes)', () => {
  it('upgrades a schema-5 register in place, after a backup, and its agreements can then create programs', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, 5), null);
    db.exec(`
      INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES ('${ORG}', 'Upstage', 'startup', '${AT}', '${AT}', 'kim');
      INSERT INTO agreements (id, reference_no, kind, title, status, created_at, updated_at, updated_by)
        VALUES ('${AGREEMENT}', 'MOU-2022-001', 'collaboration', 'AI talent', 'active', '${AT}', '${AT}', 'kim');
    `);
    db.close();

    const t = openTestCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((name) => name.startsWith('before-schema'))).toBe(true);
    expect((await t.call('programs:list', {})).total).toBe(0);
    const program = await t.call('programs:create', { name: 'HKUST GZ MSc', sponsorIds: [ORG], agreementIds: [AGREEMENT] });
    expect(program).toMatchObject({ sponsors: [{ name: 'Upstage' }], agreements: [{ name: 'MOU-2022-001 — AI talent' }] });
    expect((await t.call('programs:list', { agreementId: AGREEMENT })).rows.map((p) => p.id)).toEqual([program.id]);
    expect((await t.call('agreements:get', { id: AGREEMENT })).title).toBe('AI talent');
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    check.close();
  });
});
