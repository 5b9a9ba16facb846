import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import { isSigned, statusLabel } from '../../../shared/lifecycle';
import type { AgreementDetail, RemovedAgreement } from '../../../shared/models/agreement';
import type { Page } from '../../../shared/models/common';
import { describePreciseDate, hasEnded } from '../../../shared/precise-date';
import { signedTermsChanged } from '../../../shared/signed-terms';
import { agreementTable, findRemoved, isRemoved, listRemoved, referenceTaken } from '../db/repos/agreement-repo';
import { programsCreatedBy } from '../records/programs';
import {
  AGREEMENT_ENTITY,
  agreements,
  checkNotEntry,
  checkReferences,
  resolveReference,
  saveChildren,
  storedFieldsOf,
  toFields,
} from './agreement-service';
import { recordAudit } from './audit-service';
import { timestamp, write, type ServiceContext } from './service-context';

/**
 * Putting mistakes right without rewriting history. A correction changes signed terms that were
 * copied wrongly (not an amendment: an addendum stays a follow-on agreement); a put-back undoes a
 * status set by mistake; a removal tombstones a mis-entered agreement and a restore brings it back.
 * Each needs a reason and leaves an audit row with it, and nothing is deleted.
 */

/** Corrects signed terms of a signed agreement, with a reason; the audit row keeps before, after and why. */
export function correctAgreement(ctx: ServiceContext, input: ChannelParsedInput<'agreements:correct'>): AgreementDetail {
  const { values } = input;
  return agreements.update(
    ctx,
    input,
    (before) => {
      if (!isSigned(before.status)) throw new AppError('VALIDATION', 'correction.notSigned');
      checkNotEntry(values);
      if (!values.signatoriesRecorded && !before.fromRecords) {
        throw new AppError('VALIDATION', 'agreement.unrecordedOnlyFromRecords', undefined, [
          fieldIssue('signatoriesRecorded', 'agreement.unrecordedOnlyFromRecords'),
        ]);
      }
      checkReferences(ctx, input.id, values);
      const fields = toFields(ctx, values, resolveReference(ctx, input.id, values), before.status, before.fromRecords);
      if (signedTermsChanged(before, { ...fields, parties: values.parties }).length === 0) {
        throw new AppError('VALIDATION', 'correction.nothingChanged');
      }
      return fields;
    },
    { after: (id, stamp) => saveChildren(ctx, id, values, stamp), action: 'correct', reason: input.reason },
  );
}

/** Puts back a status set by mistake: only to one the agreement offers (`putBackTo`), with a reason. */
export function putBackStatus(ctx: ServiceContext, input: ChannelParsedInput<'agreements:putBack'>): AgreementDetail {
  return agreements.update(
    ctx,
    input,
    (before) => {
      if (!before.putBackTo.includes(input.to)) {
        const allowed = before.putBackTo.map(statusLabel).join(' or ');
        throw new AppError('ILLEGAL_TRANSITION', 'putBack.notAllowed', { count: before.putBackTo.length, allowed }, [
          fieldIssue('to', 'putBack.notAllowed', { count: before.putBackTo.length, allowed }),
        ]);
      }
      const fields = { ...storedFieldsOf(ctx, before), status: input.to };
      // Back in force only while its term is not over (the start-up job would expire it again).
      if (input.to === 'active' && before.termKind !== 'auto_renewing' && before.currentEnd && hasEnded(before.currentEnd, localToday(ctx.now()))) {
        const date = describePreciseDate(before.currentEnd);
        throw new AppError('ILLEGAL_TRANSITION', 'putBack.termOver', { date }, [fieldIssue('to', 'putBack.termOver', { date })]);
      }
      return fields;
    },
    { action: 'put_back', reason: input.reason },
  );
}

/**
 * Removes a mis-entered agreement (any status), with a reason: a tombstone, undone by a restore.
 * Its signing records stay in the chain, which is append-only: they still verify, and the list of
 * removed agreements says how many each keeps. Refused while follow-ons or programs point at it.
 */
export function removeAgreement(ctx: ServiceContext, input: ChannelParsedInput<'agreements:remove'>): { id: string } {
  return agreements.remove(
    ctx,
    input,
    (before) => {
      if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
        throw new AppError('CONFLICT', 'record.changedMeanwhile', { noun: 'agreement' });
      }
      if (before.followOns.length) throw new AppError('CONFLICT', 'agreement.hasFollowOns');
      const programs = programsCreatedBy(ctx.db, input.id);
      if (programs) throw new AppError('CONFLICT', 'agreement.linkedFromPrograms', { count: programs });
    },
  );
}

/** Undoes a removal: the agreement comes back as it was, with the restore and its reason in the history. */
export function restoreAgreement(ctx: ServiceContext, input: ChannelParsedInput<'agreements:restore'>): AgreementDetail {
  return write(ctx, AGREEMENT_ENTITY, () => {
    const removed = findRemoved(ctx.db, input.id);
    if (!removed) {
      if (agreementTable.exists(ctx.db, input.id)) throw new AppError('CONFLICT', 'removal.notRemoved');
      throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'agreement' });
    }
    if (removed.referenceNo && referenceTaken(ctx.db, removed.referenceNo, input.id)) {
      throw new AppError('CONFLICT', 'removal.referenceTaken', { reference: removed.referenceNo });
    }
    if (removed.parentId && isRemoved(ctx.db, removed.parentId)) throw new AppError('CONFLICT', 'removal.parentRemoved');
    agreementTable.untombstone(ctx.db, input.id, { at: timestamp(ctx), by: ctx.actor });
    const restored = agreements.get(ctx, input.id);
    recordAudit(ctx, { entity: AGREEMENT_ENTITY, entityId: input.id, action: 'restore', before: null, after: restored, reason: input.reason });
    return restored;
  });
}

export function removedAgreements(ctx: ServiceContext, query: ChannelParsedInput<'agreements:removed'>): Page<RemovedAgreement> {
  return listRemoved(ctx.db, query.offset, query.limit);
}
