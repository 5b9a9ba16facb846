import type { Db } from '../connection';

/**
 * The deleted records a user may bring back, newest first: the audit's delete entries, through an
 * index of their own (a register's log holds every create and edit; its deletions are few), each
 * tested for a later restore with one seek of `audit_log_entity_at`.
 */
export function up(db: Db): void {
  db.exec(`CREATE INDEX audit_log_deletions ON audit_log(at, id) WHERE action = 'delete';`);
}
