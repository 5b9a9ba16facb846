import { CLOSE_MATCH, matchKeys, nameKey, similarity } from '../../../shared/name-key';
import type { z } from 'zod';
import type { SimilarNamesQuery, SimilarRecord } from '../../../shared/models/similar-names';
import { statement, type Db } from '../db/connection';
import { idsByNameKeys, namesOfRow } from '../db/name-keys';
import { rankedMatches } from '../db/search-index';

/** Where a type's likely duplicates are read from: its table, and what tells two of one name apart. */
export type SimilarSource = {
  /** The record type and its table (whose rows carry their search keys). */
  kind: string;
  table: string;
  /**
   * Selects `id`, `name`, `alt_names`, `detail` and `deleted_at` of the rows whose ids are the JSON
   * list `?`: by primary key, the deleted ones skipped here (a `deleted_at` filter in SQL tempts the
   * planner onto a list index).
   */
  rowsSql: string;
};

type CandidateRow = { id: string; name: string; alt_names: string; detail: string | null; deleted_at: string | null };

/** How many likely duplicates a warning lists: more would be a search, not a warning. */
const SHOWN = 5;

/**
 * The records a name being typed may duplicate: first those with a name of the same match key (its
 * name or a name in another script: "KAIST" finds the institute whose other name is KAIST), found
 * through `name_keys`; then those sharing words with it that are alike enough to ask (Dice of the
 * character pairs ≥ CLOSE_MATCH), found through the type's search index. Never the record being edited.
 */
export function similarRecords(db: Db, source: SimilarSource, query: z.output<typeof SimilarNamesQuery>): SimilarRecord[] {
  const typed = [query.name, ...query.altNames].filter((name) => name.trim() !== '');
  const keys = matchKeys(typed);
  if (keys.length === 0) return [];
  const typedKeys = typed.map(nameKey);
  const words = typedKeys.flatMap((key) => key.split(' '));
  const ids = new Set([...idsByNameKeys(db, source.kind, keys), ...rankedMatches(db, source, words)]);
  if (query.excludeId) ids.delete(query.excludeId);
  if (ids.size === 0) return [];
  const rows = statement(db, source.rowsSql).all(JSON.stringify([...ids])) as CandidateRow[];

  const found: Array<SimilarRecord & { score: number }> = [];
  for (const row of rows) {
    if (row.deleted_at !== null) continue;
    const names = namesOfRow(row);
    const same = names.find((name) => matchKeys([name]).some((key) => keys.includes(key)));
    if (same !== undefined) {
      found.push({ id: row.id, name: row.name, matchedName: same, similarity: 'same', detail: row.detail ?? '', score: 2 });
      continue;
    }
    let best = { score: 0, name: row.name };
    for (const name of names) {
      const key = nameKey(name);
      for (const typedKey of typedKeys) {
        const score = similarity(key, typedKey);
        if (score > best.score) best = { score, name };
      }
    }
    if (best.score >= CLOSE_MATCH) {
      found.push({ id: row.id, name: row.name, matchedName: best.name, similarity: 'close', detail: row.detail ?? '', score: best.score });
    }
  }
  return found
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, SHOWN)
    .map(({ score: _score, ...record }) => record);
}
