import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { listAuditRows } from '../../electron/main/db/repos/audit-repo';
import { tempDir } from './fixtures';

describe('migration 0015 (batch audit)', () => {
  it('upgrades a register in place: old audit rows, whole copies or not, read as they did', () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'liaison.sqlite'));
    migrate(db, MIGRATIONS.slice(0, 14), null);
    const insert = db.prepare(
      `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, ?, 'me', 'organisation', 'o1', ?, ?, ?)`,
    );
    insert.run('a1', '2026-01-01T00:00:00.000Z', 'create', null, JSON.stringify({ id: 'o1', name: 'KAIST', updatedAt: 'x' }));
    insert.run('a2', '2026-01-02T00:00:00.000Z', 'update', JSON.stringify({ id: 'o1', name: 'KAIST' }), JSON.stringify({ id: 'o1', name: 'KAIST Daejeon' }));

    const result = migrate(db, MIGRATIONS.slice(0, 15), path.join(dir, 'backups'));
    expect(result).toMatchObject({ from: 14, to: 15 });
    const trail = listAuditRows(db, { entityId: 'o1', offset: 0, limit: 10 });
    expect(trail.total).toBe(2);
    expect(trail.rows.map((r) => [r.id, r.before, r.after])).toEqual([
      ['a2', { id: 'o1', name: 'KAIST' }, { id: 'o1', name: 'KAIST Daejeon' }],
      ['a1', null, { id: 'o1', name: 'KAIST', updatedAt: 'x' }],
    ]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' AND sql IS NOT NULL ORDER BY name").all();
    expect(indexes).toEqual([{ name: 'audit_log_at' }, { name: 'audit_log_entity_at' }]);
    db.close();
  });
});
