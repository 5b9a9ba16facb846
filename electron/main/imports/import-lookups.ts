import type { Db } from '../db/connection';
import { importedRow, organisationCandidates } from '../db/repos/import-repo';
import { referenceTaken } from '../db/repos/agreement-repo';
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
    referenceTaken: (referenceNo) => referenceTaken(db, referenceNo, null),
    importedRow: (rowHash) => importedRow(db, rowHash),
  };
}
