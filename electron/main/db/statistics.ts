import type { Db } from './connection';

/**
 * Keeps the query planner's statistics current: without them SQLite guessed, walked the wrong
 * index and sorted the whole register (issue 13). At start-up `PRAGMA optimize` re-analyses only
 * tables that changed a lot since last time (0x10002: also ones never analysed, with a row limit so
 * it stays quick); after a bulk write, or when asked for `full`, every table is analysed.
 */
export function refreshStatistics(db: Db, options: { full?: boolean } = {}): void {
  if (options.full) db.exec('ANALYZE');
  else db.pragma('optimize=0x10002');
}
