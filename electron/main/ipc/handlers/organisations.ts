import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  queryOrganisations,
  updateOrganisation,
} from '../../services/organisation-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

export function organisationHandlers(
  ctx: ServiceContext,
): Pick<HandlerMap, 'organisations:list' | 'organisations:get' | 'organisations:create' | 'organisations:update' | 'organisations:delete'> {
  return {
    'organisations:list': (query) => queryOrganisations(ctx, query),
    'organisations:get': ({ id }) => getOrganisation(ctx, id),
    'organisations:create': (values) => createOrganisation(ctx, values),
    'organisations:update': (input) => updateOrganisation(ctx, input),
    'organisations:delete': ({ id }) => deleteOrganisation(ctx, id),
  };
}
