import { z } from 'zod';
import { ITEM_PROGRESS } from '../research/item-progress';
import { AgreementKind, AgreementStatus, CONTRIBUTION_KINDS } from './agreement';
import { PreciseDateText } from './agreement';
import { Id, IsoDate } from './common';
import { OrganisationKind } from './organisation';
import { EventKind } from './event';
import { OutputKind, ProjectKind, ProjectStatus } from './project';
import { PlacementStatus } from './placement';

export const PartnerRef = z.object({ organisationId: Id });

export const PARTNER_REPORT_FORMATS = ['pdf', 'markdown'] as const;
export const PartnerReportRequest = z.object({ organisationId: Id, format: z.enum(PARTNER_REPORT_FORMATS) });
export type PartnerReportRequest = z.input<typeof PartnerReportRequest>;

const Counts = z.record(z.enum(ITEM_PROGRESS), z.number().int());

export const PartnerAgreement = z.object({
  id: Id,
  referenceNo: z.string(),
  title: z.string(),
  kind: AgreementKind,
  status: AgreementStatus,
  signedOn: PreciseDateText.nullable(),
  effectiveOn: PreciseDateText.nullable(),
  expiresOn: PreciseDateText.nullable(),
  parentId: Id.nullable(),
  /** How deep in its lineage among this partner's agreements (0: it builds on none of them). */
  depth: z.number().int().min(0),
  /** The other parties. */
  counterparts: z.array(z.string()),
  /** Its cooperation items by how they are doing today. */
  progress: Counts,
});
export type PartnerAgreement = z.infer<typeof PartnerAgreement>;

export const PartnerProgram = z.object({
  id: Id,
  name: z.string(),
  /** The partner (or one of its units) sponsors it. */
  sponsor: z.boolean(),
  /** Agreements with the partner that create it. */
  createdBy: z.array(z.string()),
});
export type PartnerProgram = z.infer<typeof PartnerProgram>;

export const PartnerProject = z.object({
  id: Id,
  title: z.string(),
  kind: ProjectKind,
  status: ProjectStatus,
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable(),
  /** The partner's role in it, as recorded ('' when it joins only through a linked agreement). */
  role: z.string(),
  headcounts: z.array(z.object({ count: z.number().int(), role: z.string() })),
  /** Where it works, and where it is planned to move. */
  places: z.array(z.object({ name: z.string(), fromOn: IsoDate.nullable(), toOn: IsoDate.nullable(), planned: z.boolean() })),
  milestones: z.object({ due: z.number().int(), done: z.number().int(), slipped: z.number().int() }),
  /** The next open milestone's due date. */
  nextDueOn: IsoDate.nullable(),
  outputs: z.array(z.object({ kind: OutputKind, title: z.string(), date: IsoDate.nullable(), identifier: z.string() })),
});
export type PartnerProject = z.infer<typeof PartnerProject>;

/** An event with the partner: its first date and wall-clock times in its own zone, and for a series how it runs. */
export const PartnerEvent = z.object({
  id: Id,
  kind: EventKind,
  title: z.string(),
  allDay: z.boolean(),
  startsOn: IsoDate,
  startTime: z.string().nullable(),
  endsOn: IsoDate,
  endTime: z.string().nullable(),
  /** The IANA zone its times are in ('Asia/Seoul'). */
  timeZone: z.string(),
  place: z.string(),
  /** A series (regular forums): how many meetings were held up to today, and the next one. */
  series: z.boolean(),
  held: z.number().int(),
  nextOn: IsoDate.nullable(),
});
export type PartnerEvent = z.infer<typeof PartnerEvent>;

/** An internship the partner hosts, or one under its agreements: the intern, the host, its outcome and dates as precise as known. */
export const PartnerPlacement = z.object({
  id: Id,
  internName: z.string(),
  hostName: z.string(),
  status: PlacementStatus,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});
export type PartnerPlacement = z.infer<typeof PartnerPlacement>;

export const PartnerPerson = z.object({ id: Id, name: z.string(), title: z.string(), organisationName: z.string() });
export type PartnerPerson = z.infer<typeof PartnerPerson>;

/** Money the partner gives, per currency: through its agreements' contributions and as project budget. */
export const PartnerMoney = z.object({ currency: z.string(), agreementsMinor: z.number().int(), projectsMinor: z.number().int(), totalMinor: z.number().int() });
export type PartnerMoney = z.infer<typeof PartnerMoney>;

export const PartnerOtherContribution = z.object({
  agreementId: Id,
  agreementName: z.string(),
  kind: z.enum(CONTRIBUTION_KINDS),
  description: z.string(),
  quantity: z.number().nullable(),
  unit: z.string(),
});
export type PartnerOtherContribution = z.infer<typeof PartnerOtherContribution>;

/**
 * How many records of each kind a partner's page and report list at most. The office's own
 * university, or a partner in thousands of agreements, is in most of the register: its page lists
 * the latest of each and counts all of them (`counts`), and the register's lists hold the rest.
 */
export const PARTNER_LIST_ROWS = 100;

const Count = z.number().int().min(0);

/** How many of each the partner has, whether or not its page lists them all. */
export const PartnerCounts = z.object({
  agreements: Count,
  agreementsInForce: Count,
  /** Cooperation items overdue, or with nothing to show a year after the agreement started. */
  itemsNeedingAttention: Count,
  projects: Count,
  programs: Count,
  events: Count,
  placements: Count,
  people: Count,
  otherContributions: Count,
});
export type PartnerCounts = z.infer<typeof PartnerCounts>;

/**
 * Everything with one partner: the organisation and its units (sub-organisations), and each record
 * that involves any of them — each list the latest `PARTNER_LIST_ROWS`, with `counts` of all.
 */
export const PartnerOverview = z.object({
  organisation: z.object({ id: Id, name: z.string(), altNames: z.array(z.string()), kind: OrganisationKind, country: z.string() }),
  units: z.array(z.object({ id: Id, name: z.string() })),
  today: IsoDate,
  counts: PartnerCounts,
  /** Unsigned agreements and the latest signed, in their lineage. */
  agreements: z.array(PartnerAgreement),
  programs: z.array(PartnerProgram),
  projects: z.array(PartnerProject),
  /** Events a unit organises, its people attend, or its agreements hold; the latest first. */
  events: z.array(PartnerEvent),
  /** Internships a unit hosts or the partner's agreements created; the latest start first. */
  placements: z.array(PartnerPlacement),
  people: z.array(PartnerPerson),
  money: z.array(PartnerMoney),
  otherContributions: z.array(PartnerOtherContribution),
});
export type PartnerOverview = z.infer<typeof PartnerOverview>;
