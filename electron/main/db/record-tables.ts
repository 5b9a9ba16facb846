import type { RecordTable } from './record-table';
import { agreementTable } from './repos/agreement-repo';
import { organisationTable } from './repos/organisation-repo';
import { personTable } from './repos/person-repo';

/** What start-up needs of every record table; a new record type adds its line here. */
type IndexedTable = Pick<RecordTable<unknown, unknown>, 'kind' | 'rebuildSearch'>;

export const RECORD_TABLES: readonly IndexedTable[] = [organisationTable, personTable, agreementTable];
