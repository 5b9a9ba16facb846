import { z } from 'zod';
import { keyed, keyedMessage } from '../messages/zod-issues';
import { computeTerm } from '../agreement-term';
import {
  CountryCode,
  CurrencyCode,
  Id,
  IsoDate,
  ListPageRequest,
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
    amountMinor: z
      .number()
      .int(keyed('money.wholeMinorUnits'))
      .refine(Number.isSafeInteger, keyed('money.tooLarge'))
      .nullable()
      .default(null),
    currency: CurrencyCode.nullable().default(null),
    quantity: z.number().nonnegative().max(1e12).nullable().default(null),
    unit: optionalText(50).default(''),
    startsOn: NullableDate,
    endsOn: NullableDate,
  })
  .superRefine((value, ctx) => {
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
    signedOn: NullableDate,
    effectiveOn: NullableDate,
    expiresOn: NullableDate,
    /** As people write it: "3 years", "18 months". Sets expiresOn when that is blank. */
    duration: z.string().trim().max(50).default(''),
    renewalNoticeDays: z.number().int().min(0).max(3650).nullable().default(null),
    signingPlace: optionalText(300).default(''),
    owner: optionalText(200).default(''),
    tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
    notes: optionalText(20000).default(''),
    parentId: Id.nullable().default(null),
    parties: z.array(PartyInput).min(2, keyed('agreement.partiesMin')).max(20),
    items: z.array(CooperationItemInput).max(200).default([]),
    contributions: z.array(ContributionInput).max(200).default([]),
  })
  .superRefine((value, ctx) => {
    for (const issue of computeTerm(value).issues) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: keyedMessage(issue.key, issue.params) });
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
  signedOn: IsoDate.nullable(),
  effectiveOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
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
    signedOn: IsoDate.nullable(),
    effectiveOn: IsoDate.nullable(),
    expiresOn: IsoDate.nullable(),
    durationMonths: z.number().int().nullable(),
    renewalNoticeDays: z.number().int().nullable(),
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
  /** Required to activate an agreement that has no signed date yet. */
  signedOn: IsoDate.optional(),
  expectedUpdatedAt: z.string().optional(),
});
export type AgreementTransition = z.input<typeof AgreementTransition>;

export const AgreementOverview = z.object({
  total: z.number().int(),
  byStatus: z.record(AgreementStatus, z.number().int()),
  withinDays: z.number().int(),
  expiringSoon: z.array(AgreementSummary),
  /** In force and past the date by which a renewal decision must be given. */
  renewalDue: z.array(AgreementSummary),
});
export type AgreementOverview = z.infer<typeof AgreementOverview>;
