import type { Db } from '../connection';

/**
 * Documents (content-addressed versions), the append-only signing-record chain, and the office's
 * public keys. Signing records refuse UPDATE and DELETE in the schema itself; someone holding the
 * file can still drop the triggers, which is what the hash chain is for.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      agreement_id TEXT NOT NULL REFERENCES agreements(id),
      title TEXT NOT NULL,
      language TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX documents_agreement ON documents(agreement_id);

    CREATE TABLE document_versions (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      version INTEGER NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      file_name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      is_signed INTEGER NOT NULL DEFAULT 0 CHECK (is_signed IN (0, 1)),
      uploaded_by TEXT NOT NULL,
      uploaded_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT,
      UNIQUE (document_id, version)
    );
    CREATE INDEX document_versions_sha ON document_versions(sha256);

    CREATE TABLE signing_records (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      agreement_id TEXT NOT NULL REFERENCES agreements(id),
      document_version_id TEXT NOT NULL REFERENCES document_versions(id),
      document_sha256 TEXT NOT NULL,
      party_organisation_id TEXT NOT NULL REFERENCES organisations(id),
      party_name TEXT NOT NULL,
      signatory_person_id TEXT NOT NULL REFERENCES people(id),
      signatory_name TEXT NOT NULL,
      signed_on TEXT NOT NULL,
      place TEXT NOT NULL,
      method TEXT NOT NULL,
      event_id TEXT,
      corrects_id TEXT REFERENCES signing_records(id),
      note TEXT NOT NULL DEFAULT '',
      recorded_by TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      device_id TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE
    );
    CREATE INDEX signing_records_agreement ON signing_records(agreement_id);
    CREATE TRIGGER signing_records_no_update BEFORE UPDATE ON signing_records
      BEGIN SELECT RAISE(ABORT, 'signing records are append-only'); END;
    CREATE TRIGGER signing_records_no_delete BEFORE DELETE ON signing_records
      BEGIN SELECT RAISE(ABORT, 'signing records are append-only'); END;

    -- Public keys that signed exports (ours, current and retired) or that we trust (imported).
    CREATE TABLE office_keys (
      key_id TEXT PRIMARY KEY,
      public_key TEXT NOT NULL,
      label TEXT NOT NULL DEFAULT '',
      origin TEXT NOT NULL CHECK (origin IN ('own', 'imported')),
      active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      retired_at TEXT
    );
  `);
}
