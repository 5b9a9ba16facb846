import type { Intake, IntakeValues } from '../../../../shared/models/intake';
import { statement, type Db } from '../connection';
import { defineRecordTable } from '../record-table';

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
  toRecord: (fields, meta, row) => ({ ...meta, ...fields, programName: row.program_name as string }),
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
  searchText: (db, id) =>
    (
      statement(db, `SELECT concat_ws(' ', i.name, pr.name, i.notes) AS text FROM intakes i JOIN programs pr ON pr.id = i.program_id WHERE i.id = ?`).get(id) as {
        text: string;
      }
    ).text,
});

/** The live intakes of a program (their ids), for refusing a delete and re-indexing after a rename. */
export function intakeIdsOf(db: Db, programId: string): string[] {
  return (statement(db, 'SELECT id FROM intakes WHERE program_id = ? AND deleted_at IS NULL').all(programId) as Array<{ id: string }>).map((r) => r.id);
}
