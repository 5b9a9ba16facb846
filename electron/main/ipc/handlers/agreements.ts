import {
  correctAgreement,
  putBackStatus,
  removeAgreement,
  removedAgreements,
  restoreAgreement,
} from '../../services/agreement-corrections-service';
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
  | 'agreements:correct'
  | 'agreements:putBack'
  | 'agreements:remove'
  | 'agreements:restore'
  | 'agreements:removed'
> {
  // A change of status answers the agreement read again once it has committed: the statuses a
  // mistake may be put back to come from the audit trail's transitions and put-backs, which its own
  // audit row has only just joined. A create or an edit writes neither, so its answer stands.
  const fresh = (detail: { id: string }) => getAgreement(ctx, detail.id);
  return {
    'agreements:list': (query) => queryAgreements(ctx, query),
    'agreements:overview': () => agreementOverview(ctx),
    'agreements:get': ({ id }) => getAgreement(ctx, id),
    'agreements:create': (values) => createAgreement(ctx, values),
    'agreements:update': (input) => updateAgreement(ctx, input),
    'agreements:transition': (input) => fresh(transitionAgreement(ctx, input)),
    'agreements:delete': (removal) => deleteAgreement(ctx, removal),
    'agreements:correct': (input) => fresh(correctAgreement(ctx, input)),
    'agreements:putBack': (input) => fresh(putBackStatus(ctx, input)),
    'agreements:remove': (input) => removeAgreement(ctx, input),
    'agreements:restore': (input) => restoreAgreement(ctx, input),
    'agreements:removed': (query) => removedAgreements(ctx, query),
  };
}
