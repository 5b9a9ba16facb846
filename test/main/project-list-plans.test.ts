import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import type { ListQuery, Sql } from '../../electron/main/db/record-table';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { projectTable } from '../../electron/main/records/projects/project-table';
import { PROJECT_KINDS, PROJECT_SORTS } from '../../shared/models/project';
import { PROJECT_STATUSES } from '../../shared/research/project-lifecycle';
import { tempDir } from './fixtures';
import { listStatements } from './list-statements';

/**
 * The project register's every filter and sort, planned by SQLite over thousands of rows after
 * ANALYZE: the page's ids come from an index in sort order (no SCAN of projects, no sort of every
 * match); filters through partners or agreements sort only that partner's or agreement's projects.
 */
function seed(db: Db): void {
  const at = '2026-01-01T00:00:00.000Z';
  const project = db.prepare(`INSERT INTO projects (id, kind, status, title, starts_on, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 's')`);
  const org = db.prepare(`INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES (?, ?, 'university', ?, ?, 's')`);
  const partner = db.prepare(`INSERT INTO project_partners (id, project_id, organisation_id, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, 0, ?, ?, 's')`);
  db.transaction(() => {
    for (let i = 0; i < 300; i += 1) org.run(`o${i}`, `Org ${i}`, at, at);
    for (let i = 0; i < 5000; i += 1) {
      const updated = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const start = i % 4 ? `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-01` : null;
      project.run(`p${i}`, PROJECT_KINDS[i % 2], PROJECT_STATUSES[i % 4], `Project ${(i * 7919) % 5000}`, start, updated, updated);
      partner.run(`pp${i}`, `p${i}`, `o${i % 300}`, at, at);
    }
  })();
  refreshStatistics(db, { full: true });
}

function plan(db: Db, { sql, params }: Sql): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
}

describe('project list query plans at scale', () => {
  const db = openDatabase(path.join(tempDir(), 'project-plans.sqlite'));
  migrate(db, MIGRATIONS, null);
  seed(db);

  const problems = (q: Partial<ListQuery>, sortAllowed = false): string[] => {
    const query: ListQuery = { search: '', sort: 'title', dir: 'asc', offset: 0, limit: 50, ...q };
    const found = listStatements(projectTable.listSql(query, '2026-03-01')).flatMap(([what, sql]) =>
      plan(db, sql).filter((line) => /^SCAN pj\b/.test(line) || (!sortAllowed && (what === 'page' || what === 'rest') && line.includes('TEMP B-TREE FOR ORDER BY'))),
    );
    return found.length ? [JSON.stringify(q), ...found] : [];
  };

  it('serves every sort, unfiltered or by status or kind, from an index in both directions', () => {
    const found = [{}, { status: 'active' }, { kind: 'centre' }].flatMap((filter) =>
      PROJECT_SORTS.flatMap((sort) => (['asc', 'desc'] as const).flatMap((dir) => problems({ ...filter, sort, dir }))),
    );
    expect(found).toEqual([]);
    // A filtered page walks the filter's own index, not the whole live register checking each row.
    for (const [filter, index] of [[{ status: 'active' }, 'projects_status_by_'], [{ kind: 'centre' }, 'projects_kind_by_']] as const) {
      for (const sort of PROJECT_SORTS) {
        const { page } = projectTable.listSql({ search: '', sort, dir: 'desc', offset: 0, limit: 50, ...filter }, '2026-03-01');
        expect(plan(db, page).join(' | '), `${JSON.stringify(filter)} by ${sort}`).toContain(index);
      }
    }
  });

  it('finds a partner’s projects through the partners index, sorting only those', () => {
    expect(PROJECT_SORTS.flatMap((sort) => problems({ organisationId: 'o3', sort }, true))).toEqual([]);
    const { page } = projectTable.listSql({ search: '', sort: 'title', dir: 'asc', offset: 0, limit: 50, organisationId: 'o3' }, '2026-03-01');
    expect(plan(db, page).join(' | ')).toMatch(/project_partners_organisation/);
  });
});
