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

/** Newest first; one record's trail when `entityId` is given. */
export function listAuditRows(db: Db, query: { entityId?: string; offset: number; limit: number }): Page<AuditEntry> {
  const where = query.entityId ? 'WHERE entity_id = ?' : '';
  const params = query.entityId ? [query.entityId] : [];
  const total = (statement(db, `SELECT count(*) AS n FROM audit_log ${where}`).get(...params) as { n: number }).n;
  const rows = statement(db, `SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`).all(
    ...params,
    query.limit,
    query.offset,
  ) as AuditRow[];
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
      before: row.before_json === null ? null : JSON.parse(row.before_json),
      after: row.after_json === null ? null : JSON.parse(row.after_json),
      reason: row.reason ?? null,
    })),
  };
}
