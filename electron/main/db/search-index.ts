import { likePattern, statement, type Db } from './connection';
import type { Sql } from './record-table';

/**
 * The local-only full-text index: one FTS5 trigram table per record type (`<kind>_search`, so Korean
 * and Chinese match inside words), keyed by a persistent integer kept on the record's own row
 * (`search_key`, unique per table; migration 22). Keying by that integer, not by the record's text
 * id, makes replacing a record's row a rowid lookup instead of a scan of the whole index; the
 * tables' own rowids are not used because VACUUM may renumber them. Until migration 22 the keys
 * were a table of their own (`search_keys`: 19 MB at 100,000 agreements, and a seek per row a
 * search walked).
 */

/** Bump when what a record contributes to search changes: the index is rebuilt at the next start. */
export const SEARCH_VERSION = '2';

/** A record type's index: its kind (naming `<kind>_search`) and the table whose rows carry the keys. */
export type SearchTarget = { kind: string; table: string };

function searchTable(kind: string): string {
  if (!/^[a-z_]+$/.test(kind)) throw new Error(`Not a record kind: ${kind}`);
  return `${kind}_search`;
}

function recordTable(table: string): string {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a record table: ${table}`);
  return table;
}

/** The record's key in the index, if it has one. */
function searchKey(db: Db, target: SearchTarget, recordId: string): number | null {
  const found = statement(db, `SELECT search_key AS k FROM ${recordTable(target.table)} WHERE id = ?`).get(recordId) as { k: number | null } | undefined;
  return found?.k ?? null;
}

/**
 * Replaces the record's searchable text (the words of its fields and the names it shows). A record
 * not indexed yet only gets its row inserted: FTS5 flushes its pending terms to a new segment
 * whenever a row is written at a rowid it has just deleted, so a delete-then-insert per create made
 * every create of a batch write a segment, and each create cost more as the index grew (issue 13).
 */
export function writeSearchText(db: Db, target: SearchTarget, recordId: string, text: string): void {
  const key = searchKey(db, target, recordId);
  if (key === null) return addSearchText(db, target, recordId, text);
  const table = searchTable(target.kind);
  // Most saves leave the words alone (a change of status, a date): rewriting them anyway wrote a
  // segment of deletions and one of insertions, about as many pages as the rest of the save.
  const stored = statement(db, `SELECT body FROM ${table} WHERE rowid = ?`).get(key) as { body: string } | undefined;
  if (stored?.body === text) return;
  statement(db, `DELETE FROM ${table} WHERE rowid = ?`).run(key);
  statement(db, `INSERT INTO ${table} (rowid, body) VALUES (?, ?)`).run(key, text);
}

/**
 * The searchable text of a record made in this write: it has no key or row yet, so none is looked
 * for. Its key is the table's highest plus one (one step down the key's unique index).
 */
export function addSearchText(db: Db, target: SearchTarget, recordId: string, text: string): void {
  const table = recordTable(target.table);
  const { k } = statement(db, `SELECT ifnull(max(search_key), 0) + 1 AS k FROM ${table}`).get() as { k: number };
  statement(db, `UPDATE ${table} SET search_key = ? WHERE id = ?`).run(k, recordId);
  statement(db, `INSERT INTO ${searchTable(target.kind)} (rowid, body) VALUES (?, ?)`).run(k, text);
}

/** Where a record type's search text comes from: `SELECT <text> FROM <table> <alias> <join>`. */
export type SearchSource = { alias: string; text: string; join: string };

/**
 * The searchable text of many records made in one batch (none has a key or a row yet), in two
 * statements instead of four per record: keys numbered on from the table's highest, then the rows
 * inserted with their text worked out by SQLite in the same pass. At 100,000 agreements this was
 * 6.1 s against 8.2 s record by record (the text's joins ~2 s, FTS5's own inserts ~3.5 s of it).
 */
export function addSearchTexts(db: Db, target: SearchTarget, recordIds: readonly string[], source: SearchSource): void {
  if (recordIds.length === 0) return;
  const table = recordTable(target.table);
  const ids = JSON.stringify(recordIds);
  const { k } = statement(db, `SELECT ifnull(max(search_key), 0) AS k FROM ${table}`).get() as { k: number };
  statement(db, `UPDATE ${table} SET search_key = ? + j.key + 1 FROM json_each(?) j WHERE ${table}.id = j.value`).run(k, ids);
  const { changes } = statement(
    db,
    `INSERT INTO ${searchTable(target.kind)} (rowid, body)
       SELECT ${source.alias}.search_key, ${source.text} FROM json_each(?) j JOIN ${table} ${source.alias} ON ${source.alias}.id = j.value ${source.join}`,
  ).run(ids);
  // Every record has its row, or the batch fails: a record left out of the index would be unfindable and uncounted.
  if (changes !== recordIds.length) throw new Error(`${target.kind} search: ${changes} rows indexed for ${recordIds.length} records`);
}

export function deleteSearchText(db: Db, target: SearchTarget, recordId: string): void {
  const key = searchKey(db, target, recordId);
  if (key === null) return;
  statement(db, `DELETE FROM ${searchTable(target.kind)} WHERE rowid = ?`).run(key);
  statement(db, `UPDATE ${recordTable(target.table)} SET search_key = NULL WHERE id = ?`).run(recordId);
}

/**
 * FTS5's own settings for merging segments as rows go in (its defaults: 4 and 16). Written into the
 * statement: FTS5 takes only an integer, and a bound JavaScript number arrives as a real.
 */
function setMerging(db: Db, table: string, automerge: 0 | 4, crisismerge: 16 | 64): void {
  statement(db, `INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${automerge})`).run();
  statement(db, `INSERT INTO ${table} (${table}, rank) VALUES ('crisismerge', ${crisismerge})`).run();
}

/**
 * The search rows of a bulk load (or a rebuild), then one merge of the index into a single
 * segment. FTS5 keeps merging the segments a large batch leaves behind a little at each later
 * write (at 100,000 agreements, about thirty pages of every later save), so the index is merged
 * once at the end; and since it will be, FTS5's merging as the rows go in is held off meanwhile
 * (at 100,000 agreements the rows went in in 1.8 s against 3.3 s, the final merge ~1 s either
 * way). Its settings are put back to FTS5's defaults in the same transaction.
 */
export function loadSearchTexts(db: Db, target: SearchTarget, recordIds: readonly string[], source: SearchSource): void {
  const table = searchTable(target.kind);
  setMerging(db, table, 0, 64);
  addSearchTexts(db, target, recordIds, source);
  statement(db, `INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
  setMerging(db, table, 4, 16);
}

/** Empties one record type's index (before a rebuild). */
export function clearSearch(db: Db, target: SearchTarget): void {
  statement(db, `DELETE FROM ${searchTable(target.kind)}`).run();
  statement(db, `UPDATE ${recordTable(target.table)} SET search_key = NULL WHERE search_key IS NOT NULL`).run();
}

/**
 * A search as one filter, three ways (the record kit's `Clause`, with `keys`): `sql` tests a row a
 * list walks in sort order, `drive` names the matching records (for a list that starts from few
 * matches), `keys` names the matching rows of the index (for a count that needs nothing else).
 * Words of three or more characters go through the trigram index (FTS5 intersects their matches
 * itself): a walked row's key, on the row itself, is looked up among the index's matches, which
 * SQLite reads once per query (the unary + keeps the planner walking the sort order the list chose,
 * instead of starting from the matches through the key's index). Shorter words (성남, AI) are LIKEs
 * over the indexed text in FTS5's content table (`<table>_content`: id, c0), all in one pass: a
 * walked row reads its own text once, and the keys read the text of the long words' matches only,
 * or scan the table once when every word is short (a scan is a third quicker there than through
 * the virtual table). Measured at 100,000 agreements through the handlers: "research" (40,000
 * matches) 96 → 19 ms, "AI" (55,000) 138 → 17–22 ms; and against a filter per short word
 * intersected with the rest, "19994 Nr" 37.5 → 1.0–1.7 ms and "교류 학생" 51 → 32–34 ms
 * ("Forschung 12", whose long word matches 90,000, unchanged at 160–200 ms).
 */
export function searchClause(target: SearchTarget, alias: string, search: string): (Sql & { drive: Sql; keys: Sql }) | null {
  const table = searchTable(target.kind);
  const key = `${alias}.search_key`;
  const words = search.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const long = words.filter((word) => [...word].length >= 3);
  const patterns = words.filter((word) => [...word].length < 3).map(likePattern);
  const match = long.length ? { sql: `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`, params: [long.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ')] } : null;
  const likes = (column: string) => patterns.map(() => `${column} LIKE ? ESCAPE '\\'`).join(' AND ');
  const tests: Sql[] = [];
  if (match) tests.push({ sql: `+${key} IN (${match.sql})`, params: match.params });
  if (patterns.length) tests.push({ sql: `(SELECT ${likes('t.c0')} FROM ${table}_content t WHERE t.id = ${key})`, params: patterns });
  const keys: Sql = !patterns.length
    ? match!
    : { sql: `SELECT id FROM ${table}_content WHERE ${[...(match ? [`id IN (${match.sql})`] : []), likes('c0')].join(' AND ')}`, params: [...(match?.params ?? []), ...patterns] };
  return {
    sql: tests.map((test) => test.sql).join(' AND '),
    params: tests.flatMap((test) => test.params),
    drive: { sql: `SELECT r.id FROM ${recordTable(target.table)} r WHERE r.search_key IN (${keys.sql})`, params: keys.params },
    keys,
  };
}

/**
 * The number of records matching a search (its clause's `keys`), counted in the index alone: it
 * holds a row for each live record and none for a removed one (`reindex`, `tombstone`).
 */
export function searchCount(keys: Sql): Sql {
  return {
    sql: `SELECT count(*) AS n FROM (${keys.sql})`,
    params: keys.params,
  };
}

/**
 * Ids of records of the type sharing any of these words (three characters or more: the trigram
 * index's unit), best match first: the candidates a "does this resemble an existing one?" check scores.
 */
export function rankedMatches(db: Db, target: SearchTarget, words: readonly string[], limit = 20): string[] {
  const terms = [...new Set(words)].filter((word) => [...word].length >= 3).map((word) => `"${word.replace(/"/g, '""')}"`);
  if (terms.length === 0) return [];
  const table = searchTable(target.kind);
  const rows = statement(
    db,
    `SELECT r.id FROM ${recordTable(target.table)} r WHERE r.search_key IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT ?)`,
  ).all(terms.join(' OR '), limit) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}
