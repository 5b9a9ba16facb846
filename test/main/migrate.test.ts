import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/main/core';
import { openDatabase } from '../../electron/main/db/connection';
import { DatabaseTooNewError, migrate } from '../../electron/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/main/db/migrations/index';
import { organisationTable } from '../../electron/main/records/organisations';
import { databasePath } from '../../electron/main/data-dir';
import { openTestCore, tempDir } from './fixtures';

describe('migrations', () => {
  it('builds the whole schema from an empty file and records its version', () => {
    const t = openTestCore();
    t.core.close();
    const db = new Database(t.dbFile, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['organisations', 'people', 'agreements', 'agreement_parties', 'party_signatories', 'cooperation_items', 'contributions', 'audit_log']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const dataDir = tempDir();
    openTestCore({ dataDir }).core.close();
    const raw = new Database(databasePath(dataDir));
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(databasePath(dataDir));
    expect(() => openCore({ dataDir, actor: 't', mode: 'browser', version: 'test' })).toThrow(DatabaseTooNewError);
    expect(() => openCore({ dataDir, actor: 't', mode: 'browser', version: 'test' })).toThrow(/newer version of Liaison/);
    expect(fs.readFileSync(databasePath(dataDir)).equals(before)).toBe(true);
  });

  it('backs up an existing database before migrating it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.sqlite');
    const db = openDatabase(file);
    migrate(db, MIGRATIONS, path.join(dir, 'backups'));
    db.prepare("INSERT INTO local_meta (key, value) VALUES ('marker', 'v1')").run();
    const next = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'extra', up: (d: typeof db) => d.exec('CREATE TABLE extra (x)') }];
    const result = migrate(db, next, path.join(dir, 'backups'));
    expect(result).toMatchObject({ from: LATEST_VERSION, to: LATEST_VERSION + 1 });
    expect(result.backup).not.toBeNull();
    const copy = new Database(result.backup!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare("SELECT value FROM local_meta WHERE key = 'marker'").get()).toEqual({ value: 'v1' });
    copy.close();
    db.close();
  });

  it('rolls back a failing step and keeps the last complete version', () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.sqlite'));
    migrate(db, MIGRATIONS, null);
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: typeof db) => {
          d.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken, null)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('reads records in the new shape when a migration changes a table under statements already made', () => {
    const db = openDatabase(path.join(tempDir(), 'liaison.sqlite'));
    migrate(db, MIGRATIONS, null);
    const at = '2026-01-01T00:00:00.000Z';
    const org = db.prepare(`INSERT INTO organisations (id, name, kind, country, parent_id, created_at, updated_at, updated_by) VALUES (?, ?, 'university', 'KR', ?, ?, ?, 't')`);
    org.run('p', 'Parent', null, at, at);
    org.run('c', 'Child', 'p', at, at);
    expect(organisationTable.find(db, 'c')).toMatchObject({ name: 'Child', parentName: 'Parent', agreementCount: 0 });
    // A later step widens the table: the kit's statement for it, and its reader, were made for the old columns.
    const widen: Migration = { version: LATEST_VERSION + 1, name: 'test-widen', up: (d) => d.exec('ALTER TABLE organisations ADD COLUMN test_extra TEXT') };
    migrate(db, [...MIGRATIONS, widen], null);
    expect(organisationTable.find(db, 'c')).toMatchObject({ name: 'Child', parentName: 'Parent', agreementCount: 0 });
    expect(organisationTable.findMany(db, ['p', 'c']).map((o) => [o.name, o.parentName])).toEqual([
      ['Parent', null],
      ['Child', 'Parent'],
    ]);
    db.close();
  });
});
