import { createPerson, deletePerson, getPerson, queryPeople, updatePerson } from '../../services/person-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

export function peopleHandlers(
  ctx: ServiceContext,
): Pick<HandlerMap, 'people:list' | 'people:get' | 'people:create' | 'people:update' | 'people:delete'> {
  return {
    'people:list': (query) => queryPeople(ctx, query),
    'people:get': ({ id }) => getPerson(ctx, id),
    'people:create': (values) => createPerson(ctx, values),
    'people:update': (input) => updatePerson(ctx, input),
    'people:delete': ({ id }) => deletePerson(ctx, id),
  };
}
