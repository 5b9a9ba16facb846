import { z } from 'zod';
import { AmountMinor, maxMinorUnits } from './money-input';
import { recordChannels } from '../ipc/record-channels';
import { fieldIssue } from '../errors';
import { defineLifecycle } from '../lifecycle/define-lifecycle';
import { keyed, keyedMessage } from '../messages/zod-issues';
import { endsBeforeStart } from '../precise-date';
import { PreciseDateText } from './agreement';
import { FileOut } from './export';
import { CurrencyCode, Id, IsoDate, ListPageRequest, RowMeta, SortDir, UpdateOf, optionalText } from './common';

/**
 * An intern placement: a person interning at a host organisation, from a program and/or under an
 * agreement (both optional: a startup internship under a city agreement has no program). While it
 * runs it is active; it ends completed or left early, and a completed one ends in a hire or not.
 */
export const PLACEMENT_STATUSES = ['active', 'completed', 'left_early', 'hired', 'not_hired'] as const;
export const PlacementStatus = z.enum(PLACEMENT_STATUSES, keyed('field.choose'));
export type PlacementStatus = z.infer<typeof PlacementStatus>;

/** What a move is checked against besides the status: a hire is decided on an evaluation. */
export type PlacementFacts = { status: PlacementStatus; evaluationCount: number };

/**
 * The one place placement outcome rules live. "Hired" and "not hired" follow "completed": whether
 * the host hires is decided once the internship is over and evaluated; leaving early is final.
 */
export const placementLifecycle = defineLifecycle<PlacementStatus, PlacementFacts>({
  noun: 'placement',
  moves: {
    active: ['completed', 'left_early'],
    completed: ['hired', 'not_hired'],
    left_early: [],
    hired: [],
    not_hired: [],
  },
  guards: {
    hired: (facts) => (facts.evaluationCount > 0 ? [] : [fieldIssue('to', 'placement.hireNeedsEvaluation')]),
  },
});

/** What a stipend amount is for: each month, each year, or the whole placement. */
export const STIPEND_PERIODS = ['month', 'year', 'total'] as const;
export const StipendPeriod = z.enum(STIPEND_PERIODS, keyed('field.choose'));
export type StipendPeriod = z.infer<typeof StipendPeriod>;

export const PlacementInput = z
  .object({
    internId: Id,
    hostId: Id,
    supervisorId: Id.nullable().default(null),
    programId: Id.nullable().default(null),
    agreementId: Id.nullable().default(null),
    /** As precisely as known: a day, a month ("September 2026") or a year. */
    startsOn: PreciseDateText,
    endsOn: PreciseDateText.nullable().default(null),
    /** When the host's evaluation is due (a reminder until one is recorded). */
    evaluationDueOn: IsoDate.nullable().default(null),
    /** Integer minor units of `stipendCurrency` (KRW has none); null when unpaid or not known. */
    stipendMinor: AmountMinor.nullable().default(null),
    stipendCurrency: CurrencyCode.nullable().default(null),
    stipendPer: StipendPeriod.default('month'),
    notes: optionalText(20000).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn && endsBeforeStart(value.endsOn, value.startsOn)) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: keyedMessage('dates.endBeforeStart') });
    }
    if (value.stipendMinor !== null && value.stipendCurrency === null) {
      ctx.addIssue({ code: 'custom', path: ['stipendCurrency'], message: keyedMessage('money.currencyRequired') });
    }
    if (value.stipendMinor === null && value.stipendCurrency !== null) {
      ctx.addIssue({ code: 'custom', path: ['stipendMinor'], message: keyedMessage('money.amountRequired') });
    }
    // The one money rule's bound, at the stipend (its fields are named for the placement).
    if (value.stipendMinor !== null && value.stipendCurrency !== null && value.stipendMinor > maxMinorUnits(value.stipendCurrency)) {
      ctx.addIssue({ code: 'custom', path: ['stipendMinor'], message: keyedMessage('money.overLimit', { currency: value.stipendCurrency }) });
    }
  });
export type PlacementInput = z.input<typeof PlacementInput>;
export type PlacementValues = z.output<typeof PlacementInput>;

export const Placement = z
  .object({
    id: Id,
    internId: Id,
    internName: z.string(),
    hostId: Id,
    hostName: z.string(),
    supervisorId: Id.nullable(),
    supervisorName: z.string().nullable(),
    programId: Id.nullable(),
    programName: z.string().nullable(),
    agreementId: Id.nullable(),
    agreementTitle: z.string().nullable(),
    status: PlacementStatus,
    startsOn: PreciseDateText,
    endsOn: PreciseDateText.nullable(),
    evaluationDueOn: IsoDate.nullable(),
    stipendMinor: z.number().int().nullable(),
    stipendCurrency: z.string().nullable(),
    stipendPer: StipendPeriod,
    notes: z.string(),
    /** Live evaluations of this placement (a hire needs one). */
    evaluationCount: z.number().int(),
  })
  .merge(RowMeta);
export type Placement = z.infer<typeof Placement>;

export const PLACEMENT_SORTS = ['startsOn', 'endsOn', 'updatedAt'] as const;

export const PlacementQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  hostId: Id.optional(),
  supervisorId: Id.optional(),
  internId: Id.optional(),
  programId: Id.optional(),
  agreementId: Id.optional(),
  statuses: z.array(PlacementStatus).max(PLACEMENT_STATUSES.length).optional(),
  /** Placements starting in this range (by the first day a month or year may stand for). */
  startsFrom: IsoDate.optional(),
  startsTo: IsoDate.optional(),
  sort: z.enum(PLACEMENT_SORTS).default('startsOn'),
  dir: SortDir.default('desc'),
});
export type PlacementQuery = z.input<typeof PlacementQuery>;

export const PlacementUpdate = UpdateOf(PlacementInput);
export type PlacementUpdate = z.input<typeof PlacementUpdate>;

/** A move along the outcome lifecycle; refused (ILLEGAL_TRANSITION) with a sentence when it is not allowed. */
export const PlacementTransition = z.object({
  id: Id,
  to: PlacementStatus,
  expectedUpdatedAt: z.string().optional(),
});
export type PlacementTransition = z.input<typeof PlacementTransition>;

/** The placements register's channels, and its outcome move. */
export const placementChannels = {
  ...recordChannels('placements', { query: PlacementQuery, input: PlacementInput, update: PlacementUpdate, record: Placement }),
  'placements:transition': { input: PlacementTransition, output: Placement },
} as const;

/**
 * A program's funnel: applications to its intakes, those accepted, its placements, those completed
 * (whatever came after), those hired. Each stage counts records, not people.
 */
export const ProgramFunnel = z.object({
  applied: z.number().int(),
  accepted: z.number().int(),
  placed: z.number().int(),
  completed: z.number().int(),
  hired: z.number().int(),
});
export type ProgramFunnel = z.infer<typeof ProgramFunnel>;

/** What a reminder is about: an intake's applications closing, a placement's evaluation due, a placement ending. */
export const REMINDER_KINDS = ['applicationsClose', 'evaluationDue', 'placementEnds'] as const;
export const Reminder = z.object({
  kind: z.enum(REMINDER_KINDS),
  /** The day (or, for an end known to the month or year, the date as written). */
  on: PreciseDateText,
  area: z.enum(['intakes', 'placements']),
  id: Id,
  /** Whose or what: the intake and its program, the intern and host. */
  name: z.string(),
  /** Past already (an evaluation overdue). */
  overdue: z.boolean(),
});
export type Reminder = z.infer<typeof Reminder>;

/** The first reminders of each kind, soonest first, and the kinds that have more than are listed. */
export const Reminders = z.object({ rows: z.array(Reminder), more: z.array(z.enum(REMINDER_KINDS)) });
export type Reminders = z.infer<typeof Reminders>;

export const ReminderQuery = z.object({
  /** How many days ahead to look. */
  withinDays: z.number().int().min(1).max(366).default(30),
});

/** The placements list as filtered, as a file: CSV (formula-safe) or Markdown (escaped). */
export const PlacementExport = PlacementQuery.omit({ offset: true, limit: true, after: true }).extend({ format: z.enum(['csv', 'markdown']) });
export type PlacementExport = z.input<typeof PlacementExport>;

/** A program's funnel, the dates that need reminders (computed in main), and the list's export. */
export const placementViewChannels = {
  'placements:export': { input: PlacementExport, output: FileOut },
  'programs:funnel': { input: z.object({ programId: Id }), output: ProgramFunnel },
  'reminders:upcoming': { input: ReminderQuery, output: Reminders },
} as const;
