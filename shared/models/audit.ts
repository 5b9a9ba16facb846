import { z } from 'zod';
import { Id, PageRequest } from './common';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'transition', 'seed', 'sign', 'export'] as const;

export const AuditEntry = z.object({
  id: Id,
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageRequest.extend({ entityId: Id.optional() });
export type AuditQuery = z.input<typeof AuditQuery>;
