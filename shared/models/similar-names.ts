import { z } from 'zod';
import { Id } from './common';

/**
 * "Is this one already in the register?" asked while a name is typed: the name and the names in
 * other scripts the form holds, and the record being edited (never its own duplicate).
 */
export const SimilarNamesQuery = z.object({
  name: z.string().max(300),
  altNames: z.array(z.string().max(300)).max(10).default([]),
  excludeId: Id.optional(),
});
export type SimilarNamesQuery = z.input<typeof SimilarNamesQuery>;

/** `same`: a name of the record has the same match key as one typed; `close`: alike enough to ask. */
export const SIMILARITY = ['same', 'close'] as const;
export const Similarity = z.enum(SIMILARITY);
export type Similarity = z.infer<typeof Similarity>;

/** A likely duplicate: which record, how alike, and the name of it that matched ("KAIST" or its other name). */
export const SimilarRecord = z.object({
  id: Id,
  name: z.string(),
  matchedName: z.string(),
  similarity: Similarity,
  /** What tells two of the same name apart: an organisation's country, a person's organisation. */
  detail: z.string(),
});
export type SimilarRecord = z.infer<typeof SimilarRecord>;

export const SimilarRecords = z.object({ rows: z.array(SimilarRecord) });
export type SimilarRecords = z.infer<typeof SimilarRecords>;
