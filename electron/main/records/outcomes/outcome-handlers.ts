import type { HandlerMap } from '../../ipc/register';
import type { ServiceContext } from '../../services/service-context';
import { agreementProduced, linkOutcome, listOutcomes, unlinkOutcome } from './outcome-service';

export function outcomeHandlers(ctx: ServiceContext): Pick<HandlerMap, 'outcomes:list' | 'outcomes:link' | 'outcomes:unlink' | 'outcomes:produced'> {
  return {
    'outcomes:list': (query) => listOutcomes(ctx, query),
    'outcomes:link': (input) => linkOutcome(ctx, input),
    'outcomes:unlink': ({ id }) => unlinkOutcome(ctx, id),
    'outcomes:produced': ({ agreementId }) => agreementProduced(ctx, agreementId),
  };
}
