import { statement, type Db } from './connection';
import { addNameKeys, deleteNameKeys, rebuildNameKeys, reindexNameKeys, type NameColumns } from './name-keys';
import { addSearchText, addSearchTexts, clearSearch, deleteSearchText, loadSearchTexts, writeSearchText, type SearchSource, type SearchTarget } from './search-index';

/**
 * What a record type keeps beside its rows so that it can be found: its row in the type's search
 * index (from `searchText`, one SQL expression for a single save and a whole batch) and, for types
 * whose duplicates a form warns of, its names' match keys. `defineRecordTable` keeps these in step
 * with every save, removal and batch.
 */
export type RecordIndexing = {
  /** Rewrites the record's index rows from what is stored now (removed ones leave the index). */
  reindex(db: Db, id: string): void;
  /** Indexes a record made in this write, which has no row in the search index yet. */
  indexNew(db: Db, id: string): void;
  /** Indexes every record a batch made; after a bulk load (`merge`) the search index is merged into one segment. */
  indexBatch(db: Db, ids: readonly string[], merge: boolean): void;
  /** Takes a removed record out of the indexes. */
  forget(db: Db, id: string): void;
  /** Rebuilds the type's indexes whole (after an upgrade that changes what is indexed). */
  rebuild(db: Db): void;
};

export function defineRecordIndexing(spec: {
  table: string;
  alias: string;
  kind: string;
  searchText?: { text: string; join?: string };
  names?: NameColumns;
}): RecordIndexing {
  const { table, alias, kind, names } = spec;
  const target: SearchTarget = { kind, table };
  const source: SearchSource | undefined = spec.searchText && { alias, text: spec.searchText.text, join: spec.searchText.join ?? '' };
  const textOf = (db: Db, from: SearchSource, id: string): string =>
    (statement(db, `SELECT ${from.text} AS text FROM ${table} ${alias} ${from.join} WHERE ${alias}.id = ?`).get(id) as { text: string }).text;

  return {
    reindex(db, id) {
      if (names) reindexNameKeys(db, table, names, kind, id);
      if (!source) return;
      const live = statement(db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id);
      if (live) writeSearchText(db, target, id, textOf(db, source, id));
      else deleteSearchText(db, target, id);
    },
    indexNew(db, id) {
      if (names) reindexNameKeys(db, table, names, kind, id);
      if (source) addSearchText(db, target, id, textOf(db, source, id));
    },
    indexBatch(db, ids, merge) {
      if (names) addNameKeys(db, table, names, kind, ids);
      if (!source) return;
      if (merge) loadSearchTexts(db, target, ids, source);
      else addSearchTexts(db, target, ids, source);
    },
    forget(db, id) {
      if (source) deleteSearchText(db, target, id);
      if (names) deleteNameKeys(db, kind, id);
    },
    rebuild(db) {
      if (names) rebuildNameKeys(db, table, names, kind);
      if (!source) return;
      clearSearch(db, target);
      const ids = statement(db, `SELECT id FROM ${table} WHERE deleted_at IS NULL`).all() as Array<{ id: string }>;
      loadSearchTexts(db, target, ids.map((row) => row.id), source);
    },
  };
}
