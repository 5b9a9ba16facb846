import type { Db } from '../connection';

/**
 * Version 6 is another branch's step (it lands with it); this stand-in keeps the list contiguous
 * until then and changes nothing. The merge replaces it with the real step 6.
 */
export function up(db: Db): void {
  void db;
}
