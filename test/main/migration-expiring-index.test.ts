import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { fixedClock, openTestCore, tempDir } from './fixtures';

const STEP = MIGRATIONS.findIndex((m) => m.name === 'expiring-index');
const AT = '2026-01-01T00:00:00.000Z';

describe('migration expiring-index', () => {
  it('puts the term’s kind in the expiry index; agreements expiring soon are still those whose fixed term ends in the window', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    const add = db.prepare(
      `INSERT INTO agreements (id, reference_no, kind, title, status, signed_on, ends_on, term_kind, created_at, updated_at, updated_by)
       VALUES (?, ?, 'mou', ?, 'active', '2023-04-01', ?, ?, '${AT}', '${AT}', 'kim')`,
    );
    add.run('0190a0b0-0000-7000-8000-000000000401', 'MOU-2023-001', 'Ends in March', '2026-03-31', 'fixed');
    add.run('0190a0b0-0000-7000-8000-000000000402', 'MOU-2023-002', 'Renews in March', '2026-03-31', 'auto_renewing');
    add.run('0190a0b0-0000-7000-8000-000000000403', 'MOU-2023-003', 'Ends next year', '2027-03-31', 'fixed');
    db.close();

    const t = openTestCore({ dataDir, now: fixedClock('2026-03-01') });
    const expiring = await t.call('agreements:list', { expiringWithinDays: 90, sort: 'expiresOn', dir: 'asc' });
    expect(expiring.rows.map((a) => a.title)).toEqual(['Ends in March']);
    expect(expiring.total).toBe(1);
    expect((await t.call('agreements:list', { statuses: ['active'], sort: 'expiresOn', dir: 'asc' })).rows.map((a) => a.title)).toEqual([
      'Ends in March',
      'Renews in March',
      'Ends next year',
    ]);
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const columns = (check.prepare("SELECT name FROM pragma_index_xinfo('agreements_status_by_expires_asc') WHERE key = 1").all() as Array<{ name: string | null }>).map((c) => c.name);
    expect(columns).toEqual(['status', null, 'term_kind']); // null: the expression ifnull(ends_on, '~')
    check.close();
  });
});
