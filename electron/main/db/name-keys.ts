import { matchKeys } from '../../../shared/name-key';
import { statement, type Db } from './connection';

/**
 * The register's index of names by their match key (`shared/name-key.ts`): one row per distinct key
 * of a live record's name and names in other scripts, so "is there already a KAIST?" is a lookup
 * of `name_keys(kind, key)` (migration 16), not a scan of every organisation's names. The record kit
 * keeps it with the search index: written on create and edit, emptied on delete, rebuilt with it.
 */

/** Where a record table keeps its names: the name column and the JSON list of `{ name }` in other scripts. */
export type NameColumns = { name: string; altNames?: string };

type NameRow = { name: string; alt_names?: string | null };

/** The names a stored row holds, in the order the form shows them. */
export function namesOfRow(row: NameRow): string[] {
  const alt = row.alt_names ? (JSON.parse(row.alt_names) as Array<{ name?: unknown }>) : [];
  return [row.name, ...alt.flatMap((entry) => (typeof entry.name === 'string' ? [entry.name] : []))];
}

export function deleteNameKeys(db: Db, kind: string, recordId: string): void {
  statement(db, 'DELETE FROM name_keys WHERE record_id = ? AND kind = ?').run(recordId, kind);
}

/** Replaces the record's keys with those of `names`. */
export function writeNameKeys(db: Db, kind: string, recordId: string, names: readonly string[]): void {
  deleteNameKeys(db, kind, recordId);
  insertNameKeys(db, kind, recordId, names);
}

/** The keys of a record that has none yet (made in this write, or after its kind's keys were cleared). */
function insertNameKeys(db: Db, kind: string, recordId: string, names: readonly string[]): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO name_keys (kind, key, record_id) VALUES (?, ?, ?)');
  for (const key of matchKeys(names)) insert.run(kind, key, recordId);
}

/** Re-reads the record's names from its table and rewrites its keys (none once it is deleted). */
export function reindexNameKeys(db: Db, table: string, columns: NameColumns, kind: string, recordId: string): void {
  const row = statement(
    db,
    `SELECT ${columns.name} AS name${columns.altNames ? `, ${columns.altNames} AS alt_names` : ''} FROM ${table} WHERE id = ? AND deleted_at IS NULL`,
  ).get(recordId) as NameRow | undefined;
  if (row) writeNameKeys(db, kind, recordId, namesOfRow(row));
  else deleteNameKeys(db, kind, recordId);
}

/**
 * The names of the records with these ids (a JSON list), each found by its id: written the other
 * way round (json_each joined to the table) the planner scanned the table for every id, and a
 * batch of 20,000 people took 47 s instead of 1.3. Named so that a test can read its plan.
 */
export function namesOfIdsSql(table: string, columns: NameColumns): string {
  return `SELECT id, ${columns.name} AS name${columns.altNames ? `, ${columns.altNames} AS alt_names` : ''}
       FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`;
}

/**
 * The keys of records made in this write (a batch), which have none yet: their names read in one
 * statement and nothing deleted first (a delete and a read per record were ~0.5 s of seeding
 * 28,000 organisations and people).
 */
export function addNameKeys(db: Db, table: string, columns: NameColumns, kind: string, recordIds: readonly string[]): void {
  const rows = statement(db, namesOfIdsSql(table, columns)).all(JSON.stringify(recordIds)) as Array<NameRow & { id: string }>;
  for (const row of rows) insertNameKeys(db, kind, row.id, namesOfRow(row));
}

/** Rebuilds one kind's keys from its live rows (at an upgrade, and whenever search is rebuilt). */
export function rebuildNameKeys(db: Db, table: string, columns: NameColumns, kind: string): void {
  statement(db, 'DELETE FROM name_keys WHERE kind = ?').run(kind);
  const rows = statement(
    db,
    `SELECT id, ${columns.name} AS name${columns.altNames ? `, ${columns.altNames} AS alt_names` : ''} FROM ${table} WHERE deleted_at IS NULL`,
  ).all() as Array<NameRow & { id: string }>;
  for (const row of rows) insertNameKeys(db, kind, row.id, namesOfRow(row));
}

/** Ids of records of `kind` holding any of these keys: each key one seek of `name_keys`' primary key. */
export function idsByNameKeys(db: Db, kind: string, keys: readonly string[], limit = 20): string[] {
  if (keys.length === 0) return [];
  const rows = statement(
    db,
    'SELECT record_id FROM name_keys WHERE kind = ? AND key IN (SELECT value FROM json_each(?)) LIMIT ?',
  ).all(kind, JSON.stringify(keys), limit) as Array<{ record_id: string }>;
  return rows.map((row) => row.record_id);
}
