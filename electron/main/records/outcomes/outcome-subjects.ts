import type { OutcomeSubjectKind } from '../../../../shared/models/outcome';
import { statement, type Db } from '../../db/connection';

/** How an outcome shows what fulfils the item: its name, the record whose page shows it, and where it came from. */
export type SubjectView = { name: string; recordId: string; context: string };

type SubjectSpec = {
  /** Whether a live record of this kind has this id. */
  exists(db: Db, id: string): boolean;
  /** Names by id, deleted records included (a link never loses its name); one query for many ids. */
  describe(db: Db, ids: readonly string[]): Map<string, SubjectView>;
};

function described(db: Db, sql: string, ids: readonly string[]): Map<string, SubjectView> {
  if (ids.length === 0) return new Map();
  const rows = statement(db, sql).all(JSON.stringify([...new Set(ids)])) as Array<{ id: string; name: string; record_id: string; context: string }>;
  return new Map(rows.map((row) => [row.id, { name: row.name, recordId: row.record_id, context: row.context }]));
}

/**
 * Every kind of record an outcome may name, one line each. Typed over the whole kind list, so a kind
 * added in shared/ ('event', 'placement') does not compile until it says how to find its records here.
 */
export const OUTCOME_SUBJECTS: Readonly<Record<OutcomeSubjectKind, SubjectSpec>> = {
  project: {
    exists: (db, id) => statement(db, 'SELECT 1 FROM projects WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined,
    describe: (db, ids) =>
      described(db, `SELECT id, title AS name, id AS record_id, '' AS context FROM projects WHERE id IN (SELECT value FROM json_each(?))`, ids),
  },
  output: {
    exists: (db, id) =>
      statement(
        db,
        `SELECT 1 FROM project_outputs x JOIN projects pj ON pj.id = x.project_id
          WHERE x.id = ? AND x.deleted_at IS NULL AND pj.deleted_at IS NULL`,
      ).get(id) !== undefined,
    describe: (db, ids) =>
      described(
        db,
        `SELECT x.id, x.title AS name, x.project_id AS record_id, pj.title AS context
           FROM project_outputs x JOIN projects pj ON pj.id = x.project_id WHERE x.id IN (SELECT value FROM json_each(?))`,
        ids,
      ),
  },
  program: {
    exists: (db, id) => statement(db, 'SELECT 1 FROM programs WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined,
    describe: (db, ids) =>
      described(db, `SELECT id, name, id AS record_id, '' AS context FROM programs WHERE id IN (SELECT value FROM json_each(?))`, ids),
  },
  event: {
    exists: (db, id) => statement(db, 'SELECT 1 FROM events WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined,
    describe: (db, ids) =>
      described(db, `SELECT id, title AS name, id AS record_id, '' AS context FROM events WHERE id IN (SELECT value FROM json_each(?))`, ids),
  },
  placement: {
    exists: (db, id) => statement(db, 'SELECT 1 FROM placements WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined,
    // An internship by its intern, with its host as where it came from.
    describe: (db, ids) =>
      described(
        db,
        `SELECT p.id, pe.name AS name, p.id AS record_id, o.name AS context
           FROM placements p JOIN people pe ON pe.id = p.intern_id JOIN organisations o ON o.id = p.host_id
          WHERE p.id IN (SELECT value FROM json_each(?))`,
        ids,
      ),
  },
};
