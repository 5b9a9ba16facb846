import type { RecordTable } from './db/record-table';
import { agreementTable } from './db/repos/agreement-repo';
import { intakeTable } from './db/repos/intake-repo';
import { organisationTable } from './db/repos/organisation-repo';
import { personTable } from './db/repos/person-repo';
import { programTable } from './db/repos/program-repo';
import { agreementHandlers } from './ipc/handlers/agreements';
import { intakeHandlers } from './ipc/handlers/intakes';
import { organisationHandlers } from './ipc/handlers/organisations';
import { peopleHandlers } from './ipc/handlers/people';
import { programHandlers } from './ipc/handlers/programs';
import { projectHandlers, projectTable } from './records/projects/index';
import { eventHandlers, eventTable } from './records/events';
import type { ServiceContext } from './services/service-context';

/**
 * Every record type main serves: its table (start-up fills its search index from it) and its
 * channels' handlers (core spreads them into the handler map). A new record type adds one line here
 * and nothing in core.
 */
export const MAIN_RECORD_TYPES = [
  { table: organisationTable, handlers: organisationHandlers },
  { table: personTable, handlers: peopleHandlers },
  { table: agreementTable, handlers: agreementHandlers },
  { table: programTable, handlers: programHandlers },
  { table: intakeTable, handlers: intakeHandlers },
  { table: projectTable, handlers: projectHandlers },
  { table: eventTable, handlers: eventHandlers },
] as const;

/** What start-up needs of every record table. */
export type IndexedTable = Pick<RecordTable<unknown, unknown>, 'kind' | 'rebuildSearch'>;

export const RECORD_TABLES: readonly IndexedTable[] = MAIN_RECORD_TYPES.map((type) => type.table);

type Intersection<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void ? I : never;
/** Each type's handlers, merged: still one typed handler per channel, so a missing one fails to compile in core. */
export type RecordHandlers = Intersection<ReturnType<(typeof MAIN_RECORD_TYPES)[number]['handlers']>>;

export function recordHandlers(ctx: ServiceContext): RecordHandlers {
  return Object.assign({}, ...MAIN_RECORD_TYPES.map((type) => type.handlers(ctx))) as RecordHandlers;
}
