import { z } from 'zod';
import { Id, PageRequest } from './common';

/**
 * `correct`: signed terms corrected (not amended) with a reason; `put_back`: a status set by
 * mistake put back; `delete` with a reason is a removal of a mis-entered record; `restore` undoes one.
 */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'transition', 'seed', 'sign', 'export', 'correct', 'put_back', 'restore'] as const;

export const AuditEntry = z.object({
  id: Id,
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** Why, when the change needed one (a correction, a put-back, a removal, a restore). */
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageRequest.extend({ entityId: Id.optional() });
export type AuditQuery = z.input<typeof AuditQuery>;
