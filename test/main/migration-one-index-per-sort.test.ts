import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { DROPPED } from '../../electron/main/db/migrations/0020-one-index-per-sort';
import { makeParties, openTestCore, tempDir } from './fixtures';

const STEP = MIGRATIONS.findIndex((m) => m.name === 'one-index-per-sort');

describe('migration one-index-per-sort', () => {
  it('drops the descending copies of the nullable sort indexes; descending lists still put NULLs last, through the ascending index', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    const names = (d: Database.Database) =>
      (d.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?))").all(JSON.stringify(DROPPED)) as Array<{ name: string }>)
        .map((r) => r.name)
        .sort();
    expect(names(db)).toEqual([...DROPPED].sort());
    db.close();

    const t = openTestCore({ dataDir });
    const { kaist, city } = await makeParties(t);
    for (const signedOn of ['2024-03-01', null, '2025-01-01', null, '2023']) {
      await t.call('agreements:create', { kind: 'mou', title: `Signed ${signedOn}`, signedOn, parties: [{ organisationId: kaist.id }, { organisationId: city.id }] });
    }
    const signed = async (dir: 'asc' | 'desc') => (await t.call('agreements:list', { sort: 'signedOn', dir })).rows.map((a) => a.signedOn);
    expect(await signed('desc')).toEqual(['2025-01-01', '2024-03-01', '2023', null, null]);
    expect(await signed('asc')).toEqual(['2023', '2024-03-01', '2025-01-01', null, null]);
    t.core.close();

    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(names(check)).toEqual([]);
    const plan = (sql: string) => (check.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' ');
    expect(plan("SELECT id FROM agreements a WHERE deleted_at IS NULL AND ifnull(signed_on, '~') < '~' ORDER BY ifnull(signed_on, '~') DESC, rowid DESC")).toContain(
      'agreements_by_signed_asc',
    );
    check.close();
  });
});
