import { z } from 'zod';
import { AmountMinor, checkAmountBound } from './money-input';
import { keyed, keyedMessage } from '../messages/zod-issues';
import { computeTerm, TERM_KINDS } from '../agreement-term';
import { isPreciseDate } from '../precise-date';
import {
  CountryCode,
  CurrencyCode,
  Id,
  IsoDate,
  ListPageRequest,
  Reason,
  RowMeta,
  SortDir,
  UpdateOf,
  optionalText,
  requiredText,
} from './common';

export const AGREEMENT_KINDS = [
  'mou',
  'moa',
  'collaboration',
  'business',
  'contract',
  'addendum',
  'renewal',
] as const;
export const AgreementKind = z.enum(AGREEMENT_KINDS, keyed('agreement.kindRequired'));
export type AgreementKind = z.infer<typeof AgreementKind>;

export const AGREEMENT_STATUSES = [
  'draft',
  'negotiation',
  'awaiting_signature',
  'active',
  'expired',
  'terminated',
  'renewed',
] as const;
export const AgreementStatus = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const ITEM_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export const RECURRENCES = ['none', 'monthly', 'quarterly', 'yearly', 'regular'] as const;
export const CONTRIBUTION_KINDS = ['money', 'in_kind', 'people'] as const;

const NullableDate = IsoDate.nullable().default(null);

/**
 * An agreement's signed, effective or expiry date as precisely as it is known: `2016-06-13` (a day),
 * `2016-06` (a month: "June 2016") or `2016` (a year). See `shared/precise-date.ts`.
 */
export const PreciseDateText = z.string().refine(isPreciseDate, keyed('field.preciseDate'));
const NullablePreciseDate = PreciseDateText.nullable().default(null);

export const TermKind = z.enum(TERM_KINDS);
export type TermKind = z.infer<typeof TermKind>;

/** The statuses an agreement can be entered in directly "from records" (an old register), besides draft. */
export const STATUSES_FROM_RECORDS = ['active', 'expired', 'terminated'] as const;

export const SignatoryInput = z.object({
  id: Id.optional(),
  personId: Id,
  /** The capacity they sign in, e.g. "CTO", "President", "Head of Agency". */
  capacity: optionalText(200).default(''),
});

export const PartyInput = z.object({
  id: Id.optional(),
  organisationId: Id,
  role: optionalText(100).default(''),
  signatories: z.array(SignatoryInput).max(20).default([]),
});
export type PartyInput = z.input<typeof PartyInput>;

/** A ▲ bullet of an MOU: something a party promised. */
export const CooperationItemInput = z.object({
  id: Id.optional(),
  description: requiredText('Description', 1000),
  responsibleOrganisationId: Id.nullable().default(null),
  dueOn: NullableDate,
  recurrence: z.enum(RECURRENCES).default('none'),
  status: z.enum(ITEM_STATUSES).default('planned'),
});
export type CooperationItemInput = z.input<typeof CooperationItemInput>;

/** What a party gives: money (integer minor units), something in kind, or people. */
export const ContributionInput = z
  .object({
    id: Id.optional(),
    organisationId: Id,
    kind: z.enum(CONTRIBUTION_KINDS),
    description: optionalText(1000).default(''),
    amountMinor: AmountMinor.nullable().default(null),
    currency: CurrencyCode.nullable().default(null),
    quantity: z.number().nonnegative().max(1e12).nullable().default(null),
    unit: optionalText(50).default(''),
    startsOn: NullableDate,
    endsOn: NullableDate,
  })
  .superRefine((value, ctx) => {
    checkAmountBound(value, ctx);
    if (value.kind === 'money') {
      if (value.amountMinor === null) ctx.addIssue({ code: 'custom', path: ['amountMinor'], message: keyedMessage('money.amountRequired') });
      if (value.currency === null) ctx.addIssue({ code: 'custom', path: ['currency'], message: keyedMessage('money.currencyRequired') });
    } else if (value.quantity === null && value.description === '') {
      ctx.addIssue({ code: 'custom', path: ['description'], message: keyedMessage('contribution.describe') });
    }
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: keyedMessage('dates.endBeforeStart') });
    }
  });
export type ContributionInput = z.input<typeof ContributionInput>;

export const AgreementInput = z
  .object({
    kind: AgreementKind,
    title: requiredText('Title', 500),
    /** Human reference ("MOU-2026-014"); left blank, main assigns the next one. Never a key. */
    referenceNo: z.string().trim().max(50).default(''),
    purpose: optionalText(5000).default(''),
    /** Each a day, a month or a year (`2016-06-13`, `2016-06`, `2016`): as precisely as it is known. */
    signedOn: NullablePreciseDate,
    effectiveOn: NullablePreciseDate,
    expiresOn: NullablePreciseDate,
    /** How the term is written; `fixed` unless said otherwise. */
    termKind: TermKind.default('fixed'),
    /**
     * The term as written: "3 years", "18 months", "for a period of three (3) years", "renewed
     * automatically every year unless either side gives three months' notice". Kept as given; for a
     * fixed or auto-renewing term its length sets expiresOn when that is blank.
     */
    duration: z.string().trim().max(500, keyed('field.tooLong')).default(''),
    /** Auto-renewing only: each renewal's length in months (else read from the written term). */
    renewalPeriodMonths: z.number().int().min(1).max(1200).nullable().default(null),
    /** Auto-renewing only: renewals so far as the records say, when they say. */
    renewalsSoFar: z.number().int().min(0).max(1000).nullable().default(null),
    renewalNoticeDays: z.number().int().min(0).max(3650).nullable().default(null),
    /** Notice written in months ("three months' notice") stays in months; not with renewalNoticeDays. */
    renewalNoticeMonths: z.number().int().min(1).max(120).nullable().default(null),
    signingPlace: optionalText(300).default(''),
    owner: optionalText(200).default(''),
    tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
    notes: optionalText(20000).default(''),
    parentId: Id.nullable().default(null),
    parties: z.array(PartyInput).min(2, keyed('agreement.partiesMin')).max(20),
    items: z.array(CooperationItemInput).max(200).default([]),
    contributions: z.array(ContributionInput).max(200).default([]),
    /**
     * Create only: enter the agreement directly in this status from the office's records (an old
     * register, a filed copy), in one step; null for a new agreement, which starts as a draft.
     */
    statusFromRecords: z.enum(STATUSES_FROM_RECORDS).nullable().default(null),
    /** False when the records do not name who signed: shown as such, no placeholder people. From records only. */
    signatoriesRecorded: z.boolean().default(true),
    /** The register row or text the agreement was entered from, kept exactly as given (an import's original row). */
    originalText: z.string().max(20000, keyed('field.tooLong')).default(''),
  })
  .superRefine((value, ctx) => {
    for (const issue of computeTerm(value).issues) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: keyedMessage(issue.key, issue.params) });
    }
    if (value.termKind !== 'auto_renewing') {
      if (value.renewalPeriodMonths !== null) ctx.addIssue({ code: 'custom', path: ['renewalPeriodMonths'], message: keyedMessage('term.onlyAutoRenewing') });
      if (value.renewalsSoFar !== null) ctx.addIssue({ code: 'custom', path: ['renewalsSoFar'], message: keyedMessage('term.onlyAutoRenewing') });
    }
    if (value.renewalNoticeDays !== null && value.renewalNoticeMonths !== null) {
      ctx.addIssue({ code: 'custom', path: ['renewalNoticeMonths'], message: keyedMessage('term.noticeTwice') });
    }
    const seen = new Set<string>();
    value.parties.forEach((party, index) => {
      if (seen.has(party.organisationId)) {
        ctx.addIssue({ code: 'custom', path: ['parties', index, 'organisationId'], message: keyedMessage('agreement.duplicateParty') });
      }
      seen.add(party.organisationId);
      const people = new Set<string>();
      party.signatories.forEach((signatory, s) => {
        if (people.has(signatory.personId)) {
          ctx.addIssue({ code: 'custom', path: ['parties', index, 'signatories', s, 'personId'], message: keyedMessage('agreement.duplicateSignatory') });
        }
        people.add(signatory.personId);
      });
    });
    value.items.forEach((item, index) => {
      if (item.responsibleOrganisationId && !seen.has(item.responsibleOrganisationId)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'responsibleOrganisationId'], message: keyedMessage('agreement.responsibleNotParty') });
      }
    });
    value.contributions.forEach((contribution, index) => {
      if (!seen.has(contribution.organisationId)) {
        ctx.addIssue({ code: 'custom', path: ['contributions', index, 'organisationId'], message: keyedMessage('agreement.contributorNotParty') });
      }
    });
  });
export type AgreementInput = z.input<typeof AgreementInput>;
export type AgreementValues = z.output<typeof AgreementInput>;

export const AgreementSummary = z.object({
  id: Id,
  referenceNo: z.string(),
  kind: AgreementKind,
  title: z.string(),
  status: AgreementStatus,
  signedOn: PreciseDateText.nullable(),
  effectiveOn: PreciseDateText.nullable(),
  expiresOn: PreciseDateText.nullable(),
  termKind: TermKind,
  /**
   * When the term in force ends, as precisely as known: the expiry for a fixed term, the current
   * period's end for an auto-renewing one (advanced at start-up); null when open-ended or not known.
   */
  currentEnd: PreciseDateText.nullable(),
  partyNames: z.array(z.string()),
  updatedAt: z.string(),
});
export type AgreementSummary = z.infer<typeof AgreementSummary>;

export const Signatory = z.object({
  id: Id,
  personId: Id,
  name: z.string(),
  capacity: z.string(),
});
export type Signatory = z.infer<typeof Signatory>;

export const Party = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  altNames: z.array(z.object({ name: z.string(), lang: z.string() })),
  country: z.string(),
  role: z.string(),
  signatories: z.array(Signatory),
});
export type Party = z.infer<typeof Party>;

export const CooperationItem = z.object({
  id: Id,
  description: z.string(),
  responsibleOrganisationId: Id.nullable(),
  dueOn: IsoDate.nullable(),
  recurrence: z.enum(RECURRENCES),
  status: z.enum(ITEM_STATUSES),
});
export type CooperationItem = z.infer<typeof CooperationItem>;

export const Contribution = z.object({
  id: Id,
  organisationId: Id,
  kind: z.enum(CONTRIBUTION_KINDS),
  description: z.string(),
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  quantity: z.number().nullable(),
  unit: z.string(),
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable(),
});
export type Contribution = z.infer<typeof Contribution>;

export const AgreementDetail = z
  .object({
    id: Id,
    referenceNo: z.string(),
    kind: AgreementKind,
    title: z.string(),
    status: AgreementStatus,
    purpose: z.string(),
    signedOn: PreciseDateText.nullable(),
    effectiveOn: PreciseDateText.nullable(),
    expiresOn: PreciseDateText.nullable(),
    termKind: TermKind,
    /** The term as written (what `duration` was given as). */
    termText: z.string(),
    durationMonths: z.number().int().nullable(),
    renewalPeriodMonths: z.number().int().nullable(),
    renewalsSoFar: z.number().int().nullable(),
    /** Auto-renewing: the end of the period in force today and the renewals the dates imply; fixed: the expiry. */
    currentEnd: PreciseDateText.nullable(),
    renewalsByDates: z.number().int().nullable(),
    renewalNoticeDays: z.number().int().nullable(),
    renewalNoticeMonths: z.number().int().nullable(),
    signingPlace: z.string(),
    owner: z.string(),
    tags: z.array(z.string()),
    notes: z.string(),
    parentId: Id.nullable(),
    parties: z.array(Party),
    items: z.array(CooperationItem),
    contributions: z.array(Contribution),
    /** Root first, ending with the direct parent. */
    ancestors: z.array(AgreementSummary),
    followOns: z.array(AgreementSummary),
    /** Documents attached; with any, activation needs a signing record per party. */
    documentCount: z.number().int(),
    /** Parties (organisation ids) with at least one signing record. */
    signedPartyIds: z.array(Id),
    /** Entered directly in a signed status from the office's records. */
    fromRecords: z.boolean(),
    /** False when the records do not name who signed ("Signatories not recorded"). */
    signatoriesRecorded: z.boolean(),
    originalText: z.string(),
    /** The statuses a status set by mistake may be put back to (with a reason); [] when none. */
    putBackTo: z.array(AgreementStatus),
  })
  .merge(RowMeta);
export type AgreementDetail = z.infer<typeof AgreementDetail>;

export const AGREEMENT_SORTS = ['title', 'referenceNo', 'signedOn', 'expiresOn', 'status', 'updatedAt'] as const;

export const AgreementQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  statuses: z.array(AgreementStatus).max(AGREEMENT_STATUSES.length).default([]),
  kinds: z.array(AgreementKind).max(AGREEMENT_KINDS.length).default([]),
  partnerId: Id.optional(),
  country: CountryCode.optional(),
  /** Only agreements in force whose expiry falls within this many days from today. */
  expiringWithinDays: z.number().int().min(0).max(3650).optional(),
  sort: z.enum(AGREEMENT_SORTS).default('updatedAt'),
  dir: SortDir.default('desc'),
});
export type AgreementQuery = z.input<typeof AgreementQuery>;

export const AgreementUpdate = UpdateOf(AgreementInput);
export type AgreementUpdate = z.input<typeof AgreementUpdate>;

export const AgreementTransition = z.object({
  id: Id,
  to: AgreementStatus,
  /** Required to activate an agreement that has no signed date yet; a day, month or year. */
  signedOn: PreciseDateText.optional(),
  expectedUpdatedAt: z.string().optional(),
});
export type AgreementTransition = z.input<typeof AgreementTransition>;

/** Why a correction, a put-back, a removal or a restore was made: required, kept in the history. */

/**
 * A correction of signed terms (a typo made while copying, a wrong date), with a reason. Not an
 * amendment: an addendum stays a follow-on agreement. `values` is the whole agreement as corrected.
 */
export const AgreementCorrection = z.object({
  id: Id,
  expectedUpdatedAt: z.string().optional(),
  values: AgreementInput,
  reason: Reason,
});
export type AgreementCorrection = z.input<typeof AgreementCorrection>;

/** Puts back a status set by mistake (to one of the detail's `putBackTo`), with a reason. */
export const AgreementPutBack = z.object({
  id: Id,
  to: AgreementStatus,
  expectedUpdatedAt: z.string().optional(),
  reason: Reason,
});
export type AgreementPutBack = z.input<typeof AgreementPutBack>;

/** Removes (tombstones) a mis-entered agreement, or restores one removed, with a reason. */
export const AgreementRemoval = z.object({ id: Id, expectedUpdatedAt: z.string().optional(), reason: Reason });
export type AgreementRemoval = z.input<typeof AgreementRemoval>;

/** A removed agreement, as the list of removals to undo shows it. */
export const RemovedAgreement = z.object({
  id: Id,
  referenceNo: z.string(),
  kind: AgreementKind,
  title: z.string(),
  status: AgreementStatus,
  removedAt: z.string(),
  removedBy: z.string(),
  reason: z.string(),
  /** Signing records of the agreement, which stay in the append-only chain. */
  signingRecordCount: z.number().int(),
});
export type RemovedAgreement = z.infer<typeof RemovedAgreement>;

export const AgreementOverview = z.object({
  total: z.number().int(),
  byStatus: z.record(AgreementStatus, z.number().int()),
  withinDays: z.number().int(),
  /** The first to end (all of them counted in `total`). */
  expiringSoon: z.object({ rows: z.array(AgreementSummary), total: z.number().int() }),
  /** In force and past the date by which a renewal decision must be given: the first to end, and how many. */
  renewalDue: z.object({ rows: z.array(AgreementSummary), total: z.number().int() }),
});
export type AgreementOverview = z.infer<typeof AgreementOverview>;
