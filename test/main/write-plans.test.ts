import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { namesOfIdsSql } from '../../electron/main/db/name-keys';
import { AUDIT_QUERIES } from '../../electron/main/db/repos/audit-repo';
import { FOLLOW_ONS_SQL, REFERENCE_SERIAL_SQL } from '../../electron/main/db/repos/agreement-repo';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { tempDir } from './fixtures';

/**
 * The statements every write and the history run, planned over a register of a few thousand
 * agreements and their audit rows, both before statistics exist (a fresh register, mid-batch) and
 * after ANALYZE: each seeks an index — no SCAN of agreements or of the audit log, no temp B-tree
 * sorting what it found.
 */
const AGREEMENTS = 3000;

function seed(db: Db): void {
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  const agreement = db.prepare(
    `INSERT INTO agreements (id, reference_no, kind, title, status, created_at, updated_at, updated_by) VALUES (?, ?, 'mou', ?, 'draft', ?, ?, 'seed')`,
  );
  const audit = db.prepare(
    `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, ?, 'seed', 'agreement', ?, ?, ?, ?)`,
  );
  const named = db.prepare('INSERT INTO audit_batch_rows (entity_id, audit_id) VALUES (?, ?)');
  db.transaction(() => {
    audit.run('batch', at(0), 'batch:1', 'create', null, '{"rows":[]}');
    for (let i = 0; i < AGREEMENTS; i += 1) {
      agreement.run(`a${i}`, `MOU-2026-${String(i + 1).padStart(3, '0')}`, `Agreement ${i}`, at(i), at(i));
      if (i % 2) named.run(`a${i}`, 'batch');
      audit.run(`u${i}`, at(i + 1), `a${i}`, 'update', '{"title":"x"}', `{"title":"Agreement ${i}"}`);
    }
  })();
}

function plan(db: Db, sql: string, params: unknown): string[] {
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (Array.isArray(params) ? statement.all(...(params as unknown[])) : statement.all(params)) as Array<{ detail: string }>;
  return rows.map((row) => row.detail);
}

const PARAMS: Record<string, unknown> = {
  allCount: [],
  allPage: [50, 0],
  recordCount: { id: 'a7' },
  recordPage: { id: 'a7', limit: 50, offset: 0 },
  deletedCount: { kinds: '["organisation","agreement"]' },
  deletedPage: { kinds: '["organisation","agreement"]', limit: 50, offset: 0 },
};

describe('write and history plans at register scale', () => {
  for (const statistics of [false, true]) {
    it(`seek an index for the next reference number and every audit list, ${statistics ? 'after ANALYZE' : 'before any statistics'}`, () => {
      const db = openDatabase(path.join(tempDir(), 'liaison.sqlite'));
      migrate(db, MIGRATIONS, null);
      seed(db);
      if (statistics) refreshStatistics(db, { full: true });

      const serial = plan(db, REFERENCE_SERIAL_SQL, { length: 9, prefix: 'MOU-2026-', after: 'MOU-2026-:', pattern: 'MOU-2026-', digits: '[0-9]'.repeat(12) });
      expect(serial.join(' ')).toContain('agreements_reference_serial');
      expect(serial.join(' ')).not.toMatch(/TEMP B-TREE/);

      const problems = Object.entries(AUDIT_QUERIES).flatMap(([name, sql]) =>
        plan(db, sql, PARAMS[name])
          // A full pass over the log in its own order (SCAN without an index), or a sort of what was found.
          .filter((detail) => /^SCAN (audit_log|l|b)\b(?! USING (COVERING )?INDEX)|TEMP B-TREE/.test(detail))
          // Merging one record's own rows with the batch entries naming it sorts those few rows only.
          .filter((detail) => !(name === 'recordPage' && /TEMP B-TREE/.test(detail)))
          .map((detail) => `${name}: ${detail}`),
      );
      expect(problems).toEqual([]);
      expect(plan(db, AUDIT_QUERIES.allPage, [50, 0]).join(' ')).toContain('audit_log_at');
      const record = plan(db, AUDIT_QUERIES.recordPage, { id: 'a7', limit: 50, offset: 0 }).join(' ');
      expect(record).toContain('audit_log_entity_at');
      expect(record).toContain('SEARCH b USING PRIMARY KEY (entity_id=?)');
      // Deleted records: the deletions' own index, each tested for a restore by a seek.
      const deleted = plan(db, AUDIT_QUERIES.deletedPage, PARAMS.deletedPage).join(' ');
      expect(deleted).toContain('audit_log_deletions');
      expect(deleted).toMatch(/SEARCH r USING INDEX audit_log_entity/);

      // A batch's new organisations and people: the ids listed once and each row tested against
      // that list, never the list read again for every row of the table (a batch of 20,000 people
      // took 47 s that way).
      for (const table of ['organisations', 'people']) {
        const names = plan(db, namesOfIdsSql(table, { name: 'name', altNames: 'alt_names' }), ['["x"]']).join(' | ');
        expect(names, table).toMatch(/LIST SUBQUERY \d+ \| SCAN json_each/);
        expect(names, table).not.toMatch(/CORRELATED/);
      }
      db.close();
    }, 60_000);
  }

  it('keeps sample statistics only for indexes led by a column that may be NULL, and the follow-ons still seek theirs', () => {
    const db = openDatabase(path.join(tempDir(), 'liaison.sqlite'));
    migrate(db, MIGRATIONS, null);
    seed(db);
    db.prepare("UPDATE agreements SET parent_id = 'a0' WHERE id IN ('a1', 'a2', 'a3')").run();
    refreshStatistics(db, { full: true });
    const sampled = db.prepare('SELECT DISTINCT idx FROM sqlite_stat4').pluck().all() as string[];
    // Led by an id or another column that is never NULL: planned once, not again for each value bound.
    expect(sampled).not.toContain('sqlite_autoindex_agreements_1');
    expect(sampled).not.toContain('agreements_reference_serial');
    expect(sampled).not.toContain('audit_log_entity_at');
    // NULL for nearly every agreement: without samples the averages make it look like no index at all.
    expect(sampled).toContain('agreements_parent');
    expect(plan(db, FOLLOW_ONS_SQL, ['a0']).join(' ')).toContain('agreements_parent');

    // The start-up refresh (PRAGMA optimize) keeps to the same rule.
    db.prepare("UPDATE agreements SET parent_id = 'a0' WHERE id = 'a4'").run();
    refreshStatistics(db);
    expect(db.prepare('SELECT DISTINCT idx FROM sqlite_stat4').pluck().all()).toEqual(sampled);
    db.close();
  }, 60_000);
});
