import type { AuditEntry, AuditQuery } from '../../../shared/models/audit';
import type { Page } from '../../../shared/models/common';
import { newId, timestamp, type ServiceContext } from './service-context';

export type AuditAction = AuditEntry['action'];

type AuditRow = {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
};

/** Writes one audit row; call it inside the same transaction as the change it describes. */
export function recordAudit(
  ctx: ServiceContext,
  entry: { entity: string; entityId: string; action: AuditAction; before: unknown; after: unknown },
): void {
  ctx.db
    .prepare(
      `INSERT INTO audit_log (id, at, actor, entity, entity_id, action, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      newId(),
      timestamp(ctx),
      ctx.actor,
      entry.entity,
      entry.entityId,
      entry.action,
      entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
    );
}

export function listAudit(ctx: ServiceContext, query: Required<Omit<AuditQuery, 'entityId'>> & { entityId?: string }): Page<AuditEntry> {
  const where = query.entityId ? 'WHERE entity_id = ?' : '';
  const params = query.entityId ? [query.entityId] : [];
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(...params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
    .all(...params, query.limit, query.offset) as AuditRow[];
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
    })),
  };
}
