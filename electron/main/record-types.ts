import { agreementTable } from './db/repos/agreement-repo';
import { agreementHandlers } from './ipc/handlers/agreements';
import { applicationRecords } from './records/applications';
import { awardRecords } from './records/awards';
import { defineMainRecord, type MainTable } from './records/define-main-record';
import { intakeRecords } from './records/intakes';
import { organisationRecords } from './records/organisations';
import { personRecords } from './records/people';
import { evaluationRecords } from './records/evaluations';
import { hireRecords } from './records/hires';
import { placementRecords } from './records/placements/index';
import { programRecords } from './records/programs';
import { withReferences } from './records/references';
import { projectHandlers, projectTable } from './records/projects/index';
import { eventHandlers, eventTable } from './records/events';
import type { ServiceContext } from './services/service-context';

/** Agreements keep their repo, services and handlers files; they are listed like every other type. */
const agreementRecords = defineMainRecord<keyof ReturnType<typeof agreementHandlers>>({
  channels: 'agreements',
  table: agreementTable,
  handlers: agreementHandlers,
});

/** Projects and events keep their own modules' exports; they are listed like every other type. */
const projectRecords = defineMainRecord<keyof ReturnType<typeof projectHandlers>>({ channels: 'projects', table: projectTable, handlers: projectHandlers });
const eventRecords = defineMainRecord<keyof ReturnType<typeof eventHandlers>>({ channels: 'events', table: eventTable, handlers: eventHandlers });

/**
 * Every record type main serves, one line each: its module (`records/<types>.ts`) holds its table,
 * its rules and its handlers. Core serves their channels and start-up indexes their tables from
 * here; nothing is added in core.
 */
export const MAIN_RECORD_TYPES = [
  organisationRecords,
  personRecords,
  agreementRecords,
  programRecords,
  intakeRecords,
  applicationRecords,
  placementRecords,
  evaluationRecords,
  hireRecords,
  awardRecords,
  projectRecords,
  eventRecords,
] as const;

export const RECORD_TABLES: readonly MainTable[] = MAIN_RECORD_TYPES.map((type) => type.table);

type Intersection<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void ? I : never;
/** Each type's handlers, merged: still one typed handler per channel, so a missing one fails to compile in core. */
export type RecordHandlers = Intersection<ReturnType<(typeof MAIN_RECORD_TYPES)[number]['handlers']>>;

/** Every record type's handlers, with the checks the types' references ask of deletes and edits. */
export function recordHandlers(ctx: ServiceContext): RecordHandlers {
  const merged = Object.assign({}, ...MAIN_RECORD_TYPES.map((type) => type.handlers(ctx))) as RecordHandlers;
  return withReferences(ctx, MAIN_RECORD_TYPES, merged);
}
