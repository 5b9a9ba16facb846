import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { fixedClock, openTestCore, tempDir } from './fixtures';

const AT = '2025-03-01T00:00:00.000Z';
// Found by name, so the test holds whatever number the merge gives the step (17 in the plan).
const STEP = MIGRATIONS.findIndex((m) => m.name === 'report-indexes');

describe('migration report-indexes', () => {
  it('upgrades a register of the step before in place; its outputs then count in their year through the new index', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    db.exec(`
      INSERT INTO projects (id, kind, status, title, created_at, updated_at, updated_by)
        VALUES ('0190a0b0-0000-7000-8000-000000000201', 'project', 'active', 'Future AI', '${AT}', '${AT}', 'kim');
      INSERT INTO project_outputs (id, project_id, kind, title, published_on, position, created_at, updated_at, updated_by)
        VALUES ('0190a0b0-0000-7000-8000-000000000301', '0190a0b0-0000-7000-8000-000000000201', 'paper', 'A survey', '2024-05-02', 0, '${AT}', '${AT}', 'kim');
    `);
    db.close();

    const t = openTestCore({ dataDir, now: fixedClock('2026-03-01') });
    const report = await t.call('reports:figures', { year: 2024 });
    expect(report.items.map((i) => [i.figure, i.title, i.date])).toEqual([['outputs', 'A survey', '2024-05-02']]);
    t.core.close();
    const check = new Database(databasePath(dataDir), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'project_outputs_published'").get()).toEqual({ name: 'project_outputs_published' });
    check.close();
  });
});
