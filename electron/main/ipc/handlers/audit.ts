import { listAudit, listDeleted } from '../../services/audit-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

/** The audit log, and the deleted records of `restorable` (the record types' kinds) that may be brought back. */
export function auditHandlers(ctx: ServiceContext, restorable: readonly string[]): Pick<HandlerMap, 'audit:list' | 'audit:deleted'> {
  return {
    'audit:list': (query) => listAudit(ctx, query),
    'audit:deleted': (query) => listDeleted(ctx, restorable, query),
  };
}
