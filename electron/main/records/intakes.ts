import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Intake, IntakeValues } from '../../../shared/models/intake';
import { defineRecordTable } from '../db/record-table';
import { recordService } from '../services/record-service';
import type { ServiceContext } from '../services/service-context';
import { defineMainRecord } from './define-main-record';
import { programTable } from './programs';
import { referencesOf } from './references';

/** Intakes (cohorts) of a program: application window, screening, start and places. */
export const intakeTable = defineRecordTable<IntakeValues, Intake>({
  table: 'intakes',
  alias: 'i',
  kind: 'intake',
  columns: {
    programId: 'program_id',
    name: 'name',
    applicationsOpenOn: 'applications_open_on',
    applicationsCloseOn: 'applications_close_on',
    screeningStartsOn: 'screening_starts_on',
    screeningEndsOn: 'screening_ends_on',
    startsOn: 'starts_on',
    places: 'places',
    notes: 'notes',
  },
  joins: 'JOIN programs pr ON pr.id = i.program_id',
  computed: 'pr.name AS program_name',
  toRecord: (fields, row) => ({ ...fields, programName: row.program_name as string }),
  sorts: {
    startsOn: 'i.starts_on',
    applicationsCloseOn: 'i.applications_close_on',
    name: 'i.name COLLATE NOCASE',
    updatedAt: 'i.updated_at',
  },
  filters: {
    programId: (programId: string) => ({ sql: 'i.program_id = ?', params: [programId] }),
    // A range on the closing date (its index); the opening date is checked on what that finds.
    openForApplications: (open: boolean, today: string) =>
      open ? { sql: 'i.applications_close_on >= ? AND (i.applications_open_on IS NULL OR i.applications_open_on <= ?)', params: [today, today] } : null,
  },
  searchText: {
    text: `concat_ws(' ', i.name, pr.name, i.notes)`,
    join: `JOIN programs pr ON pr.id = i.program_id`,
  },
});

const intakes = recordService<IntakeValues, Intake>({ table: intakeTable, noun: 'intake' });

/** The order of the dates is the shared schema's rule; the program must exist, which only main can tell. */
function checkProgram(ctx: ServiceContext, values: IntakeValues): IntakeValues {
  if (!programTable.exists(ctx.db, values.programId)) {
    throw new AppError('VALIDATION', 'program.missing', undefined, [fieldIssue('programId', 'field.chooseExistingProgram')]);
  }
  return values;
}

export function createIntake(ctx: ServiceContext, values: IntakeValues): Intake {
  return intakes.create(ctx, () => checkProgram(ctx, values));
}

export function updateIntake(ctx: ServiceContext, input: ChannelParsedInput<'intakes:update'>): Intake {
  return intakes.update(ctx, input, () => checkProgram(ctx, input.values));
}

export const intakeRecords = defineMainRecord({
  channels: 'intakes',
  table: intakeTable,
  // An intake is found by its program's name. (The program refuses its delete while it has intakes.)
  references: referencesOf<IntakeValues>([{ field: 'programId', column: 'program_id', to: programTable, searchesName: true }]),
  handlers: (ctx) => ({
    'intakes:list': (query) => intakeTable.list(ctx.db, query, localToday(ctx.now())),
    'intakes:get': ({ id }) => intakes.get(ctx, id),
    'intakes:create': (values) => createIntake(ctx, values),
    'intakes:update': (input) => updateIntake(ctx, input),
    'intakes:delete': (removal) => intakes.remove(ctx, removal),
    'intakes:restore': (removal) => intakes.restore(ctx, removal),
  }),
});
