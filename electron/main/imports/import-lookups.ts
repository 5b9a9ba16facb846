import { statement, type Db } from '../db/connection';
import { importedRows, organisationCandidates } from '../db/repos/import-repo';
import { referencesTaken } from '../db/repos/agreement-repo';
import type { Lookups } from './interpret';

/** What interpreting a file asks of the register, each organisation name looked up once. */
export function registerLookups(db: Db): Lookups {
  const candidates = new Map<string, ReturnType<Lookups['candidates']>>();
  return {
    candidates(name, key) {
      let found = candidates.get(key);
      if (!found) {
        found = organisationCandidates(db, name.trim(), key.split(' '));
        candidates.set(key, found);
      }
      return found;
    },
    referencesTaken: (referenceNos) => referencesTaken(db, referenceNos),
    importedRows: (rowHashes) => importedRows(db, rowHashes),
  };
}

/**
 * Where the register stands as this connection sees it: another connection's commits move
 * `data_version`, this connection's own writes move `total_changes()`. Two equal readings mean
 * nothing an interpretation read can have changed in between (an import's own commit is another
 * connection's, so it counts).
 */
export function registerVersion(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const { changes } = statement(db, 'SELECT total_changes() AS changes').get() as { changes: number };
  return `${version}:${changes}`;
}
