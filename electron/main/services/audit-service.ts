import type { AuditEntry, AuditQuery } from '../../../shared/models/audit';
import type { Page } from '../../../shared/models/common';
import { insertAuditBatchRows, insertAuditRow, listAuditRows, listDeletedRows } from '../db/repos/audit-repo';
import { newId, timestamp, type ServiceContext } from './service-context';

export type AuditAction = AuditEntry['action'];

/** Writes one audit row and returns its id; call it inside the same transaction as the change it describes. */
export function recordAudit(
  ctx: ServiceContext,
  entry: { entity: string; entityId: string; action: AuditAction; before: unknown; after: unknown; reason?: string },
): string {
  const id = newId();
  insertAuditRow(ctx.db, { id, at: timestamp(ctx), actor: ctx.actor, ...entry });
  return id;
}

/** Says that an audit entry also names these records (a batch's rows): each one's history finds it. */
export function nameInAudit(ctx: ServiceContext, auditId: string, entityIds: readonly string[]): void {
  insertAuditBatchRows(ctx.db, auditId, entityIds);
}

/**
 * One audit entry for a batch write, naming every record it made (`after.rows`), and indexed by
 * each of them so a record's own history still finds how it came to be.
 */
export function recordBatchAudit(ctx: ServiceContext, entry: { entity: string; action: AuditAction; ids: readonly string[]; after: unknown }): string {
  const id = newId();
  insertAuditRow(ctx.db, { id, at: timestamp(ctx), actor: ctx.actor, entity: entry.entity, entityId: `batch:${id}`, action: entry.action, before: null, after: entry.after });
  nameInAudit(ctx, id, entry.ids);
  return id;
}

const BOOKKEEPING = new Set(['id', 'updatedAt', 'updatedBy', 'createdAt']);

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * What a create changed: every field given a value (from nothing), without the bookkeeping the
 * row itself keeps. Empty fields are left out; a reader takes a missing field as empty.
 */
export function createdFields(created: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(created).filter(([key, value]) => !BOOKKEEPING.has(key) && !isEmpty(value)));
}

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

/** Deleted records of `kinds` (the record types that can be restored) not restored since, the latest first. */
export function listDeleted(ctx: ServiceContext, kinds: readonly string[], query: { offset: number; limit: number }): Page<AuditEntry> {
  return listDeletedRows(ctx.db, kinds, query);
}

export function listAudit(ctx: ServiceContext, query: Required<Omit<AuditQuery, 'entityId'>> & { entityId?: string }): Page<AuditEntry> {
  return listAuditRows(ctx.db, query);
}
