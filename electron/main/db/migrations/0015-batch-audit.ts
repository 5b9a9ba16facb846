import type { Db } from '../connection';

/**
 * Bulk writes at register scale (issue 13).
 *
 * - `audit_batch_rows`: a batch write (demo data, an import, the benchmark's seed) is one audit
 *   entry naming every row it made, not one whole copy of each record. This table says which
 *   records an entry names, so a record's own history still finds how it was created (one indexed
 *   lookup by record id). Old audit rows are not converted: each still names its own record.
 * - The "all audit" list and one record's trail, newest first, each read from an index in the
 *   order they show (the record's trail by (entity_id, at, id), with no sort of its own).
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE audit_batch_rows (
      entity_id TEXT NOT NULL,
      audit_id TEXT NOT NULL REFERENCES audit_log(id),
      PRIMARY KEY (entity_id, audit_id)
    ) WITHOUT ROWID;
    CREATE INDEX audit_log_entity_at ON audit_log(entity_id, at, id);
    DROP INDEX IF EXISTS audit_log_entity;
  `);
}
