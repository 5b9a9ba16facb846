import { AppError } from '../../../shared/errors';
import { RECORD_KINDS, type RecordRef } from '../../../shared/models/record-ref';
import type { Db } from '../db/connection';
import { RECORD_TABLES } from '../db/record-tables';

/** Whether the record exists and is not deleted (a primary-key lookup). */
export function recordExists(db: Db, ref: RecordRef): boolean {
  if (!RECORD_KINDS.includes(ref.kind)) throw new AppError('VALIDATION', 'Not a kind of record that can own documents.');
  return RECORD_TABLES[ref.kind].exists(db, ref.id);
}

/** Refuses to go on for a record that does not exist (or was deleted), naming its kind. */
export function requireRecord(db: Db, ref: RecordRef): void {
  if (!recordExists(db, ref)) throw new AppError('NOT_FOUND', `That ${ref.kind} does not exist or was deleted.`);
}
