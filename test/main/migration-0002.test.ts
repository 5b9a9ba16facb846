import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { tempDir } from './fixtures';

describe('migration 0002 (documents and signing records)', () => {
  it('upgrades a schema-1 register in place, after a backup, keeping its rows', () => {
    const dir = tempDir();
    const file = path.join(dir, 'liaison.sqlite');
    const db = openDatabase(file);
    migrate(db, MIGRATIONS.slice(0, 1), null);
    db.prepare(
      `INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by)
       VALUES ('0190a0b0-0000-7000-8000-000000000001', 'KAIST', 'university', 'now', 'now', 'me')`,
    ).run();
    const result = migrate(db, MIGRATIONS.slice(0, 2), path.join(dir, 'backups'));
    expect(result).toMatchObject({ from: 1, to: 2 });
    expect(db.prepare('SELECT name FROM organisations').all()).toEqual([{ name: 'KAIST' }]);
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
    expect(triggers).toEqual([{ name: 'signing_records_no_delete' }, { name: 'signing_records_no_update' }]);
    db.close();
    const backup = new Database(result.backup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'signing_records'").get()).toEqual({ n: 0 });
    backup.close();
  });
});
