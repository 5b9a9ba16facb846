import { z } from 'zod';
import { keyed, keyedMessage } from '../messages/zod-issues';
import { IDENTIFIERS_BY_KIND, OUTPUT_KINDS, identifierFits } from '../research/output-identifier';
import { PROJECT_STATUSES } from '../research/project-lifecycle';
import { AmountMinor, checkAmountBound } from './money-input';
import { CurrencyCode, Id, IsoDate, ListPageRequest, RowMeta, SortDir, UpdateOf, optionalText, requiredText } from './common';
import { MoneyTotal } from './program';

/** A joint research project, or a research centre (a place people work in, run under an agreement). */
export const PROJECT_KINDS = ['project', 'centre'] as const;
export const ProjectKind = z.enum(PROJECT_KINDS, keyed('project.kindRequired'));
export type ProjectKind = z.infer<typeof ProjectKind>;

export const ProjectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

export const OutputKind = z.enum(OUTPUT_KINDS, keyed('output.kindRequired'));
export type OutputKind = z.infer<typeof OutputKind>;

export const PROJECT_SORTS = ['title', 'startsOn', 'updatedAt'] as const;

const NullableDate = IsoDate.nullable().default(null);

/** An organisation taking part, in its own words ("Runs the centre", "Provides the space"). */
export const ProjectPartnerInput = z.object({
  organisationId: Id,
  role: optionalText(200).default(''),
});

/** A named person on the team; principal investigators are marked. */
export const TeamMemberInput = z.object({
  personId: Id,
  role: optionalText(200).default(''),
  principal: z.boolean().default(false),
});

/** People counted where their names are not known: "34 graduate students", "2 professors". */
export const HeadcountInput = z.object({
  count: z
    .number(keyed('project.headcountNumber'))
    .int(keyed('project.headcountNumber'))
    .min(1, keyed('project.headcountNumber'))
    .max(100_000, keyed('project.headcountNumber')),
  role: requiredText('Who they are', 200),
});
export type Headcount = z.output<typeof HeadcountInput>;

/** Where it works, and since/until when; a planned move is a place marked planned. */
export const PlaceInput = z
  .object({
    name: requiredText('Place', 300),
    fromOn: NullableDate,
    toOn: NullableDate,
    planned: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.fromOn && value.toOn && value.toOn < value.fromOn) {
      ctx.addIssue({ code: 'custom', path: ['toOn'], message: keyedMessage('dates.endBeforeStart') });
    }
  });
export type Place = z.output<typeof PlaceInput>;

/** Money from one source, in integer minor units of its own currency. */
export const BudgetLineInput = z
  .object({
    organisationId: Id,
    description: optionalText(500).default(''),
    amountMinor: AmountMinor,
    currency: CurrencyCode,
  })
  .superRefine(checkAmountBound);
export type BudgetLineInput = z.input<typeof BudgetLineInput>;

export const MilestoneInput = z.object({
  title: requiredText('Milestone', 300),
  dueOn: z.string(keyed('milestone.dueRequired')).min(1, keyed('milestone.dueRequired')).pipe(IsoDate),
  doneOn: NullableDate,
});
export type Milestone = z.output<typeof MilestoneInput>;

const IDENTIFIER_MESSAGE = { 'doi,url': 'output.identifierDoiOrUrl', patent: 'output.identifierPatent', url: 'output.identifierUrl' } as const;

/**
 * A paper, patent, dataset, model, software or talk. `id` comes back on an edit so the output keeps
 * its identity (an outcome may point at it); the identifier is kept as typed and checked per kind.
 */
export const OutputInput = z
  .object({
    id: Id.optional(),
    kind: OutputKind,
    title: requiredText('Title', 500),
    date: NullableDate,
    identifier: optionalText(500).default(''),
  })
  .superRefine((value, ctx) => {
    if (!identifierFits(value.kind, value.identifier)) {
      const expected = IDENTIFIERS_BY_KIND[value.kind].join(',') as keyof typeof IDENTIFIER_MESSAGE;
      ctx.addIssue({ code: 'custom', path: ['identifier'], message: keyedMessage(IDENTIFIER_MESSAGE[expected]) });
    }
  });
export type OutputInput = z.input<typeof OutputInput>;

function noRepeats(ids: readonly string[], ctx: z.RefinementCtx, path: (index: number) => Array<string | number>, key: 'project.duplicatePartner' | 'project.duplicateMember' | 'project.duplicateAgreement'): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: path(index), message: keyedMessage(key) });
    seen.add(id);
  });
}

export const ProjectInput = z
  .object({
    kind: ProjectKind.default('project'),
    title: requiredText('Title', 500),
    summary: optionalText(5000).default(''),
    startsOn: NullableDate,
    endsOn: NullableDate,
    partners: z.array(ProjectPartnerInput).max(30).default([]),
    team: z.array(TeamMemberInput).max(200).default([]),
    headcounts: z.array(HeadcountInput).max(30).default([]),
    agreementIds: z.array(Id).max(20).default([]),
    places: z.array(PlaceInput).max(20).default([]),
    budget: z.array(BudgetLineInput).max(100).default([]),
    milestones: z.array(MilestoneInput).max(200).default([]),
    outputs: z.array(OutputInput).max(500).default([]),
    notes: optionalText(20000).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: keyedMessage('dates.endBeforeStart') });
    }
    noRepeats(value.partners.map((p) => p.organisationId), ctx, (i) => ['partners', i, 'organisationId'], 'project.duplicatePartner');
    noRepeats(value.team.map((m) => m.personId), ctx, (i) => ['team', i, 'personId'], 'project.duplicateMember');
    noRepeats(value.agreementIds, ctx, (i) => ['agreementIds', i], 'project.duplicateAgreement');
  });
export type ProjectInput = z.input<typeof ProjectInput>;
export type ProjectValues = z.output<typeof ProjectInput>;

export const ProjectLink = z.object({ id: Id, name: z.string() });
export type ProjectLink = z.infer<typeof ProjectLink>;

export const ProjectPartner = z.object({ organisationId: Id, name: z.string(), role: z.string() });
export type ProjectPartner = z.infer<typeof ProjectPartner>;
export const TeamMember = z.object({ personId: Id, name: z.string(), role: z.string(), principal: z.boolean() });
export type TeamMember = z.infer<typeof TeamMember>;
export const BudgetLine = z.object({
  organisationId: Id,
  sourceName: z.string(),
  description: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;
export const ProjectOutput = z.object({ id: Id, kind: OutputKind, title: z.string(), date: IsoDate.nullable(), identifier: z.string() });
export type ProjectOutput = z.infer<typeof ProjectOutput>;

export const Project = z
  .object({
    id: Id,
    kind: ProjectKind,
    status: ProjectStatus,
    title: z.string(),
    summary: z.string(),
    startsOn: IsoDate.nullable(),
    endsOn: IsoDate.nullable(),
    partners: z.array(ProjectPartner),
    team: z.array(TeamMember),
    headcounts: z.array(z.object({ count: z.number().int(), role: z.string() })),
    agreementIds: z.array(Id),
    agreements: z.array(ProjectLink),
    places: z.array(z.object({ name: z.string(), fromOn: IsoDate.nullable(), toOn: IsoDate.nullable(), planned: z.boolean() })),
    budget: z.array(BudgetLine),
    /** Sums per currency, never added across currencies. */
    budgetTotals: z.array(MoneyTotal),
    milestones: z.array(z.object({ title: z.string(), dueOn: IsoDate, doneOn: IsoDate.nullable() })),
    outputs: z.array(ProjectOutput),
    notes: z.string(),
  })
  .merge(RowMeta);
export type Project = z.infer<typeof Project>;

export const ProjectQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  kind: ProjectKind.optional(),
  status: ProjectStatus.optional(),
  /** Projects an agreement links to. */
  agreementId: Id.optional(),
  /** Projects an organisation takes part in. */
  organisationId: Id.optional(),
  sort: z.enum(PROJECT_SORTS).default('title'),
  dir: SortDir.default('asc'),
});
export type ProjectQuery = z.input<typeof ProjectQuery>;

export const ProjectUpdate = UpdateOf(ProjectInput);
export type ProjectUpdate = z.input<typeof ProjectUpdate>;

export const ProjectTransition = z.object({ id: Id, to: ProjectStatus, expectedUpdatedAt: z.string().optional() });
export type ProjectTransition = z.input<typeof ProjectTransition>;
