import { computeTerm } from '../../../shared/agreement-term';
import { localToday } from '../../../shared/calendar';
import { AppError } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import { agreementLifecycle, lifecycleFacts, transitionProblems } from '../../../shared/lifecycle';
import { moveParams } from '../../../shared/lifecycle/define-lifecycle';
import type { AgreementDetail, AgreementStatus } from '../../../shared/models/agreement';
import { hasEnded } from '../../../shared/precise-date';
import { agreementTable, endedTerms, setEndsOn } from '../db/repos/agreement-repo';
import { AGREEMENT_ENTITY, agreements, storedFieldsOf } from './agreement-service';
import { endsOnOf } from './agreement-terms';
import { write, type ServiceContext } from './service-context';

/** Moves one agreement along its lifecycle (inside the caller's transaction, when there is one). */
function applyTransition(
  ctx: ServiceContext,
  id: string,
  to: AgreementStatus,
  options: { signedOn?: string; expectedUpdatedAt?: string } = {},
): AgreementDetail {
  return agreements.update(
    ctx,
    { id, expectedUpdatedAt: options.expectedUpdatedAt },
    (before) => {
      const problems = transitionProblems(lifecycleFacts(before), to, options.signedOn);
      if (problems.length) {
        // One problem is named outright; several are summed up, and listed by the issues.
        const [first] = problems;
        if (problems.length === 1) throw new AppError('ILLEGAL_TRANSITION', first.key, first.params, problems);
        throw new AppError('ILLEGAL_TRANSITION', 'lifecycle.blocked', { count: problems.length }, problems);
      }
      const fields = { ...storedFieldsOf(ctx, before), status: to };
      if (to === 'active' && options.signedOn) fields.signedOn = options.signedOn;
      // An expiry left to the duration can only be worked out once the term has a start: on signing at the latest.
      if (to === 'active') {
        fields.expiresOn = computeTerm({ ...fields, duration: fields.durationMonths }).expiresOn;
        fields.endsOn = endsOnOf(fields, localToday(ctx.now()));
      }
      return fields;
    },
    { action: 'transition' },
  );
}

export function transitionAgreement(
  ctx: ServiceContext,
  input: ChannelParsedInput<'agreements:transition'>,
): AgreementDetail {
  return write(ctx, AGREEMENT_ENTITY, () => {
    const moved = applyTransition(ctx, input.id, input.to, { signedOn: input.signedOn, expectedUpdatedAt: input.expectedUpdatedAt });
    // Registering an agreement whose term is already over: it is signed, and it has lapsed. A term
    // that renews by itself has not lapsed; one whose expiry is a month runs to that month's end.
    if (moved.status === 'active' && moved.termKind !== 'auto_renewing' && moved.currentEnd && hasEnded(moved.currentEnd, localToday(ctx.now()))) {
      return applyTransition(ctx, input.id, 'expired');
    }
    return moved;
  });
}

/**
 * Run at start-up: agreements in force whose term in force has ended. A fixed (or unknown) term has
 * lapsed: the agreement becomes expired, audited like a user's move. An auto-renewing term was not
 * stopped, so it renewed: it stays in force and the end of its current period moves on (a derived
 * value, so no audit row; the history of its terms does not change). Returns how many expired.
 */
export function expireLapsedAgreements(ctx: ServiceContext): number {
  const today = localToday(ctx.now());
  const ended = endedTerms(ctx.db, today);
  if (!ended.length) return 0;
  const lapsed = ended.filter((row) => row.termKind !== 'auto_renewing').map((row) => row.id);
  const renewing = ended.filter((row) => row.termKind === 'auto_renewing').map((row) => row.id);
  write(ctx, AGREEMENT_ENTITY, () => {
    lapsed.forEach((id) => applyTransition(ctx, id, 'expired'));
    for (const record of agreementTable.findMany(ctx.db, renewing)) setEndsOn(ctx.db, record.id, endsOnOf(record, today));
  });
  return lapsed.length;
}

/**
 * Walks an agreement to `target` through the shortest run of legal moves, each checked and audited
 * like a user's (used by the demo data and imports).
 */
export function walkToStatus(ctx: ServiceContext, id: string, target: AgreementStatus, signedOn: string | null): void {
  const from = agreements.get(ctx, id).status;
  const steps = agreementLifecycle.path(from, target);
  if (!steps) {
    throw new AppError('ILLEGAL_TRANSITION', 'lifecycle.neverBecome', moveParams('agreement', from, target));
  }
  for (const step of steps) applyTransition(ctx, id, step, { signedOn: step === 'active' ? (signedOn ?? undefined) : undefined });
}
