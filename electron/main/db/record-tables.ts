import type { RecordKind } from '../../../shared/models/record-ref';
import type { RecordTable } from './record-table';
import { agreementTable } from './repos/agreement-repo';
import { organisationTable } from './repos/organisation-repo';
import { personTable } from './repos/person-repo';

/** What the register needs of every record table, whatever its fields: its kind, its index, whether a record exists. */
export type AnyRecordTable = Pick<RecordTable<unknown, unknown>, 'kind' | 'rebuildSearch' | 'exists'>;

/**
 * Every record table by kind; a new record type adds its line here. Typed over the whole
 * RecordKind list, so a kind added in shared/ does not compile until it has its table.
 */
export const RECORD_TABLES: Readonly<Record<RecordKind, AnyRecordTable>> = {
  agreement: agreementTable,
  organisation: organisationTable,
  person: personTable,
};
