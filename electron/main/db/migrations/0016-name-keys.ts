import type { Db } from '../connection';
import { rebuildNameKeys } from '../name-keys';

/**
 * Duplicate warnings (issue 11): every organisation's and person's names — the name and the names in
 * other scripts — by their normalised match key (`shared/name-key.ts`: case, width, spacing,
 * punctuation and Latin accents removed), so a form can ask "is this KAIST again?" with one index
 * seek per name. A table rather than a column on each record table, because a record has as many
 * keys as it has names. Back-filled here from the live rows; the record kit keeps it from then on.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE name_keys (
      kind TEXT NOT NULL,
      key TEXT NOT NULL CHECK (key <> ''),
      record_id TEXT NOT NULL,
      PRIMARY KEY (kind, key, record_id)
    ) WITHOUT ROWID;
    -- Rewriting one record's keys on an edit or delete finds them through this.
    CREATE INDEX name_keys_record ON name_keys(record_id, kind);
  `);
  rebuildNameKeys(db, 'organisations', { name: 'name', altNames: 'alt_names' }, 'organisation');
  rebuildNameKeys(db, 'people', { name: 'name', altNames: 'alt_names' }, 'person');
}
