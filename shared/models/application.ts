import { z } from 'zod';
import { recordChannels } from '../ipc/record-channels';
import { defineLifecycle } from '../lifecycle/define-lifecycle';
import { keyed, keyedMessage } from '../messages/zod-issues';
import { FileOut } from './export';
import { Id, IsoDate, ListPageRequest, RowMeta, SortDir, UpdateOf, optionalText } from './common';

/**
 * An application to an intake: who applied (a person), when, how screening scored it, and where it
 * stands. Submitted applications are screened, then accepted or rejected; an applicant may withdraw
 * until a decision is made.
 */
export const APPLICATION_STATUSES = ['submitted', 'screening', 'accepted', 'rejected', 'withdrawn'] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES, keyed('field.choose'));
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** The one place application status rules live: the renderer offers these moves, main checks them. */
export const applicationLifecycle = defineLifecycle<ApplicationStatus>({
  noun: 'application',
  moves: {
    submitted: ['screening', 'withdrawn'],
    screening: ['accepted', 'rejected', 'withdrawn'],
    accepted: [],
    rejected: [],
    withdrawn: [],
  },
});

/** A screening score from 0 to 100, to one decimal (panels average their marks); none until screened. */
const Score = z
  .number()
  .min(0)
  .max(100)
  .refine((score) => Math.abs(score * 10 - Math.round(score * 10)) < 1e-9, keyed('application.scoreTenths'))
  .nullable()
  .default(null);

export const ApplicationInput = z.object({
  applicantId: Id,
  intakeId: Id,
  submittedOn: IsoDate,
  score: Score,
  reviewerNotes: optionalText(20000).default(''),
});
export type ApplicationInput = z.input<typeof ApplicationInput>;
export type ApplicationValues = z.output<typeof ApplicationInput>;

export const Application = z
  .object({
    id: Id,
    applicantId: Id,
    applicantName: z.string(),
    intakeId: Id,
    intakeName: z.string(),
    programId: Id,
    programName: z.string(),
    status: ApplicationStatus,
    submittedOn: IsoDate,
    score: z.number().nullable(),
    reviewerNotes: z.string(),
  })
  .merge(RowMeta);
export type Application = z.infer<typeof Application>;

export const APPLICATION_SORTS = ['submittedOn', 'score', 'updatedAt'] as const;

export const ApplicationQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  intakeId: Id.optional(),
  applicantId: Id.optional(),
  statuses: z.array(ApplicationStatus).max(APPLICATION_STATUSES.length).optional(),
  sort: z.enum(APPLICATION_SORTS).default('submittedOn'),
  dir: SortDir.default('desc'),
});
export type ApplicationQuery = z.input<typeof ApplicationQuery>;

export const ApplicationUpdate = UpdateOf(ApplicationInput);
export type ApplicationUpdate = z.input<typeof ApplicationUpdate>;

/** A move along the lifecycle; refused (ILLEGAL_TRANSITION) with a sentence when the lifecycle forbids it. */
export const ApplicationTransition = z.object({
  id: Id,
  to: ApplicationStatus,
  expectedUpdatedAt: z.string().optional(),
});
export type ApplicationTransition = z.input<typeof ApplicationTransition>;

/**
 * One move for many applications (a screening board's selection): all of them move, in one
 * transaction, or none does and every row that cannot move is named (`moves.<n>`), so a board never
 * ends half-moved with the user guessing which rows went.
 */
export const ApplicationTransitionMany = z
  .object({
    to: ApplicationStatus,
    moves: z
      .array(z.object({ id: Id, expectedUpdatedAt: z.string().optional() }))
      .min(1, keyed('application.batchEmpty'))
      .max(500, keyed('application.batchTooLarge')),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.moves.forEach((move, index) => {
      if (seen.has(move.id)) ctx.addIssue({ code: 'custom', path: ['moves', index, 'id'], message: keyedMessage('application.batchRepeat') });
      seen.add(move.id);
    });
  });
export type ApplicationTransitionMany = z.input<typeof ApplicationTransitionMany>;

/** An intake's applicants as a file: CSV (formula-safe) or Markdown (escaped). */
export const ApplicantsExport = z.object({ intakeId: Id, format: z.enum(['csv', 'markdown']) });
export type ApplicantsExport = z.input<typeof ApplicantsExport>;

/** The applications register's channels, its lifecycle move (one or many) and the applicants export. */
export const applicationChannels = {
  ...recordChannels('applications', { query: ApplicationQuery, input: ApplicationInput, update: ApplicationUpdate, record: Application }),
  'applications:transition': { input: ApplicationTransition, output: Application },
  'applications:transitionMany': { input: ApplicationTransitionMany, output: z.array(Application) },
  'applications:export': { input: ApplicantsExport, output: FileOut },
} as const;
