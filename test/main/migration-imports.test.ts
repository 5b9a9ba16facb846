import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { databasePath } from '../../electron/main/data-dir';
import { openTestCore, tempDir } from './fixtures';

const ORG = '0190a0b0-0000-7000-8000-000000000001';
const AT = '2025-03-01T00:00:00.000Z';

// Found by name, so the test holds whatever number the step has in the list.
const STEP = MIGRATIONS.findIndex((m) => m.name === 'imports');

describe('migration imports', () => {
  it('upgrades a register of the step before in place; an organisation it had is matched by the first import', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    db.exec(`INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES ('${ORG}', 'Lund University', 'university', '${AT}', '${AT}', 'kim');`);
    db.close();

    const t = openTestCore({ dataDir });
    // Start-up rebuilt the organisations' search index, so the import finds Lund University by name.
    const csv = 'Partner,Signed\nLund University,2023-04-20\n';
    const preview = await t.call('imports:read', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64'), options: { homeOrganisation: 'Example University' } });
    expect(preview.organisations).toMatchObject([{ name: 'Lund University', match: 'existing', candidates: [{ id: ORG }] }]);
    expect((await t.call('imports:commit', { sessionId: preview.sessionId, options: preview.options })).created).toBe(1);
    expect((await t.call('imports:list', {})).total).toBe(1);
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    const plan = check.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM import_rows INDEXED BY import_rows_live_hash WHERE row_hash = ? AND outcome = 'created' AND deleted_at IS NULL`).all('x');
    expect(JSON.stringify(plan)).toContain('import_rows_live_hash');
    check.close();
  });
});
