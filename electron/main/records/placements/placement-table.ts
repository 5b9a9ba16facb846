import type { Placement, PlacementStatus, PlacementValues } from '../../../../shared/models/placement';
import { defineRecordTable, type Clause } from '../../db/record-table';

/** What a placement keeps in its row: the values a form saves, and its status (moved only along its lifecycle). */
export type PlacementColumns = PlacementValues & { status: PlacementStatus };

/** An open end sorts last both ways (a key is never NULL: a page seeks past it). Indexes: migration 13. */
const ENDS = { nullable: 'pl.ends_on', high: "'~'", low: "''" };

/**
 * Intern placements: intern, host, supervisor, program and agreement (the last three optional), dates,
 * stipend, status. The names of what it points at are shown even once those are deleted (their
 * delete is refused while it names them).
 */
export const placementTable = defineRecordTable<PlacementColumns, Placement>({
  table: 'placements',
  alias: 'pl',
  kind: 'placement',
  columns: {
    internId: 'intern_id',
    hostId: 'host_id',
    supervisorId: 'supervisor_id',
    programId: 'program_id',
    agreementId: 'agreement_id',
    status: 'status',
    startsOn: 'starts_on',
    endsOn: 'ends_on',
    evaluationDueOn: 'evaluation_due_on',
    stipendMinor: 'stipend_minor',
    stipendCurrency: 'stipend_currency',
    stipendPer: 'stipend_per',
    notes: 'notes',
  },
  joins: `JOIN people i ON i.id = pl.intern_id JOIN organisations h ON h.id = pl.host_id
    LEFT JOIN people s ON s.id = pl.supervisor_id LEFT JOIN programs pr ON pr.id = pl.program_id
    LEFT JOIN agreements ag ON ag.id = pl.agreement_id`,
  computed: `i.name AS intern_name, h.name AS host_name, s.name AS supervisor_name, pr.name AS program_name, ag.title AS agreement_title,
    (SELECT count(*) FROM placement_evaluations e WHERE e.placement_id = pl.id AND e.deleted_at IS NULL) AS evaluation_count`,
  toRecord: (fields, row) => ({
    ...fields,
    internName: row.intern_name as string,
    hostName: row.host_name as string,
    supervisorName: (row.supervisor_name as string | null) ?? null,
    programName: (row.program_name as string | null) ?? null,
    agreementTitle: (row.agreement_title as string | null) ?? null,
    evaluationCount: row.evaluation_count as number,
  }),
  sorts: {
    startsOn: 'pl.starts_on',
    endsOn: ENDS,
    updatedAt: 'pl.updated_at',
  },
  filters: {
    hostId: (hostId: string) => ({ sql: 'pl.host_id = ?', params: [hostId] }),
    supervisorId: (supervisorId: string) => ({ sql: 'pl.supervisor_id = ?', params: [supervisorId] }),
    internId: (internId: string) => ({ sql: 'pl.intern_id = ?', params: [internId] }),
    programId: (programId: string) => ({ sql: 'pl.program_id = ?', params: [programId] }),
    agreementId: (agreementId: string) => ({ sql: 'pl.agreement_id = ?', params: [agreementId] }),
    // Each status is its own index walk, merged in sort order.
    statuses: (statuses: PlacementStatus[]): Clause => ({
      sql: `pl.status IN (${statuses.map(() => '?').join(', ')})`,
      params: [...statuses],
      anyOf: statuses.map((status) => ({ sql: 'pl.status = ?', params: [status] })),
    }),
    // A start of "2026" or "2026-09" starts in the range if any day it stands for does: its text is
    // at most the range's last day, and, with '~' after every digit, at least its first. The unary
    // `+` keeps the planner on the sort's index (it would otherwise seek the range and sort every
    // match); the unfiltered indexes carry `starts_on`, so the check is made in the index.
    startsFrom: (from: string) => ({ sql: "+pl.starts_on || '~' >= ?", params: [from] }),
    startsTo: (to: string) => ({ sql: '+pl.starts_on <= ?', params: [to] }),
  },
  searchText: {
    text: `concat_ws(' ', i.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(i.alt_names) n), h.name, s.name, pr.name, ag.title, pl.notes)`,
    join: `JOIN people i ON i.id = pl.intern_id JOIN organisations h ON h.id = pl.host_id LEFT JOIN people s ON s.id = pl.supervisor_id LEFT JOIN programs pr ON pr.id = pl.program_id LEFT JOIN agreements ag ON ag.id = pl.agreement_id`,
  },
});
