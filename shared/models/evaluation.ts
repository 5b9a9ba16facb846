import { z } from 'zod';
import { recordChannels } from '../ipc/record-channels';
import { keyed } from '../messages/zod-issues';
import { Id, IsoDate, ListPageRequest, RowMeta, SortDir, UpdateOf, optionalText } from './common';

/**
 * A host's or supervisor's evaluation of a placement: when, by whom, the score, comments, and the
 * evaluation form as uploaded to the placement's documents (by id). A small record type of its own,
 * not a list saved with the placement: each is recorded, corrected and removed on its own, audited.
 */
const Score = z
  .number()
  .min(0)
  .max(100)
  .refine((score) => Math.abs(score * 10 - Math.round(score * 10)) < 1e-9, keyed('evaluation.scoreTenths'))
  .nullable()
  .default(null);

export const EvaluationInput = z.object({
  placementId: Id,
  evaluatedOn: IsoDate,
  evaluatorId: Id,
  score: Score,
  comments: optionalText(20000).default(''),
  /** A document of the placement (the filled-in evaluation form); none when not uploaded. */
  documentId: Id.nullable().default(null),
});
export type EvaluationInput = z.input<typeof EvaluationInput>;
export type EvaluationValues = z.output<typeof EvaluationInput>;

export const Evaluation = z
  .object({
    id: Id,
    placementId: Id,
    internName: z.string(),
    hostName: z.string(),
    evaluatedOn: IsoDate,
    evaluatorId: Id,
    evaluatorName: z.string(),
    score: z.number().nullable(),
    comments: z.string(),
    documentId: Id.nullable(),
    documentTitle: z.string().nullable(),
  })
  .merge(RowMeta);
export type Evaluation = z.infer<typeof Evaluation>;

export const EVALUATION_SORTS = ['evaluatedOn', 'updatedAt'] as const;

export const EvaluationQuery = ListPageRequest.extend({
  search: z.string().trim().max(200).default(''),
  placementId: Id.optional(),
  evaluatorId: Id.optional(),
  sort: z.enum(EVALUATION_SORTS).default('evaluatedOn'),
  dir: SortDir.default('desc'),
});
export type EvaluationQuery = z.input<typeof EvaluationQuery>;

export const EvaluationUpdate = UpdateOf(EvaluationInput);
export type EvaluationUpdate = z.input<typeof EvaluationUpdate>;

/** Placement evaluations' channels. */
export const evaluationChannels = recordChannels('evaluations', { query: EvaluationQuery, input: EvaluationInput, update: EvaluationUpdate, record: Evaluation });
