import { forgetStatements, type Db } from './connection';

/**
 * Keeps the query planner's statistics current: without them SQLite guessed, walked the wrong
 * index and sorted the whole register (issue 13). At start-up `PRAGMA optimize` re-analyses only
 * tables that changed a lot since last time (0x10002: also ones never analysed, with a row limit so
 * it stays quick); after a bulk write, or when asked for `full`, every table is analysed.
 */
export function refreshStatistics(db: Db, options: { full?: boolean } = {}): void {
  if (options.full) db.exec('ANALYZE');
  else db.pragma('optimize=0x10002');
  dropSamplesNotNeeded(db);
}

/**
 * Sampled indexes that lose their samples: all but those led by a column that may be NULL.
 * `ANALYZE` in this build also keeps samples of each index's values (`sqlite_stat4`), and a
 * statement whose WHERE binds a value to a sampled index's key is planned again on every run, for
 * that value: looking up an agreement's parties took 56 µs instead of 20, the next reference number
 * 60 µs instead of 20, and a create ran a dozen such statements. Ids, statuses, kinds and
 * expressions over them gain nothing from samples over `sqlite_stat1`'s averages. A nullable
 * first column keeps them: the averages count every NULL as one value, so `parent_id`, NULL for
 * nearly every agreement, looked like no index at all and the follow-ons query walked the register.
 * Primary keys of WITHOUT ROWID tables are tables, not indexes, in `sqlite_schema`, and keep theirs.
 */
const SAMPLES_TO_DROP = `SELECT DISTINCT s.idx FROM sqlite_stat4 s
    JOIN sqlite_schema i ON i.type = 'index' AND i.name = s.idx
    JOIN pragma_index_xinfo(i.name) k ON k.seqno = 0
   WHERE NOT EXISTS (SELECT 1 FROM pragma_table_info(i.tbl_name) c WHERE c.cid = k.cid AND NOT c."notnull" AND NOT c.pk)`;

function dropSamplesNotNeeded(db: Db): void {
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat4'").get()) return;
  const sampled = db.prepare(SAMPLES_TO_DROP).pluck().all() as string[];
  if (sampled.length === 0) return;
  db.transaction(() => {
    db.prepare('DELETE FROM sqlite_stat4 WHERE idx IN (SELECT value FROM json_each(?))').run(JSON.stringify(sampled));
    // Loads the statistics again; statements prepared before keep re-planning, so they go too.
    db.exec('ANALYZE sqlite_schema');
  })();
  forgetStatements(db);
}
