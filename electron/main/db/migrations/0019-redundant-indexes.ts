import type { Db } from '../connection';

/**
 * Indexes no query reads any more, each written by every save of an agreement or a party (issue
 * 13: a create wrote a leaf page of each of the agreement's 36 indexes):
 *
 * - `agreements_status` and `agreements_expires` (step 1): every list, count and job now reads
 *   live agreements through the partial indexes of steps 7, 10 and 12, which lead with the same
 *   column and hold the sort key too.
 * - `agreement_parties_organisation` (step 1): every lookup of an organisation's parties asks for
 *   live ones, which `agreement_parties_organisation_live` (step 7) serves with the agreement in
 *   the index. Organisations are never deleted outright (a removal is a tombstone), so the foreign
 *   key never needs it either.
 *
 * At 100,000 agreements: 13 MB less, and three pages fewer in each create.
 */
export function up(db: Db): void {
  db.exec(`
    DROP INDEX IF EXISTS agreements_status;
    DROP INDEX IF EXISTS agreements_expires;
    DROP INDEX IF EXISTS agreement_parties_organisation;
  `);
}
