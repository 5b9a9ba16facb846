import type { Db } from '../db/connection';
import type { ChainPoint } from './signing-chain';

/**
 * How far this connection last found the signing chain intact, so that a signed summary checks
 * only the records added since instead of the whole chain (issue 13: at ~0.15–0.3 ms a record, a
 * register with 100,000 signing records spent half a minute on every summary).
 *
 * Kept in memory only, never in the data folder: an attacker who holds the files cannot forge it.
 * It is reused only while nothing but this connection has written the register (SQLite's
 * `data_version` changes when any other connection, in this process or another, commits) and
 * while the keys and heads that decide a record's signature are the same. This connection never
 * changes a stored signing record (the service only appends, and triggers refuse updates and
 * deletes), so under those conditions the records already walked are the records walked.
 * Anything else (another process's edit, an import on its own connection, a restore, a key
 * rotation, a restart) means the whole chain is walked again.
 */
type Checkpoint = ChainPoint & { dataVersion: number; state: string };

const checkpoints = new WeakMap<Db, Checkpoint>();

/** Changes whenever another connection commits to the register (SQLite's `data_version`). */
export function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/** Where a walk may start, if this connection verified the chain before and nothing else wrote since. */
export function verifiedThrough(db: Db, state: string): ChainPoint | null {
  const kept = checkpoints.get(db);
  if (!kept || kept.state !== state || kept.dataVersion !== dataVersion(db)) return null;
  return { seq: kept.seq, hash: kept.hash };
}

/** Remembers a walk that found the chain intact through `point`, under the keys and heads in `state`. */
export function rememberVerified(db: Db, point: ChainPoint, state: string): void {
  checkpoints.set(db, { ...point, state, dataVersion: dataVersion(db) });
}

/** A walk that found the chain broken: the next one starts from the first record again. */
export function forgetVerified(db: Db): void {
  checkpoints.delete(db);
}
