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
const ORG = '0190a0b0-0000-7000-8000-000000000101';
const AFFILIATION = '0190a0b0-0000-7000-8000-000000000401';
const AT = '2026-03-01T00:00:00.000Z';

describe('migration placements', () => {
  it('upgrades a register of the version before it in place, after a backup, keeping affiliations, and then takes placements', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    const before = MIGRATIONS.findIndex((migration) => migration.name === 'placements');
    migrate(db, MIGRATIONS.slice(0, before), null);
    db.exec(`
      INSERT INTO organisations (id, name, kind, country, created_at, updated_at, updated_by) VALUES ('${ORG}', 'Upstage', 'company', 'KR', '${AT}', '${AT}', 'kim');
      INSERT INTO people (id, name, organisation_id, created_at, updated_at, updated_by) VALUES ('${PERSON}', 'Park Ji-woo', '${ORG}', '${AT}', '${AT}', 'kim');
      INSERT INTO person_affiliations (id, person_id, organisation_id, title, started_on, created_at, updated_at, updated_by)
        VALUES ('${AFFILIATION}', '${PERSON}', '${ORG}', 'Engineer', '2024-03-01', '${AT}', '${AT}', 'kim');
    `);
    db.close();

    const t = openTestCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((name) => name.startsWith('before-schema'))).toBe(true);
    expect((await t.call('placements:list', {})).total).toBe(0);
    const placement = await t.call('placements:create', { internId: PERSON, hostId: ORG, startsOn: '2026-09' });
    expect(placement).toMatchObject({ status: 'active', internName: 'Park Ji-woo', hostName: 'Upstage' });
    expect((await t.call('placements:list', { search: 'Upstage' })).rows.map((p) => p.id)).toEqual([placement.id]);
    expect((await t.call('people:get', { id: PERSON })).affiliations).toEqual([
      { organisationId: ORG, organisationName: 'Upstage', title: 'Engineer', startedOn: '2024-03-01', endedOn: null },
    ]);
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    check.close();
  });
});
