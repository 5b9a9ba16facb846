import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { PendingRestore, RestoreOutcome } from '../../../shared/models/backup';
import { writeFileDurably } from '../files/durable-write';
import { backupsDir, checkBackup, listBackups, restoreBackup, type BackupEntry } from './backup-service';

/**
 * A restore chosen in the app waits in this file until the next start: the running app holds the
 * register open, and replacing it under an open connection could corrupt it.
 */
export const PENDING_RESTORE_FILE = 'restore-pending.json';

type Options = { latestVersion: number; nativeBinding?: string };

function pendingFile(dataDir: string): string {
  return path.join(dataDir, PENDING_RESTORE_FILE);
}

/**
 * The backup named `file` in backups/. Only a bare file name of a listed backup is accepted, so a
 * restore cannot be pointed at a register elsewhere on the disk (or at backups/../liaison.sqlite).
 */
export function backupNamed(dataDir: string, file: string): BackupEntry {
  const dir = backupsDir(dataDir);
  if (path.basename(file) !== file || path.resolve(dir, file) !== path.join(dir, file) || file.startsWith('.')) {
    throw new AppError('VALIDATION', 'backup.outsideFolder', { file, dir });
  }
  const entry = listBackups(dataDir).find((candidate) => candidate.name === file);
  if (!entry) throw new AppError('NOT_FOUND', 'backup.notFound', { file });
  return entry;
}

/** The restore waiting for the next start, if any; a file we cannot read counts as one that failed. */
export function readPendingRestore(dataDir: string): { name: string; scheduledAt: string } | null {
  let text: string;
  try {
    text = fs.readFileSync(pendingFile(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as { name?: unknown; scheduledAt?: unknown };
    if (typeof value.name === 'string' && typeof value.scheduledAt === 'string') return { name: value.name, scheduledAt: value.scheduledAt };
  } catch {
    // Reported below as an unreadable request.
  }
  return { name: '', scheduledAt: '' };
}

/** The pending restore as the Backups page shows it; null when none, or its backup is gone. */
export function pendingRestore(dataDir: string): PendingRestore | null {
  const pending = readPendingRestore(dataDir);
  if (!pending?.name) return null;
  const entry = listBackups(dataDir).find((candidate) => candidate.name === pending.name);
  return entry ? { name: entry.name, savedAt: entry.savedAt.toISOString(), scheduledAt: pending.scheduledAt } : null;
}

/**
 * Checks the chosen backup now (so a damaged one is refused while the user is still looking) and
 * records it to be put in place at the next start. Choosing again replaces the earlier choice.
 */
export function scheduleRestore(dataDir: string, file: string, options: Options & { now: Date }): PendingRestore {
  const entry = backupNamed(dataDir, file);
  checkBackup(entry.file, options);
  const scheduledAt = options.now.toISOString();
  writeFileDurably(pendingFile(dataDir), `${JSON.stringify({ name: entry.name, scheduledAt }, null, 2)}\n`);
  return { name: entry.name, savedAt: entry.savedAt.toISOString(), scheduledAt };
}

/** Forgets the pending restore; false when there was none. */
export function cancelRestore(dataDir: string): boolean {
  const file = pendingFile(dataDir);
  if (!fs.existsSync(file)) return false;
  fs.rmSync(file, { force: true });
  return true;
}

/**
 * At start-up, while this process holds the data folder and before the register is opened: puts
 * the pending backup in place through `restoreBackup` (the CLI's own path, which checks it again
 * and keeps the replaced register as before-restore-…). Success or failure, the request is then
 * removed, so a backup that cannot be restored never stops Liaison from starting.
 */
export function applyPendingRestore(dataDir: string, options: Options & { now: Date }): RestoreOutcome | null {
  const pending = readPendingRestore(dataDir);
  if (!pending) return null;
  const at = options.now.toISOString();
  try {
    if (!pending.name) throw new AppError('VALIDATION', 'backup.pendingUnreadable', { file: pendingFile(dataDir) });
    const entry = backupNamed(dataDir, pending.name);
    const result = restoreBackup(dataDir, entry.file, options);
    return { status: 'restored', name: entry.name, at, setAside: result.setAside ? path.basename(result.setAside) : null };
  } catch (error) {
    const failure =
      error instanceof AppError
        ? error
        : new AppError('IO', 'backup.restoreFailed', { name: pending.name, reason: error instanceof Error ? error.message : String(error) });
    return { status: 'failed', name: pending.name, at, key: failure.key, params: failure.params, message: failure.message };
  } finally {
    cancelRestore(dataDir);
  }
}
