import { z } from 'zod';
import { RecordRef } from './record-ref';

/** A stored document whose file no longer holds what was attached. */
export const DamagedDocument = z.object({
  sha256: z.string(),
  problem: z.enum(['missing', 'changed']),
  /** Every document version that points at these bytes: re-attaching any one repairs them all. */
  versions: z.array(z.object({ documentId: z.string(), title: z.string(), version: z.number().int(), fileName: z.string(), owner: RecordRef })),
});
export type DamagedDocument = z.infer<typeof DamagedDocument>;

/** What the background check of the documents folder last found; `checkedAt` is null before its first run. */
export const DocumentHealth = z.object({
  checkedAt: z.string().nullable(),
  checked: z.number().int().min(0),
  damaged: z.array(DamagedDocument),
});
export type DocumentHealth = z.infer<typeof DocumentHealth>;
