import { createProgram, deleteProgram, getProgram, queryPrograms, updateProgram } from '../../services/program-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

export function programHandlers(
  ctx: ServiceContext,
): Pick<HandlerMap, 'programs:list' | 'programs:get' | 'programs:create' | 'programs:update' | 'programs:delete'> {
  return {
    'programs:list': (query) => queryPrograms(ctx, query),
    'programs:get': ({ id }) => getProgram(ctx, id),
    'programs:create': (values) => createProgram(ctx, values),
    'programs:update': (input) => updateProgram(ctx, input),
    'programs:delete': ({ id }) => deleteProgram(ctx, id),
  };
}
