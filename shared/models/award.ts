import { z } from 'zod';
import { recordChannels } from '../ipc/record-channels';
import { defineLifecycle } from '../lifecycle/define-lifecycle';
import { keyed, keyedMessage } from '../messages/zod-issues';
import { fieldIssue } from '../errors';
import { Id, IsoDate, ListPageRequest, RowMeta, SortDir, UpdateOf, optionalText } from './common';
import { ScholarshipComponentInput, ScholarshipComponentKind } from './program';

/**
 * A scholarship awarded to an accepted application: what it pays for (the program's components,
 * each in its own currency) and when each sum falls due or was paid. An award is offered, accepted
 * by the student, then paid out in full or cancelled.
 */
export const AWARD_STATUSES = ['offered', 'accepted', 'paid_out', 'cancelled'] as const;
export const AwardStatus = z.enum(AWARD_STATUSES, keyed('field.choose'));
export type AwardStatus = z.infer<typeof AwardStatus>;

/** The facts a move needs: paying out is only true once every scheduled sum is paid. */
export type AwardFacts = { status: AwardStatus; payments: ReadonlyArray<{ paidOn: string | null }> };

/** The one place award status rules live: the renderer offers these moves, main checks them. */
export const awardLifecycle = defineLifecycle<AwardStatus, AwardFacts>({
  noun: 'award',
  moves: {
    offered: ['accepted', 'cancelled'],
    accepted: ['paid_out', 'cancelled'],
    paid_out: [],
    cancelled: [],
  },
  guards: {
    paid_out: (facts) => {
      const unpaid = facts.payments.filter((p) => p.paidOn === null).length;
      if (facts.payments.length === 0) return [fieldIssue('to', 'award.noPayments')];
      return unpaid > 0 ? [fieldIssue('to', 'award.unpaidPayments', { count: unpaid })] : [];
    },
  },
});

/** The same amount rule as a program's scholarship parts: whole minor units, never negative. */
const AmountMinor = ScholarshipComponentInput.shape.amountMinor;

/** One sum of the schedule: which component it pays, how much in which currency, due when, and paid when (null: planned). */
export const AwardPaymentInput = z.object({
  dueOn: IsoDate,
  component: ScholarshipComponentKind,
  amountMinor: AmountMinor,
  currency: ScholarshipComponentInput.shape.currency,
  paidOn: IsoDate.nullable().default(null),
});
export type AwardPaymentInput = z.input<typeof AwardPaymentInput>;
export type AwardPayment = z.output<typeof AwardPaymentInput>;

export const AwardInput = z
  .object({
    applicationId: Id,
    awardedOn: IsoDate,
    components: z.array(ScholarshipComponentInput).min(1, keyed('award.needsComponent')).max(20, keyed('award.tooManyComponents')),
    payments: z.array(AwardPaymentInput).max(200, keyed('award.tooManyPayments')).default([]),
    notes: optionalText(20000).default(''),
  })
  .superRefine((value, ctx) => {
    // What each component (kind and currency) awards; the schedule may not pay more than that, nor
    // pay a component the award does not have, so totals by currency are never more than awarded.
    const awarded = new Map<string, number>();
    for (const part of value.components) {
      const key = `${part.kind}:${part.currency}`;
      awarded.set(key, (awarded.get(key) ?? 0) + part.amountMinor);
    }
    const scheduled = new Map<string, number>();
    value.payments.forEach((payment, index) => {
      const key = `${payment.component}:${payment.currency}`;
      const limit = awarded.get(key);
      if (limit === undefined) {
        ctx.addIssue({ code: 'custom', path: ['payments', index, 'component'], message: keyedMessage('award.paymentNoComponent') });
        return;
      }
      const sum = (scheduled.get(key) ?? 0) + payment.amountMinor;
      scheduled.set(key, sum);
      if (sum > limit) ctx.addIssue({ code: 'custom', path: ['payments', index, 'amountMinor'], message: keyedMessage('award.paymentsExceed') });
      if (payment.paidOn !== null && payment.paidOn < value.awardedOn) {
        ctx.addIssue({ code: 'custom', path: ['payments', index, 'paidOn'], message: keyedMessage('award.paidBeforeAwarded') });
      }
    });
  });
export type AwardInput = z.input<typeof AwardInput>;
export type AwardValues = z.output<typeof AwardInput>;

/** A currency's sums on one award: awarded, scheduled and paid so far (never added across currencies). */
export const AwardCurrencyTotal = z.object({
  currency: z.string(),
  awardedMinor: z.number().int(),
  paidMinor: z.number().int(),
  plannedMinor: z.number().int(),
});
export type AwardCurrencyTotal = z.infer<typeof AwardCurrencyTotal>;

export const Award = z
  .object({
    id: Id,
    applicationId: Id,
    applicantId: Id,
    applicantName: z.string(),
    intakeId: Id,
    intakeName: z.string(),
    programId: Id,
    programName: z.string(),
    status: AwardStatus,
    awardedOn: IsoDate,
    components: z.array(ScholarshipComponentInput),
    payments: z.array(AwardPaymentInput),
    notes: z.string(),
    totals: z.array(AwardCurrencyTotal),
  })
  .merge(RowMeta);
export type Award = z.infer<typeof Award>;

export const AWARD_SORTS = ['awardedOn', 'updatedAt'] as const;

export const AwardQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  programId: Id.optional(),
  applicationId: Id.optional(),
  statuses: z.array(AwardStatus).max(AWARD_STATUSES.length).optional(),
  sort: z.enum(AWARD_SORTS).default('awardedOn'),
  dir: SortDir.default('desc'),
});
export type AwardQuery = z.input<typeof AwardQuery>;

export const AwardUpdate = UpdateOf(AwardInput);
export type AwardUpdate = z.input<typeof AwardUpdate>;

export const AwardTransition = z.object({ id: Id, to: AwardStatus, expectedUpdatedAt: z.string().optional() });
export type AwardTransition = z.input<typeof AwardTransition>;

/** Scholarship money by currency and year: paid in that year, and still planned to fall due in it. */
export const AwardTotalsQuery = z.object({ programId: Id.optional() });
export type AwardTotalsQuery = z.input<typeof AwardTotalsQuery>;
export const AwardYearTotal = z.object({
  currency: z.string(),
  year: z.string(),
  paidMinor: z.number().int(),
  plannedMinor: z.number().int(),
});
export type AwardYearTotal = z.infer<typeof AwardYearTotal>;

/** The awards register's channels, its lifecycle move and its totals. */
export const awardChannels = {
  ...recordChannels('awards', { query: AwardQuery, input: AwardInput, update: AwardUpdate, record: Award }),
  'awards:transition': { input: AwardTransition, output: Award },
  'awards:totals': { input: AwardTotalsQuery, output: z.array(AwardYearTotal) },
} as const;
