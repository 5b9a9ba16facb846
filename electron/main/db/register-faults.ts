import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/messages/en';
import type { MessageParams } from '../../../shared/messages/message';
import { newestBackup } from '../services/backup-service';

export type RegisterFaultKind = 'empty' | 'not-sqlite' | 'truncated' | 'damaged' | 'disk-full' | 'read-only' | 'busy' | 'in-use';

/**
 * A register that cannot be opened or written, told in a sentence that says what happened and what
 * to do. `backup` is the newest backup, offered where restoring one is the way on.
 */
export class RegisterFault extends AppError {
  readonly kind: RegisterFaultKind;
  readonly backup: string | null;

  constructor(kind: RegisterFaultKind, key: MessageKey, params: MessageParams, backup: string | null = null) {
    super('IO', key, params);
    this.name = 'RegisterFault';
    this.kind = kind;
    this.backup = backup;
  }
}

/** The newest backup, offered where restoring one is the way on ("none" when there is none). */
function backupAdvice(dataDir: string): { params: { backup: string; saved: string }; backup: string | null } {
  const backup = newestBackup(dataDir);
  if (!backup) return { params: { backup: 'none', saved: '' }, backup: null };
  return { params: { backup: backup.file, saved: backup.savedAt.toISOString().slice(0, 16).replace('T', ' ') }, backup: backup.file };
}

const DAMAGE_KEYS = {
  empty: 'storage.registerEmpty',
  'not-sqlite': 'storage.registerNotSqlite',
  truncated: 'storage.registerTruncated',
  damaged: 'storage.registerDamaged',
} as const;

/** The file is not a usable register: refuse to touch it and offer the newest backup. */
export function damagedRegister(kind: keyof typeof DAMAGE_KEYS, dataDir: string, file: string): RegisterFault {
  const advice = backupAdvice(dataDir);
  return new RegisterFault(kind, DAMAGE_KEYS[kind], { file, ...advice.params }, advice.backup);
}

type SqliteLike = { code?: unknown; message?: unknown };

function codeOf(error: unknown): string {
  const code = (error as SqliteLike | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Turns what SQLite or the file system threw into a RegisterFault with its sentence, or returns
 * null for anything that is not a storage fault (a bug, reported as such).
 */
export function storageFault(error: unknown, dataDir: string): RegisterFault | null {
  if (error instanceof RegisterFault) return error;
  const code = codeOf(error);
  const file = path.join(dataDir, 'liaison.sqlite');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new RegisterFault('disk-full', 'storage.diskFull', { dir: dataDir });
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new RegisterFault('read-only', 'storage.readOnly', { dir: dataDir });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new RegisterFault('busy', 'storage.busy', { file });
  }
  if (code === 'SQLITE_NOTADB') return damagedRegister('not-sqlite', dataDir, file);
  if (code.startsWith('SQLITE_CORRUPT')) return damagedRegister('damaged', dataDir, file);
  if (code.startsWith('SQLITE_IOERR')) {
    const advice = backupAdvice(dataDir);
    return new RegisterFault('damaged', 'storage.ioError', { file, ...advice.params }, advice.backup);
  }
  return null;
}

/** storageFault for what a handler throws at run time: only SQLite's own errors are the register's. */
export function sqliteFault(error: unknown, dataDir: string): RegisterFault | null {
  return codeOf(error).startsWith('SQLITE_') ? storageFault(error, dataDir) : null;
}
