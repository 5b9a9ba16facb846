import { AppError } from '../../../shared/errors';
import { newId } from '../services/service-context';
import type { Interpretation } from './interpret';
import type { RawTable } from './raw-table';

/** A file read for import, kept in main while the user maps its columns, so it is not sent again. */
export type ImportSession = {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  /** XLSX: the bytes, to read another sheet of the workbook. */
  bytes: Buffer | null;
  table: RawTable;
  /**
   * The latest preview's reading of the file, with the choices it was read under and where the
   * register stood and the day it was read for: a commit with the same choices on an unchanged register, the same day, saves
   * it instead of reading every row again (0.8 s of a 10,000-row commit).
   */
  interpreted?: { choices: string; register: string; today: string; found: Interpretation };
};

/** Files kept at once: one being imported, one the user went back to. Older ones are let go. */
const KEPT = 3;

export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  add(session: Omit<ImportSession, 'id'>): ImportSession {
    const made = { ...session, id: newId() };
    this.sessions.set(made.id, made);
    while (this.sessions.size > KEPT) this.sessions.delete(this.sessions.keys().next().value as string);
    return made;
  }

  get(id: string): ImportSession {
    const found = this.sessions.get(id);
    // Main restarted, or the user opened more files since: the file must be chosen again.
    if (!found) throw new AppError('NOT_FOUND', 'import.sessionGone');
    return found;
  }
}
