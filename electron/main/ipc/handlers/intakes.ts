import { createIntake, deleteIntake, getIntake, queryIntakes, updateIntake } from '../../services/intake-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

export function intakeHandlers(
  ctx: ServiceContext,
): Pick<HandlerMap, 'intakes:list' | 'intakes:get' | 'intakes:create' | 'intakes:update' | 'intakes:delete'> {
  return {
    'intakes:list': (query) => queryIntakes(ctx, query),
    'intakes:get': ({ id }) => getIntake(ctx, id),
    'intakes:create': (values) => createIntake(ctx, values),
    'intakes:update': (input) => updateIntake(ctx, input),
    'intakes:delete': ({ id }) => deleteIntake(ctx, id),
  };
}
