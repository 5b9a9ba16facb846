import type { PlatformHooks } from '../core-types';
import type { HandlerMap } from '../ipc/register';
import type { ServiceContext } from '../services/service-context';
import { outcomeHandlers } from './outcomes/outcome-handlers';
import { partnerHandlers } from './partners/partner-handlers';

/**
 * The channels of issue 10 that are not a record type's own: outcomes (links between records and
 * cooperation items) and the partner page and report. Core spreads them in one line; projects are
 * a record type and are listed in record-types.ts.
 */
export function researchHandlers(ctx: ServiceContext, platform: PlatformHooks): Pick<HandlerMap, 'outcomes:list' | 'outcomes:link' | 'outcomes:unlink' | 'outcomes:produced' | 'partners:overview' | 'partners:report'> {
  return { ...outcomeHandlers(ctx), ...partnerHandlers(ctx, platform) };
}
