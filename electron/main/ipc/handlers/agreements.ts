import { transitionAgreement } from '../../services/agreement-lifecycle-service';
import {
  agreementOverview,
  createAgreement,
  deleteAgreement,
  getAgreement,
  queryAgreements,
  updateAgreement,
} from '../../services/agreement-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

export function agreementHandlers(
  ctx: ServiceContext,
): Pick<
  HandlerMap,
  | 'agreements:list'
  | 'agreements:overview'
  | 'agreements:get'
  | 'agreements:create'
  | 'agreements:update'
  | 'agreements:transition'
  | 'agreements:delete'
> {
  return {
    'agreements:list': (query) => queryAgreements(ctx, query),
    'agreements:overview': () => agreementOverview(ctx),
    'agreements:get': ({ id }) => getAgreement(ctx, id),
    'agreements:create': (values) => createAgreement(ctx, values),
    'agreements:update': (input) => updateAgreement(ctx, input),
    'agreements:transition': (input) => transitionAgreement(ctx, input),
    'agreements:delete': ({ id }) => deleteAgreement(ctx, id),
  };
}
