import type { Db } from '../connection';

/**
 * Each record's key in its type's search index moves onto the record's own row (issue 13). The
 * keys were rows of `search_keys` (kind, text id, unique together): 19 MB at 100,000 agreements,
 * a row and an index entry more in every create, and a seek into it for every row a search walked.
 * Now `search_key` is a column of each searchable table, unique (which also finds the next key),
 * and the index's rows keep their rowids, so nothing is re-indexed. A record not in the index (a
 * removed one) has none.
 */
export const SEARCHABLE = [
  ['agreements', 'agreement'],
  ['organisations', 'organisation'],
  ['people', 'person'],
  ['programs', 'program'],
  ['intakes', 'intake'],
  ['applications', 'application'],
  ['projects', 'project'],
  ['events', 'event'],
  ['placements', 'placement'],
  ['placement_evaluations', 'evaluation'],
  ['hires', 'hire'],
  ['awards', 'award'],
] as const;

export function up(db: Db): void {
  for (const [table, kind] of SEARCHABLE) {
    db.exec(`
      ALTER TABLE ${table} ADD COLUMN search_key INTEGER;
      UPDATE ${table} SET search_key = (SELECT k.rowid FROM search_keys k WHERE k.kind = '${kind}' AND k.record_id = ${table}.id)
        WHERE id IN (SELECT record_id FROM search_keys WHERE kind = '${kind}');
      CREATE UNIQUE INDEX ${table}_search_key ON ${table}(search_key);
    `);
  }
  db.exec('DROP TABLE search_keys');
}
