import type { Db } from '../connection';

/**
 * Documents belong to any record, not only to an agreement: `agreement_id` becomes
 * (`owner_kind`, `owner_id`), with existing rows moved to owner kind 'agreement'. No CHECK on
 * `owner_kind`: the closed list lives in shared/, so a new record type needs no table rebuild.
 *
 * SQLite cannot drop a column that is a foreign key, so the table is rebuilt (SQLite's 12-step
 * procedure), keeping every id so `document_versions.document_id` still finds its row. The
 * migrator holds a transaction, where `PRAGMA foreign_keys` cannot be switched off; instead the
 * check is deferred to COMMIT. Dropping `documents` then counts one pending violation per version
 * row, and re-inserting each document under the table's own name settles it again, which is why
 * the rows are carried aside and copied back rather than copied into a renamed new table. COMMIT
 * then fails, and the step rolls back, if any version were left without its document (step 10).
 */
export function up(db: Db): void {
  db.pragma('defer_foreign_keys = ON');
  db.exec(`
    CREATE TEMP TABLE documents_carry AS
      SELECT id, 'agreement' AS owner_kind, agreement_id AS owner_id, title, language,
             created_at, updated_at, updated_by, deleted_at
        FROM documents;

    DROP INDEX documents_agreement;
    DROP TABLE documents;

    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      owner_kind TEXT NOT NULL,
      owner_id TEXT NOT NULL,
      title TEXT NOT NULL,
      language TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    INSERT INTO documents (id, owner_kind, owner_id, title, language, created_at, updated_at, updated_by, deleted_at)
      SELECT id, owner_kind, owner_id, title, language, created_at, updated_at, updated_by, deleted_at FROM documents_carry;
    DROP TABLE documents_carry;

    -- One owner's documents in the order they are listed (created_at, id).
    CREATE INDEX documents_owner ON documents(owner_kind, owner_id, created_at, id);
  `);
}
