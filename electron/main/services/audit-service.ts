import type { AuditEntry, AuditQuery } from '../../../shared/models/audit';
import type { Page } from '../../../shared/models/common';
import { insertAuditRow, listAuditRows } from '../db/repos/audit-repo';
import { newId, timestamp, type ServiceContext } from './service-context';

export type AuditAction = AuditEntry['action'];

/** Writes one audit row; call it inside the same transaction as the change it describes. */
export function recordAudit(
  ctx: ServiceContext,
  entry: { entity: string; entityId: string; action: AuditAction; before: unknown; after: unknown; reason?: string },
): void {
  insertAuditRow(ctx.db, { id: newId(), at: timestamp(ctx), actor: ctx.actor, ...entry });
}

const BOOKKEEPING = new Set(['updatedAt', 'updatedBy', 'createdAt']);

/**
 * The top-level fields an edit changed, before and after: an audit row of an update holds these
 * only, not two whole copies of the record (the register's size is mostly its history otherwise).
 */
export function changedFields(before: object, after: object): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !BOOKKEEPING.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, a[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, b[key] ?? null])),
  };
}

export function listAudit(ctx: ServiceContext, query: Required<Omit<AuditQuery, 'entityId'>> & { entityId?: string }): Page<AuditEntry> {
  return listAuditRows(ctx.db, query);
}
