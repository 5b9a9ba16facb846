import { localToday } from '../../../../shared/calendar';
import { AppError, fieldIssue } from '../../../../shared/errors';
import type { ChannelParsedInput } from '../../../../shared/ipc/contract';
import type { AgreementProduced, Outcome } from '../../../../shared/models/outcome';
import { agreementStart, itemProgress } from '../../../../shared/research/item-progress';
import { loadItems } from '../../db/repos/agreement-parts-repo';
import { recordAudit } from '../../services/audit-service';
import { newId, timestamp, write, type ServiceContext } from '../../services/service-context';
import {
  agreementDates,
  findOutcome,
  insertOutcome,
  isLinked,
  liveItem,
  outcomesOfAgreement,
  outcomesOfSubject,
  tombstoneOutcome,
} from './outcome-queries';
import { OUTCOME_SUBJECTS } from './outcome-subjects';

export const OUTCOME_ENTITY = 'outcome';

export function listOutcomes(ctx: ServiceContext, query: ChannelParsedInput<'outcomes:list'>): Outcome[] {
  return query.subject ? outcomesOfSubject(ctx.db, query.subject) : outcomesOfAgreement(ctx.db, query.agreementId!);
}

/**
 * Links a record to the cooperation item it fulfils. The item must be a live item of a live
 * agreement, the record must exist, and the same link is not made twice; each refusal is a sentence
 * at its field.
 */
export function linkOutcome(ctx: ServiceContext, input: ChannelParsedInput<'outcomes:link'>): Outcome {
  return write(ctx, OUTCOME_ENTITY, () => {
    const item = liveItem(ctx.db, input.itemId);
    if (!item) throw new AppError('VALIDATION', 'outcome.itemMissing', undefined, [fieldIssue('itemId', 'outcome.itemMissing')]);
    if (!OUTCOME_SUBJECTS[input.subject.kind].exists(ctx.db, input.subject.id)) {
      const params = { kind: input.subject.kind };
      throw new AppError('VALIDATION', 'outcome.subjectMissing', params, [fieldIssue('subject.id', 'outcome.subjectMissing', { kind: input.subject.kind })]);
    }
    if (isLinked(ctx.db, input.itemId, input.subject)) {
      throw new AppError('CONFLICT', 'outcome.alreadyLinked', undefined, [fieldIssue('itemId', 'outcome.alreadyLinked')]);
    }
    const id = newId();
    insertOutcome(ctx.db, { id, agreementId: item.agreementId, itemId: input.itemId, subject: input.subject, note: input.note }, { at: timestamp(ctx), by: ctx.actor });
    const created = findOutcome(ctx.db, id)!;
    recordAudit(ctx, { entity: OUTCOME_ENTITY, entityId: id, action: 'create', before: null, after: created });
    return created;
  });
}

/** Removes a link (a tombstone, so history and a later sync see it go), with the whole link in the audit log. */
export function unlinkOutcome(ctx: ServiceContext, id: string): { id: string } {
  return write(ctx, OUTCOME_ENTITY, () => {
    const before = findOutcome(ctx.db, id);
    if (!before) throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'outcome link' });
    tombstoneOutcome(ctx.db, id, { at: timestamp(ctx), by: ctx.actor });
    recordAudit(ctx, { entity: OUTCOME_ENTITY, entityId: id, action: 'delete', before, after: null });
    return { id };
  });
}

/**
 * What the agreement produced: each live cooperation item with its outcomes and how it is doing
 * today (the rule is shared: `itemProgress`). Outcomes of items removed since are listed apart.
 */
export function agreementProduced(ctx: ServiceContext, agreementId: string): AgreementProduced {
  const dates = agreementDates(ctx.db, agreementId);
  if (!dates) throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'agreement' });
  const today = localToday(ctx.now());
  const start = agreementStart(dates);
  const outcomes = outcomesOfAgreement(ctx.db, agreementId);
  const items = loadItems(ctx.db, agreementId).map((item) => {
    const own = outcomes.filter((o) => o.itemId === item.id);
    return { item, outcomes: own, progress: itemProgress({ status: item.status, dueOn: item.dueOn, outcomeCount: own.length, agreementStart: start }, today) };
  });
  return { agreementId, today, start, items, removed: outcomes.filter((o) => o.itemRemoved) };
}
