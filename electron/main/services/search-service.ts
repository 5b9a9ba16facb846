import { readMeta, writeMeta } from '../db/repos/local-meta-repo';
import { SEARCH_VERSION } from '../db/search-index';
import type { RecordTable } from '../db/record-table';
import { inTransaction } from '../db/connection';
import type { ServiceContext } from './service-context';

/**
 * Fills the search indexes when what is indexed changed (after an upgrade, or a register restored
 * from elsewhere); a no-op on every other start.
 */
export function ensureSearchIndex(ctx: ServiceContext, tables: ReadonlyArray<Pick<RecordTable<unknown, unknown>, 'rebuildSearch'>>): boolean {
  if (readMeta(ctx.db, 'search_version') === SEARCH_VERSION) return false;
  inTransaction(ctx.db, () => {
    for (const table of tables) table.rebuildSearch(ctx.db);
    writeMeta(ctx.db, 'search_version', SEARCH_VERSION);
  });
  return true;
}
