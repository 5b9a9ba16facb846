import { likePattern, statement, type Db } from './connection';
import type { Sql } from './record-table';

/**
 * The local-only full-text index: one FTS5 trigram table per record type (`<kind>_search`, so Korean
 * and Chinese match inside words), keyed by a persistent integer from `search_keys`. Keying by that
 * integer, not by the record's text id, makes replacing a record's row a rowid lookup instead of a
 * scan of the whole index; the tables' own rowids are not used because VACUUM may renumber them.
 */

/** Bump when what a record contributes to search changes: the index is rebuilt at the next start. */
export const SEARCH_VERSION = '2';

function searchTable(kind: string): string {
  if (!/^[a-z_]+$/.test(kind)) throw new Error(`Not a record kind: ${kind}`);
  return `${kind}_search`;
}

/** The record's key in the index, if it has one. */
function searchKey(db: Db, kind: string, recordId: string): number | null {
  const found = statement(db, 'SELECT rowid AS k FROM search_keys WHERE kind = ? AND record_id = ?').get(kind, recordId) as { k: number } | undefined;
  return found ? found.k : null;
}

/**
 * Replaces the record's searchable text (the words of its fields and the names it shows). A record
 * not indexed yet only gets its row inserted: FTS5 flushes its pending terms to a new segment
 * whenever a row is written at a rowid it has just deleted, so a delete-then-insert per create made
 * every create of a batch write a segment, and each create cost more as the index grew (issue 13).
 */
export function writeSearchText(db: Db, kind: string, recordId: string, text: string): void {
  const key = searchKey(db, kind, recordId);
  if (key === null) return addSearchText(db, kind, recordId, text);
  const table = searchTable(kind);
  // Most saves leave the words alone (a change of status, a date): rewriting them anyway wrote a
  // segment of deletions and one of insertions, about as many pages as the rest of the save.
  const stored = statement(db, `SELECT body FROM ${table} WHERE rowid = ?`).get(key) as { body: string } | undefined;
  if (stored?.body === text) return;
  statement(db, `DELETE FROM ${table} WHERE rowid = ?`).run(key);
  statement(db, `INSERT INTO ${table} (rowid, body) VALUES (?, ?)`).run(key, text);
}

/** The searchable text of a record made in this write: it has no key or row yet, so none is looked for. */
export function addSearchText(db: Db, kind: string, recordId: string, text: string): void {
  const key = Number(statement(db, 'INSERT INTO search_keys (kind, record_id) VALUES (?, ?)').run(kind, recordId).lastInsertRowid);
  statement(db, `INSERT INTO ${searchTable(kind)} (rowid, body) VALUES (?, ?)`).run(key, text);
}

export function deleteSearchText(db: Db, kind: string, recordId: string): void {
  const key = searchKey(db, kind, recordId);
  if (key === null) return;
  statement(db, `DELETE FROM ${searchTable(kind)} WHERE rowid = ?`).run(key);
  statement(db, 'DELETE FROM search_keys WHERE rowid = ?').run(key);
}

/**
 * Merges one record type's index into a single segment, after a bulk load. FTS5 keeps merging the
 * segments a large batch leaves behind a little at each later write: at 100,000 agreements the
 * seed left a merge that cost single saves about thirty pages each (a third of what a create
 * wrote). Merging once is ~0.4 s at 100,000 records.
 */
export function compactSearch(db: Db, kind: string): void {
  const table = searchTable(kind);
  statement(db, `INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
}

/** Empties one record type's index (before a rebuild). */
export function clearSearch(db: Db, kind: string): void {
  statement(db, `DELETE FROM ${searchTable(kind)}`).run();
  statement(db, 'DELETE FROM search_keys WHERE kind = ?').run(kind);
}

/**
 * A search as filters, each three ways (the record kit's `Clause`, with `keys`): `sql` tests a row
 * a list walks in sort order, `drive` names the matching records (for a list that starts from few
 * matches), `keys` names the matching rows of the index (for a count that needs nothing else).
 * Words of three or more characters are one filter through the trigram index (FTS5 intersects
 * their matches itself): a walked row's key, one seek in `search_keys`, is looked up among the
 * index's matches, which SQLite reads once per query. A shorter word (성남, AI) is a filter of its
 * own, a LIKE over the indexed text read from FTS5's content table (`<table>_content`: id, c0),
 * where a scan is a third quicker than through the virtual table; a walked row tests its own
 * text, so a common short word fills a page without reading every text.
 * Measured at 100,000 agreements through the handlers: "research" (40,000 matches) 96 → 19 ms,
 * "AI" (55,000) 138 → 17–22 ms.
 */
export function searchClauses(kind: string, idColumn: string, search: string): Array<Sql & { drive: Sql; keys: Sql }> {
  const table = searchTable(kind);
  const key = `(SELECT k.rowid FROM search_keys k WHERE k.kind = '${kind}' AND k.record_id = ${idColumn})`;
  const words = search.split(/\s+/).filter(Boolean);
  const long = words.filter((word) => [...word].length >= 3);
  const filters: Array<{ keys: Sql; test: string }> = [];
  if (long.length) {
    const keys = { sql: `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`, params: [long.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ')] };
    filters.push({ keys, test: `${key} IN (${keys.sql})` });
  }
  for (const word of words.filter((w) => [...w].length < 3)) {
    filters.push({
      keys: { sql: `SELECT id FROM ${table}_content WHERE c0 LIKE ? ESCAPE '\\'`, params: [likePattern(word)] },
      test: `(SELECT t.c0 FROM ${table}_content t WHERE t.id = ${key}) LIKE ? ESCAPE '\\'`,
    });
  }
  return filters.map(({ keys, test }) => ({
    sql: test,
    params: keys.params,
    drive: { sql: `SELECT k.record_id FROM search_keys k WHERE k.rowid IN (${keys.sql})`, params: keys.params },
    keys,
  }));
}

/**
 * The number of records matching every word, counted in the index alone: it holds a row for each
 * live record and none for a removed one (`reindex`, `tombstone`).
 */
export function searchCount(words: ReadonlyArray<{ keys: Sql }>): Sql {
  return {
    sql: `SELECT count(*) AS n FROM (${words.map((w) => w.keys.sql).join(' INTERSECT ')})`,
    params: words.flatMap((w) => w.keys.params),
  };
}

/**
 * Ids of records of `kind` sharing any of these words (three characters or more: the trigram index's
 * unit), best match first: the candidates a "does this resemble an existing one?" check scores.
 */
export function rankedMatches(db: Db, kind: string, words: readonly string[], limit = 20): string[] {
  const terms = [...new Set(words)].filter((word) => [...word].length >= 3).map((word) => `"${word.replace(/"/g, '""')}"`);
  if (terms.length === 0) return [];
  const table = searchTable(kind);
  const rows = statement(
    db,
    `SELECT k.record_id FROM search_keys k WHERE k.rowid IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT ?)`,
  ).all(terms.join(' OR '), limit) as Array<{ record_id: string }>;
  return rows.map((row) => row.record_id);
}
