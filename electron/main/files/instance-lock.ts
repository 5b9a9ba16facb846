import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

export const LOCK_FILE = 'liaison.lock';

export type InstanceLock = { release(): void };

/** Another Liaison (window, browser-mode server or command) has this data folder open. */
export class FolderInUseError extends AppError {
  constructor(dataDir: string) {
    super('CONFLICT', 'storage.folderInUse', { dir: dataDir });
    this.name = 'FolderInUseError';
  }
}

/**
 * Claims the data folder for this process: one Liaison at a time may open its register and
 * document store. The claim is an exclusive SQLite lock on `liaison.lock`, held by the operating
 * system for as long as the connection is open, so a crashed process never leaves a stale claim
 * (a pid file would), and it works the same on Windows, macOS and Linux.
 */
export function claimDataFolder(dataDir: string, options: { nativeBinding?: string } = {}): InstanceLock {
  const file = path.join(dataDir, LOCK_FILE);
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  try {
    if (process.platform !== 'win32') fs.chmodSync(file, 0o600);
    db.pragma('busy_timeout = 0');
    // In exclusive locking mode the lock taken by the first write is kept until the connection closes.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS claim (pid INTEGER); DELETE FROM claim; COMMIT;');
    db.prepare('INSERT INTO claim (pid) VALUES (?)').run(process.pid);
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
      throw new FolderInUseError(dataDir);
    }
    throw error;
  }
  return {
    release: () => {
      if (db.open) db.close();
    },
  };
}
