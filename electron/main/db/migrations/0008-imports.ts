import type { Db } from '../connection';

/**
 * Imports of an office's register from CSV or XLSX files (issue 11). An import remembers the file
 * (its SHA-256), every row it read (a hash of the row's cells, what became of it, the row as
 * written) and every record it created with the `updated_at` it was created with, so that
 * re-importing the same file skips the rows already in, and an undo can tell a record edited since.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE imports (
      id TEXT PRIMARY KEY,
      file_name TEXT NOT NULL,
      file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
      file_size INTEGER NOT NULL CHECK (typeof(file_size) = 'integer' AND file_size >= 0),
      format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
      encoding TEXT NOT NULL DEFAULT '',
      sheet TEXT NOT NULL DEFAULT '',
      header_row INTEGER,
      mapping TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mapping)),
      options TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options)),
      row_count INTEGER NOT NULL,
      created_count INTEGER NOT NULL,
      already_count INTEGER NOT NULL,
      unreadable_count INTEGER NOT NULL,
      organisations_created INTEGER NOT NULL,
      undone_at TEXT,
      undone_by TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    -- The list of past imports, newest first; earlier imports of the same file.
    CREATE INDEX imports_by_created ON imports(created_at, id);
    CREATE INDEX imports_file ON imports(file_sha256, created_at);

    CREATE TABLE import_rows (
      id TEXT PRIMARY KEY,
      import_id TEXT NOT NULL REFERENCES imports(id),
      row_number INTEGER NOT NULL,
      row_hash TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('created', 'already_imported', 'unreadable', 'empty')),
      agreement_id TEXT REFERENCES agreements(id),
      -- The agreement's updated_at as the import left it: a later edit moves it.
      agreement_updated_at TEXT,
      reason TEXT NOT NULL DEFAULT '',
      row_text TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(row_text)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT,
      CHECK ((outcome = 'created') = (agreement_id IS NOT NULL))
    );
    CREATE INDEX import_rows_import ON import_rows(import_id, row_number);
    -- Is this row in the register already? One seek per row of the file being read.
    CREATE INDEX import_rows_live_hash ON import_rows(row_hash) WHERE outcome = 'created' AND deleted_at IS NULL;
    CREATE INDEX import_rows_agreement ON import_rows(agreement_id) WHERE agreement_id IS NOT NULL;

    CREATE TABLE import_organisations (
      id TEXT PRIMARY KEY,
      import_id TEXT NOT NULL REFERENCES imports(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      organisation_updated_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX import_organisations_import ON import_organisations(import_id, organisation_id);
  `);
}
