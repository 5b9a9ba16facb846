import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { makeAgreement, openTestCore, tempDir } from './fixtures';

const STEP = MIGRATIONS.findIndex((m) => m.name === 'redundant-indexes');
const DROPPED = ['agreements_status', 'agreements_expires', 'agreement_parties_organisation'];

describe('migration redundant-indexes', () => {
  it('drops three indexes no query reads; a partner’s and a status’s agreements are still found through the indexes that remain', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    const names = (d: Database.Database) =>
      (d.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?))").all(JSON.stringify(DROPPED)) as Array<{ name: string }>).map((r) => r.name).sort();
    expect(names(db)).toEqual([...DROPPED].sort());
    db.close();

    const t = openTestCore({ dataDir });
    const { agreement, kaist } = await makeAgreement(t);
    expect((await t.call('agreements:list', { partnerId: kaist.id })).rows.map((a) => a.id)).toEqual([agreement.id]);
    expect((await t.call('agreements:list', { statuses: ['draft'] })).total).toBe(1);
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(names(check)).toEqual([]);
    const plan = (sql: string) => (check.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' ');
    expect(plan('SELECT agreement_key FROM agreement_parties WHERE organisation_key = 1 AND deleted_at IS NULL')).toContain('agreement_parties_organisation_live');
    check.close();
  });
});
