import { listAudit } from '../../services/audit-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

export function auditHandlers(ctx: ServiceContext): Pick<HandlerMap, 'audit:list'> {
  return {
    'audit:list': (query) => listAudit(ctx, query),
  };
}
