import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { newestBackup } from '../services/backup-service';

export type RegisterFaultKind = 'empty' | 'not-sqlite' | 'truncated' | 'damaged' | 'disk-full' | 'read-only' | 'busy' | 'in-use';

/**
 * A register that cannot be opened or written, told in a sentence that says what happened and what
 * to do. `backup` is the newest backup, offered where restoring one is the way on.
 */
export class RegisterFault extends AppError {
  readonly kind: RegisterFaultKind;
  readonly backup: string | null;

  constructor(kind: RegisterFaultKind, message: string, backup: string | null = null) {
    super('IO', message);
    this.name = 'RegisterFault';
    this.kind = kind;
    this.backup = backup;
  }
}

/** The sentence that offers the newest backup, or says there is none. */
function backupAdvice(dataDir: string): { text: string; backup: string | null } {
  const backup = newestBackup(dataDir);
  if (!backup) {
    return { text: 'There is no backup in the backups folder; if you keep one elsewhere, restore it with `liaison restore FILE`.', backup: null };
  }
  const saved = backup.savedAt.toISOString().slice(0, 16).replace('T', ' ');
  return {
    text: `The newest backup is ${backup.file} (saved ${saved} UTC); restore it with \`liaison restore "${backup.file}"\`.`,
    backup: backup.file,
  };
}

/** The file is not a usable register: refuse to touch it and offer the newest backup. */
export function damagedRegister(kind: 'empty' | 'not-sqlite' | 'truncated' | 'damaged', dataDir: string, file: string): RegisterFault {
  const advice = backupAdvice(dataDir);
  const what = {
    empty:
      `The register ${file} is empty (0 bytes), but this folder still holds the documents and keys of a register, ` +
      'so Liaison has not started a new, empty one over them.',
    'not-sqlite': `The register ${file} is not a Liaison database: it holds other data, so it may have been overwritten. Liaison has not changed it.`,
    truncated:
      `The register ${file} is cut short (smaller than the database it describes), as happens when a copy or a disk fails part-way. ` +
      'Liaison has not changed it.',
    damaged: `The register ${file} is damaged: SQLite found pages it cannot read. Run \`liaison check\` for details.`,
  }[kind];
  return new RegisterFault(kind, `${what} ${advice.text}`, advice.backup);
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
    return new RegisterFault(
      'disk-full',
      `The disk that holds ${dataDir} is full, so Liaison could not write to the register. ` +
        'Free some space on it and try again; what was saved before is intact.',
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new RegisterFault(
      'read-only',
      `Liaison cannot write to ${dataDir}: the folder or the register in it is read-only, or belongs to another user. ` +
        'Make the folder writable for you, or start Liaison with another folder (`--data-dir`).',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new RegisterFault('busy', `Another program is holding the register ${file} and did not let go. Close it and try again.`);
  }
  if (code === 'SQLITE_NOTADB') return damagedRegister('not-sqlite', dataDir, file);
  if (code.startsWith('SQLITE_CORRUPT')) return damagedRegister('damaged', dataDir, file);
  if (code.startsWith('SQLITE_IOERR')) {
    return new RegisterFault(
      'damaged',
      `The disk could not read or write the register ${file} (an input/output error). Check the disk, then try again; ${backupAdvice(dataDir).text}`,
      backupAdvice(dataDir).backup,
    );
  }
  return null;
}

/** storageFault for what a handler throws at run time: only SQLite's own errors are the register's. */
export function sqliteFault(error: unknown, dataDir: string): RegisterFault | null {
  return codeOf(error).startsWith('SQLITE_') ? storageFault(error, dataDir) : null;
}
