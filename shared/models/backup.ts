import { z } from 'zod';

export const BackupKind = z.enum(['scheduled', 'manual', 'before-schema', 'before-restore']);
export type BackupKind = z.infer<typeof BackupKind>;

/** A register copy in the data folder's backups/, named by its file name only (never a path). */
export const BackupInfo = z.object({
  name: z.string(),
  kind: BackupKind,
  size: z.number().int().min(0),
  savedAt: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** The backup to put in place of the register when Liaison next starts. */
export const PendingRestore = z.object({
  name: z.string(),
  savedAt: z.string(),
  scheduledAt: z.string(),
});
export type PendingRestore = z.infer<typeof PendingRestore>;

/**
 * What this start did with a pending restore: `restored` names the copy the replaced register was
 * kept as; `failed` carries the reason as a message key, and the register was left as it was.
 */
export const RestoreOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('restored'), name: z.string(), at: z.string(), setAside: z.string().nullable() }),
  z.object({
    status: z.literal('failed'),
    name: z.string(),
    at: z.string(),
    key: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    message: z.string(),
  }),
]);
export type RestoreOutcome = z.infer<typeof RestoreOutcome>;

export const BackupsOverview = z.object({
  backups: z.array(BackupInfo),
  pending: PendingRestore.nullable(),
  /** Set only in the session whose start applied (or failed to apply) a restore. */
  lastRestore: RestoreOutcome.nullable(),
});
export type BackupsOverview = z.infer<typeof BackupsOverview>;

/** A backup chosen by its file name in backups/; anything with a folder in it is refused. */
export const BackupChoice = z.object({ file: z.string().min(1).max(255) });
export type BackupChoice = z.infer<typeof BackupChoice>;
