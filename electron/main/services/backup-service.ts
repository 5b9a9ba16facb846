import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { databasePath } from '../data-dir';
import type { Db } from '../db/connection';
import { checkRegisterFile } from '../db/backup';
import { inspectRegisterFile } from '../db/register-file';
import { syncFolder } from '../files/durable-write';
import { ensurePrivateDir, makePrivate } from '../files/private-modes';

export type BackupKind = 'scheduled' | 'manual' | 'before-schema' | 'before-restore';

export type BackupEntry = { file: string; name: string; kind: BackupKind; size: number; savedAt: Date };

/** How many scheduled backups are kept; manual and pre-upgrade ones are the user's to delete. */
export const SCHEDULED_BACKUPS_KEPT = 14;
/** A scheduled backup is made when the newest one is older than this. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

const PREFIXES: ReadonlyArray<[string, BackupKind]> = [
  ['scheduled-', 'scheduled'],
  ['before-schema-', 'before-schema'],
  ['before-restore-', 'before-restore'],
  ['liaison-', 'manual'],
];

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** The register copies in backups/, newest first. */
export function listBackups(dataDir: string): BackupEntry[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    if (!name.endsWith('.sqlite')) continue;
    const kind = PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1] ?? 'manual';
    const file = path.join(dir, name);
    try {
      const stat = fs.statSync(file);
      if (stat.isFile()) entries.push({ file, name, kind, size: stat.size, savedAt: stat.mtime });
    } catch {
      // Removed while listing: not a backup any more.
    }
  }
  return entries.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime() || b.name.localeCompare(a.name));
}

/** The newest copy worth restoring: a register set aside by a restore is not offered back. */
export function newestBackup(dataDir: string): BackupEntry | null {
  return listBackups(dataDir).find((entry) => entry.kind !== 'before-restore' && entry.size > 0) ?? null;
}

/**
 * A consistent copy of the open register via SQLite's online backup, written under a temporary
 * name and renamed into place, so backups/ never holds half a copy under a real name.
 */
export async function createBackup(db: Db, dataDir: string, kind: 'scheduled' | 'manual', now: Date): Promise<BackupEntry> {
  const dir = backupsDir(dataDir);
  ensurePrivateDir(dir);
  const name = `${kind === 'scheduled' ? 'scheduled' : 'liaison'}-${stampOf(now)}.sqlite`;
  const file = path.join(dir, name);
  if (fs.existsSync(file)) throw new AppError('CONFLICT', 'backup.exists', { name });
  const temp = path.join(dir, `.partial-${name}`);
  try {
    await db.backup(temp);
    makePrivate(temp);
    fs.renameSync(temp, file);
    syncFolder(dir);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  const stat = fs.statSync(file);
  return { file, name, kind, size: stat.size, savedAt: stat.mtime };
}

/**
 * Deletes scheduled backups beyond the newest `keep`; returns the files removed. `spare` names one
 * never deleted (the backup a pending restore will put in place at the next start).
 */
export function pruneBackups(dataDir: string, keep = SCHEDULED_BACKUPS_KEPT, spare: string | null = null): string[] {
  const old = listBackups(dataDir)
    .filter((entry) => entry.kind === 'scheduled')
    .slice(keep)
    .filter((entry) => entry.name !== spare);
  for (const entry of old) fs.rmSync(entry.file, { force: true });
  return old.map((entry) => entry.file);
}

/** Whether a scheduled backup is due: none yet, or the newest is older than the interval. */
export function backupDue(dataDir: string, now: Date, intervalMs = BACKUP_INTERVAL_MS): boolean {
  const newest = listBackups(dataDir).find((entry) => entry.kind === 'scheduled');
  return !newest || now.getTime() - newest.savedAt.getTime() >= intervalMs;
}

export type BackupSchedule = { stop(): void };

/**
 * Makes a scheduled backup when one is due, now and then every hour, and keeps the newest
 * SCHEDULED_BACKUPS_KEPT. A failure is logged and tried again next hour: it must not stop the app.
 */
export function scheduleBackups(
  db: Db,
  dataDir: string,
  options: { now: () => Date; checkEveryMs?: number; onError?: (error: unknown) => void; spare?: () => string | null },
): BackupSchedule {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped || !db.open) return;
    running = true;
    try {
      if (backupDue(dataDir, options.now())) {
        await createBackup(db, dataDir, 'scheduled', options.now());
        pruneBackups(dataDir, SCHEDULED_BACKUPS_KEPT, options.spare?.() ?? null);
      }
    } catch (error) {
      (options.onError ?? ((e) => console.error('[liaison] scheduled backup failed:', e)))(error);
    } finally {
      running = false;
    }
  };
  // After start-up, so the first backup does not delay the window.
  const first = setTimeout(() => void tick(), 5_000);
  const timer = setInterval(() => void tick(), options.checkEveryMs ?? 60 * 60 * 1000);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}

export type RestoreResult = { restored: string; setAside: string | null };

/**
 * Puts a backup in place of the register. The caller must hold the data folder (no Liaison may
 * have the register open). The backup is integrity-checked first and refused if it fails or was
 * written by a newer Liaison; the register it replaces is moved to backups/before-restore-…, with
 * its -wal, so nothing is lost by restoring the wrong file.
 */
export function restoreBackup(dataDir: string, source: string, options: { latestVersion: number; now: Date; nativeBinding?: string }): RestoreResult {
  const from = path.resolve(source);
  checkBackup(from, options);
  const target = databasePath(dataDir);
  ensurePrivateDir(dataDir);
  const incoming = `${target}.restoring`;
  try {
    fs.copyFileSync(from, incoming);
    makePrivate(incoming);
    const fd = fs.openSync(incoming, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    // A full disk mid-copy leaves the register as it was, and no half copy beside it.
    fs.rmSync(incoming, { force: true });
    throw error;
  }

  let setAside: string | null = null;
  if (fs.existsSync(target)) {
    ensurePrivateDir(backupsDir(dataDir));
    setAside = path.join(backupsDir(dataDir), `before-restore-${stampOf(options.now)}.sqlite`);
    fs.renameSync(target, setAside);
    if (fs.existsSync(`${target}-wal`)) fs.renameSync(`${target}-wal`, `${setAside}-wal`);
    syncFolder(backupsDir(dataDir));
  }
  fs.rmSync(`${target}-wal`, { force: true });
  fs.rmSync(`${target}-shm`, { force: true });
  fs.renameSync(incoming, target);
  syncFolder(dataDir);
  return { restored: from, setAside };
}

/**
 * Throws unless `file` is a register this Liaison can restore: it passes SQLite's integrity and
 * foreign-key checks, is a Liaison register, and was not written by a newer Liaison.
 */
export function checkBackup(file: string, options: { latestVersion: number; nativeBinding?: string }): void {
  const problems = checkRegisterFile(file, options.nativeBinding);
  if (problems.length) {
    throw new AppError('VALIDATION', 'backup.failedCheck', { file, problems: problems.slice(0, 3).join(' ') });
  }
  const state = inspectRegisterFile(file);
  if (state.kind === 'sqlite' && state.userVersion > options.latestVersion) {
    throw new AppError('CONFLICT', 'backup.tooNew', { file });
  }
  if (state.kind === 'sqlite' && state.userVersion === 0) {
    throw new AppError('VALIDATION', 'backup.notRegister', { file });
  }
}
