import { z } from 'zod';
import { keyed, keyedMessage } from '../messages/zod-issues';
import { ITEM_PROGRESS } from '../research/item-progress';
import { CooperationItem } from './agreement';
import { Id, IsoDate, optionalText } from './common';

/**
 * What can fulfil a cooperation item: a project, one of its outputs, a program, an event (a forum
 * held under an MOU's "regular AI forums"), an internship (a startup internship under a city's
 * MOU). A new kind is one word here and one line in main's table of outcome subjects (which does
 * not compile until it has it).
 */
export const OUTCOME_SUBJECT_KINDS = ['project', 'output', 'program', 'event', 'placement'] as const;
export const OutcomeSubjectKind = z.enum(OUTCOME_SUBJECT_KINDS, keyed('outcome.subjectKind'));
export type OutcomeSubjectKind = z.infer<typeof OutcomeSubjectKind>;

export const OutcomeSubject = z.object({ kind: OutcomeSubjectKind, id: Id });
export type OutcomeSubject = z.infer<typeof OutcomeSubject>;

/** "This project fulfils that cooperation item", with a note saying how. */
export const OutcomeLinkInput = z.object({
  itemId: Id,
  subject: OutcomeSubject,
  note: optionalText(2000).default(''),
});
export type OutcomeLinkInput = z.input<typeof OutcomeLinkInput>;

/** The outcomes of one agreement, or those one record (a project and its outputs, a program) fulfils. */
export const OutcomeQuery = z
  .object({ agreementId: Id.optional(), subject: OutcomeSubject.optional() })
  .superRefine((value, ctx) => {
    if (Boolean(value.agreementId) === Boolean(value.subject)) {
      ctx.addIssue({ code: 'custom', path: ['agreementId'], message: keyedMessage('outcome.listScope') });
    }
  });
export type OutcomeQuery = z.input<typeof OutcomeQuery>;

export const Outcome = z.object({
  id: Id,
  agreementId: Id,
  /** The agreement as pickers name it: its reference, then its title. */
  agreementName: z.string(),
  itemId: Id,
  itemDescription: z.string(),
  /** The item was removed from the agreement since the link was made; the link stays until unlinked. */
  itemRemoved: z.boolean(),
  subject: z.object({
    kind: OutcomeSubjectKind,
    id: Id,
    name: z.string(),
    /** The record whose page shows it: the project an output belongs to, the project or program itself. */
    recordId: Id,
    /** For an output, the project it came from; '' otherwise. */
    context: z.string(),
  }),
  note: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
});
export type Outcome = z.infer<typeof Outcome>;

export const ItemProgress = z.enum(ITEM_PROGRESS);

/** One cooperation item, what fulfils it, and how it is doing. */
export const ProducedItem = z.object({ item: CooperationItem, progress: ItemProgress, outcomes: z.array(Outcome) });
export type ProducedItem = z.infer<typeof ProducedItem>;

/** "What this agreement produced": per cooperation item, its outcomes and its progress today. */
export const AgreementProduced = z.object({
  agreementId: Id,
  today: IsoDate,
  /** The date the "nothing after a year" rule counts from (effective, else signed); null while unsigned. */
  start: IsoDate.nullable(),
  items: z.array(ProducedItem),
  /** Outcomes whose cooperation item was removed from the agreement: shown so they can be unlinked, not lost. */
  removed: z.array(Outcome),
});
export type AgreementProduced = z.infer<typeof AgreementProduced>;
