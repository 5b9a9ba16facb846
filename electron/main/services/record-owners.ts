import { AppError } from '../../../shared/errors';
import type { RecordKind, RecordRef } from '../../../shared/models/record-ref';
import { statement, type Db } from '../db/connection';

/**
 * Where each kind of record lives: one line per kind. Typed over the whole RecordKind list, so a
 * kind added in shared/ does not compile until it has a line here.
 */
const RECORD_TABLES: Record<RecordKind, { table: string; noun: string }> = {
  agreement: { table: 'agreements', noun: 'agreement' },
  organisation: { table: 'organisations', noun: 'organisation' },
  person: { table: 'people', noun: 'person' },
};

/** The table line for `kind`; refuses anything else, since its table name goes into SQL. */
function tableOf(kind: RecordKind): { table: string; noun: string } {
  if (!Object.hasOwn(RECORD_TABLES, kind)) throw new AppError('VALIDATION', 'record.kindUnknown');
  return RECORD_TABLES[kind];
}

/** Whether the record exists and is not deleted (a primary-key lookup). */
export function recordExists(db: Db, ref: RecordRef): boolean {
  return statement(db, `SELECT 1 FROM ${tableOf(ref.kind).table} WHERE id = ? AND deleted_at IS NULL`).get(ref.id) !== undefined;
}

/** How a message names a record of this kind ("organisation", "person"). */
export function recordNoun(kind: RecordKind): string {
  return tableOf(kind).noun;
}

/** Refuses to go on for a record that does not exist (or was deleted), naming its kind. */
export function requireRecord(db: Db, ref: RecordRef): void {
  if (!recordExists(db, ref)) throw new AppError('NOT_FOUND', 'record.notFound', { noun: recordNoun(ref.kind) });
}
