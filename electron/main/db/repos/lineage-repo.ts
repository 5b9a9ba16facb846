import { statement, type Db } from '../connection';

/**
 * The chain of parents above a row, nearest first, for tables that point at themselves through
 * `parent_id` (an organisation's parent body, an agreement's parent agreement). Bounded depth, so a
 * loop written outside the app cannot hang a query.
 */
export function ancestorIds(db: Db, table: 'agreements' | 'organisations', id: string): string[] {
  const rows = statement(
    db,
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM ${table} WHERE id = ?
       UNION ALL SELECT t.id, t.parent_id, up.depth + 1 FROM ${table} t JOIN up ON t.id = up.parent_id WHERE up.depth < 64
     ) SELECT id FROM up WHERE depth > 0 ORDER BY depth`,
  ).all(id) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}
