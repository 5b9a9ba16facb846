import type { Db } from '../connection';

/**
 * The agreements expiring soon (the list's "expiring within" filter, the home page's count) are
 * agreements in force whose term ends in the window, less those that renew by themselves. The
 * index on (status, end of term) found the window, then read every agreement in it from the table
 * to test its term's kind: at 100,000 agreements, counting a 90-day window (1,667 agreements)
 * took 0.66 ms of a 1.9 ms list. With the kind in the index the count is 0.12 ms and the list
 * 1.3 ms; the index still serves "active, by expiry" as before.
 */
export function up(db: Db): void {
  db.exec(`
    DROP INDEX IF EXISTS agreements_status_by_expires_asc;
    CREATE INDEX agreements_status_by_expires_asc ON agreements(status, ifnull(ends_on, '~'), term_kind) WHERE deleted_at IS NULL;
  `);
}
