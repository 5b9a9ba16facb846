import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/db/migrations/index';
import { databasePath } from '../../electron/main/data-dir';
import { openTestCore, tempDir } from './fixtures';

const ORG = '0190a0b0-0000-7000-8000-000000000001';
const GONE = '0190a0b0-0000-7000-8000-000000000002';
const PERSON = '0190a0b0-0000-7000-8000-000000000011';
const AT = '2026-03-01T00:00:00.000Z';

describe('migration name-keys', () => {
  it('back-fills the keys of every live organisation and person, so an upgraded register warns of duplicates at once', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    const before = MIGRATIONS.findIndex((migration) => migration.name === 'name-keys');
    migrate(db, MIGRATIONS.slice(0, before), null);
    db.exec(`
      INSERT INTO organisations (id, name, alt_names, kind, created_at, updated_at, updated_by)
        VALUES ('${ORG}', 'KAIST', '[{"name":"한국과학기술원","lang":"ko"}]', 'university', '${AT}', '${AT}', 'kim');
      INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by, deleted_at)
        VALUES ('${GONE}', 'Old KAIST', 'university', '${AT}', '${AT}', 'kim', '${AT}');
      INSERT INTO people (id, name, created_at, updated_at, updated_by) VALUES ('${PERSON}', 'Park Ji-woo', '${AT}', '${AT}', 'kim');
    `);
    db.close();

    const t = openTestCore({ dataDir });
    expect((await t.call('organisations:similar', { name: ' kaist ' })).rows.map((r) => r.id)).toEqual([ORG]);
    expect((await t.call('organisations:similar', { name: '한국 과학기술원' })).rows.map((r) => r.id)).toEqual([ORG]);
    expect((await t.call('organisations:similar', { name: 'old kaist' })).rows.map((r) => r.id)).not.toContain(GONE);
    expect((await t.call('people:similar', { name: 'PARK JI WOO' })).rows.map((r) => r.id)).toEqual([PERSON]);
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(check.prepare('SELECT kind, key FROM name_keys ORDER BY kind, key').all()).toEqual([
      { kind: 'organisation', key: 'kaist' },
      { kind: 'organisation', key: '한국과학기술원' },
      { kind: 'person', key: 'parkjiwoo' },
    ]);
    check.close();
  });
});
