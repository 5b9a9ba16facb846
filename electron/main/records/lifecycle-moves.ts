import { AppError } from '../../../shared/errors';
import type { Lifecycle } from '../../../shared/lifecycle/define-lifecycle';
import type { RecordService } from '../services/record-service';
import type { ServiceContext } from '../services/service-context';

/** A move asked for over a `<types>:transition` channel. */
export type Move<S extends string> = { id: string; to: S; expectedUpdatedAt?: string };

/**
 * Moves a record along its lifecycle (made with `defineLifecycle`, shared with the renderer): the
 * move is checked against the record as stored, refused with the lifecycle's sentences
 * (ILLEGAL_TRANSITION; one problem named outright, several summed up and listed), and otherwise
 * saved and audited as a transition. `fields` gives the stored fields with the new status.
 */
export function moveAlong<S extends string, Facts extends { status: S }, F, R extends { id: string; updatedAt: string; status: S }>(
  ctx: ServiceContext,
  service: RecordService<F, R>,
  lifecycle: Lifecycle<S, Facts>,
  move: Move<S>,
  options: { fields: (before: R, to: S) => F; facts?: (before: R) => Facts },
): R {
  return service.update(
    ctx,
    { id: move.id, expectedUpdatedAt: move.expectedUpdatedAt },
    (before) => {
      const facts = options.facts ? options.facts(before) : (before as unknown as Facts);
      const problems = lifecycle.problems(facts, move.to);
      if (problems.length === 1) throw new AppError('ILLEGAL_TRANSITION', problems[0].key, problems[0].params, problems);
      if (problems.length > 1) throw new AppError('ILLEGAL_TRANSITION', 'lifecycle.blocked', { count: problems.length }, problems);
      return options.fields(before, move.to);
    },
    { action: 'transition' },
  );
}
