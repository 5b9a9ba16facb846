import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/db/migrations/index';
import { SEARCHABLE } from '../../electron/main/db/migrations/0022-search-keys-on-rows';
import { openTestCore, tempDir } from './fixtures';

const SEOUL = '0190a0b0-0000-7000-8000-000000000001';
const BUSAN = '0190a0b0-0000-7000-8000-000000000002';
const GONE = '0190a0b0-0000-7000-8000-000000000003';
const AT = '2026-03-01T00:00:00.000Z';

describe('migration search-keys-on-rows', () => {
  it('moves each record’s search key onto its row, so the index it had still finds it, and drops search_keys', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    const before = MIGRATIONS.findIndex((m) => m.name === 'search-keys-on-rows');
    migrate(db, MIGRATIONS.slice(0, before), null);
    // Keys given out in another order than the rows (as after edits and removals); a removed record has none.
    db.exec(`
      INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES ('${SEOUL}', 'Seoul Institute', 'university', '${AT}', '${AT}', 'kim');
      INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES ('${BUSAN}', 'Busan Works', 'company', '${AT}', '${AT}', 'kim');
      INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by, deleted_at) VALUES ('${GONE}', 'Seoul Old', 'company', '${AT}', '${AT}', 'kim', '${AT}');
      INSERT INTO search_keys (rowid, kind, record_id) VALUES (7, 'organisation', '${BUSAN}'), (9, 'organisation', '${SEOUL}'), (3, 'person', '${SEOUL}');
      INSERT INTO organisation_search (rowid, body) VALUES (7, 'Busan Works'), (9, 'Seoul Institute');
      INSERT INTO local_meta (key, value) VALUES ('search_version', '2');
    `);
    migrate(db, MIGRATIONS, null);
    expect(db.prepare('SELECT id, search_key FROM organisations ORDER BY name').all()).toEqual([
      { id: BUSAN, search_key: 7 },
      { id: SEOUL, search_key: 9 },
      { id: GONE, search_key: null },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'search_keys'").all()).toEqual([]);
    for (const [table] of SEARCHABLE) {
      expect(db.prepare(`SELECT name FROM pragma_index_list(?) WHERE name = ? AND "unique" = 1`).all(table, `${table}_search_key`)).toHaveLength(1);
    }
    db.close();

    // Found through the index as it was (not rebuilt: the search version is current); a new one gets the next key.
    const t = openTestCore({ dataDir });
    expect((await t.call('organisations:list', { search: 'Seoul' })).rows.map((o) => o.id)).toEqual([SEOUL]);
    const made = await t.call('organisations:create', { name: 'Seoul Third', kind: 'company' });
    expect((await t.call('organisations:list', { search: 'Seoul' })).rows.map((o) => o.id).sort()).toEqual([SEOUL, made.id].sort());
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(check.prepare('SELECT search_key FROM organisations WHERE id = ?').get(made.id)).toEqual({ search_key: 10 });
    check.close();
  });
});
