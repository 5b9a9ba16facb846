import { AppError } from '../../../shared/errors';
import { RECORD_KINDS, type RecordKind, type RecordRef } from '../../../shared/models/record-ref';
import type { Db } from '../db/connection';
import type { RecordTable } from '../db/record-table';
import { agreementTable } from '../db/repos/agreement-repo';
import { applicationTable } from '../records/applications';
import { placementTable } from '../records/placements/placement-table';
import { awardTable } from '../records/awards';
import { organisationTable } from '../records/organisations';
import { personTable } from '../records/people';
import { programTable } from '../records/programs';
import { projectTable } from '../records/projects/project-table';
import { eventTable } from '../records/events';

/**
 * The table of each kind of record that can own documents: one line per kind. Typed over the whole
 * RecordKind list, so a kind added in shared/ does not compile until it has its table here.
 */
const OWNER_TABLES: Readonly<Record<RecordKind, Pick<RecordTable<unknown, unknown>, 'exists'>>> = {
  agreement: agreementTable,
  organisation: organisationTable,
  person: personTable,
  program: programTable,
  project: projectTable,
  event: eventTable,
  application: applicationTable,
  placement: placementTable,
  award: awardTable,
};

/** Whether the record exists and is not deleted (a primary-key lookup). */
export function recordExists(db: Db, ref: RecordRef): boolean {
  if (!RECORD_KINDS.includes(ref.kind)) throw new AppError('VALIDATION', 'record.kindUnknown');
  return OWNER_TABLES[ref.kind].exists(db, ref.id);
}

/** Refuses to go on for a record that does not exist (or was deleted), naming its kind. */
export function requireRecord(db: Db, ref: RecordRef): void {
  if (!recordExists(db, ref)) throw new AppError('NOT_FOUND', 'record.notFound', { noun: ref.kind });
}
