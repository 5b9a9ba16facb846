import type { AuditEntry } from '../../../../shared/models/audit';
import type { Page } from '../../../../shared/models/common';
import { statement, type Db } from '../connection';

export type AuditRowInput = {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: AuditEntry['action'];
  before: unknown;
  after: unknown;
  reason?: string | null;
};

type AuditRow = {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: AuditEntry['action'];
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
};

const asJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export function insertAuditRow(db: Db, row: AuditRowInput): void {
  statement(
    db,
    `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, after_json, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.at, row.actor, row.entity, row.entityId, row.action, asJson(row.before), asJson(row.after), row.reason ?? null);
}

/** Which records a batch entry names (migration 15). */
export function insertAuditBatchRows(db: Db, auditId: string, entityIds: readonly string[]): void {
  const insert = statement(db, 'INSERT INTO audit_batch_rows (entity_id, audit_id) VALUES (?, ?)');
  for (const entityId of entityIds) insert.run(entityId, auditId);
}

/** No restore of the deleted record `d` came after its deletion. */
const NOT_RESTORED = `NOT EXISTS (SELECT 1 FROM audit_log r WHERE r.entity_id = d.entity_id AND r.action = 'restore' AND r.at >= d.at)`;

/**
 * The statements the audit list runs, named so that a test can read their plans: the whole log
 * newest first walks `audit_log_at` backwards; one record's trail is its own rows
 * (`audit_log_entity_at`) and the batch entries that name it (`audit_batch_rows`), merged in order.
 * The deleted records are the delete entries (`audit_log_deletions`) of the kinds `@kinds` names
 * that no restore has followed (one seek each of `audit_log_entity_at`).
 */
export const AUDIT_QUERIES = {
  allCount: 'SELECT count(*) AS n FROM audit_log',
  allPage: 'SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT ? OFFSET ?',
  recordCount: `SELECT (SELECT count(*) FROM audit_log WHERE entity_id = @id) + (SELECT count(*) FROM audit_batch_rows WHERE entity_id = @id) AS n`,
  recordPage: `SELECT * FROM (
      SELECT * FROM audit_log WHERE entity_id = @id
      UNION ALL
      SELECT l.* FROM audit_batch_rows b JOIN audit_log l ON l.id = b.audit_id WHERE b.entity_id = @id
    ) ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`,
  deletedCount: `SELECT count(*) AS n FROM audit_log d INDEXED BY audit_log_deletions
     WHERE d.action = 'delete' AND d.entity IN (SELECT value FROM json_each(@kinds)) AND ${NOT_RESTORED}`,
  deletedPage: `SELECT d.* FROM audit_log d INDEXED BY audit_log_deletions
     WHERE d.action = 'delete' AND d.entity IN (SELECT value FROM json_each(@kinds)) AND ${NOT_RESTORED}
     ORDER BY d.at DESC, d.id DESC LIMIT @limit OFFSET @offset`,
} as const;

/**
 * A batch entry as one record's history shows it: the entry for this record alone (its row in the
 * batch), not the names of every other row the batch made.
 */
function forRecord(entry: AuditEntry, entityId: string): AuditEntry {
  if (entry.entityId === entityId) return entry;
  const after = entry.after as { rows?: Array<{ id: string; row: number }> } | null;
  const own = after?.rows?.find((r) => r.id === entityId);
  return { ...entry, entityId, after: { ...after, rows: own ? [own] : [] } };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    reason: row.reason ?? null,
  };
}

/** The records of `kinds` deleted and not restored since, the latest deletion first, each as its delete entry (the record as it was, and why). */
export function listDeletedRows(db: Db, kinds: readonly string[], query: { offset: number; limit: number }): Page<AuditEntry> {
  const params = { kinds: JSON.stringify(kinds), limit: query.limit, offset: query.offset };
  const total = (statement(db, AUDIT_QUERIES.deletedCount).get({ kinds: params.kinds }) as { n: number }).n;
  const rows = statement(db, AUDIT_QUERIES.deletedPage).all(params) as AuditRow[];
  return { total, rows: rows.map(toEntry) };
}

/** Newest first; one record's trail when `entityId` is given (its batch entries among them). */
export function listAuditRows(db: Db, query: { entityId?: string; offset: number; limit: number }): Page<AuditEntry> {
  const { entityId } = query;
  if (entityId === undefined) {
    const total = (statement(db, AUDIT_QUERIES.allCount).get() as { n: number }).n;
    const rows = statement(db, AUDIT_QUERIES.allPage).all(query.limit, query.offset) as AuditRow[];
    return { total, rows: rows.map(toEntry) };
  }
  const total = (statement(db, AUDIT_QUERIES.recordCount).get({ id: entityId }) as { n: number }).n;
  const rows = statement(db, AUDIT_QUERIES.recordPage).all({ id: entityId, limit: query.limit, offset: query.offset }) as AuditRow[];
  return { total, rows: rows.map((row) => forRecord(toEntry(row), entityId)) };
}
