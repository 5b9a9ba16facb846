import type { Db } from '../connection';

/**
 * One search index per record type, keyed by a persistent integer from `search_keys`, replacing
 * the agreement index keyed by a text column (replacing a row scanned the whole index) and whose
 * text held raw JSON (searching "lang" found every agreement with a tag). Local-only: the
 * indexes are filled at the next start from what is stored (`SEARCH_VERSION`).
 */
export function up(db: Db): void {
  db.exec(`
    DROP TABLE agreement_search;
    CREATE TABLE search_keys (
      rowid INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      record_id TEXT NOT NULL,
      UNIQUE (kind, record_id)
    );
    CREATE VIRTUAL TABLE agreement_search USING fts5(body, tokenize = 'trigram');
    CREATE VIRTUAL TABLE organisation_search USING fts5(body, tokenize = 'trigram');
    CREATE VIRTUAL TABLE person_search USING fts5(body, tokenize = 'trigram');
    DELETE FROM local_meta WHERE key = 'search_version';
  `);
}
