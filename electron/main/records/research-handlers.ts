import type { PlatformHooks } from '../core-types';
import type { HandlerMap } from '../ipc/register';
import type { ServiceContext } from '../services/service-context';
import { outcomeHandlers } from './outcomes/outcome-handlers';
import { partnerHandlers } from './partners/partner-handlers';
import { reportHandlers } from './reports/report-handlers';

/**
 * The channels of issue 10 that are not a record type's own: outcomes (links between records and
 * cooperation items), the partner page and report, and the yearly and partner reports. Core spreads them in one line; projects are
 * a record type and are listed in record-types.ts.
 */
export function researchHandlers(ctx: ServiceContext, platform: PlatformHooks): Pick<HandlerMap, 'outcomes:list' | 'outcomes:link' | 'outcomes:unlink' | 'outcomes:produced' | 'partners:overview' | 'partners:report' | 'reports:figures' | 'reports:export'> {
  return { ...outcomeHandlers(ctx), ...partnerHandlers(ctx, platform), ...reportHandlers(ctx, platform) };
}
