import type { Db } from '../connection';

/**
 * Signing records carry the office key's signature over their place and hash, so a record
 * rewritten together with a recomputed chain is still caught. And `INSERT OR REPLACE` is refused:
 * REPLACE deletes the clashing row without firing the DELETE trigger, which let a record be
 * swapped in place.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE signing_records ADD COLUMN key_id TEXT;
    ALTER TABLE signing_records ADD COLUMN signature TEXT;
    CREATE TRIGGER signing_records_no_replace BEFORE INSERT ON signing_records
      WHEN EXISTS (SELECT 1 FROM signing_records WHERE seq = NEW.seq OR id = NEW.id OR hash = NEW.hash)
      BEGIN SELECT RAISE(ABORT, 'signing records are append-only'); END;
  `);
}
