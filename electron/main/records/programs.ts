import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue, type FieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { MoneyTotal, Program, ProgramLink, ProgramValues, ScholarshipComponent } from '../../../shared/models/program';
import { defineChildRows } from '../db/child-rows';
import { statement, type Db } from '../db/connection';
import { defineRecordTable, jsonColumn, type RowStamp } from '../db/record-table';
import { agreementTable } from '../db/repos/agreement-repo';
import { linksStillLive, recordService, type Removal } from '../services/record-service';
import { newId, type ServiceContext } from '../services/service-context';
import { defineMainRecord } from './define-main-record';
import { organisationTable } from './organisations';

/** The fields a program keeps in its own row; what it links to and its scholarship are child rows. */
export type ProgramColumns = Pick<ProgramValues, 'name' | 'summary' | 'eligibility' | 'fields' | 'phases' | 'notes'>;

export const programAgreements = defineChildRows<{ agreementId: string }>({
  table: 'program_agreements',
  parentColumn: 'program_id',
  columns: { agreementId: 'agreement_id' },
});

export const programSponsors = defineChildRows<{ organisationId: string }>({
  table: 'program_sponsors',
  parentColumn: 'program_id',
  columns: { organisationId: 'organisation_id' },
});

export const programScholarship = defineChildRows<ScholarshipComponent>({
  table: 'program_scholarship',
  parentColumn: 'program_id',
  columns: { kind: 'kind', description: 'description', amountMinor: 'amount_minor', currency: 'currency' },
});

/** Sums per currency, in the order the currencies first appear: never one sum across currencies. */
export function totalsByCurrency(parts: ReadonlyArray<{ amountMinor: number; currency: string }>): MoneyTotal[] {
  const totals = new Map<string, number>();
  for (const part of parts) totals.set(part.currency, (totals.get(part.currency) ?? 0) + part.amountMinor);
  return [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** A JSON list built in position order (a subquery orders the rows json_group_array reads). */
const linkList = (select: string) => `(SELECT json_group_array(json_object('id', x.id, 'name', x.name)) FROM (${select}) x)`;

// Names of linked records are shown even once they are deleted: a link never vanishes silently.
// An agreement is named as pickers name it: its reference, then its title.
const SPONSORS = linkList(`SELECT s.organisation_id AS id, o.name AS name FROM program_sponsors s
  JOIN organisations o ON o.id = s.organisation_id WHERE s.program_id = pr.id AND s.deleted_at IS NULL ORDER BY s.position`);
const AGREEMENTS = linkList(`SELECT l.agreement_id AS id,
    CASE WHEN a.reference_no <> '' THEN a.reference_no || ' — ' || a.title ELSE a.title END AS name FROM program_agreements l
  JOIN agreements a ON a.id = l.agreement_id WHERE l.program_id = pr.id AND l.deleted_at IS NULL ORDER BY l.position`);
const SCHOLARSHIP = `(SELECT json_group_array(json_object('kind', x.kind, 'description', x.description, 'amountMinor', x.amount_minor, 'currency', x.currency))
  FROM (SELECT kind, description, amount_minor, currency FROM program_scholarship WHERE program_id = pr.id AND deleted_at IS NULL ORDER BY position) x)`;

/** Programs: phases, eligibility, sponsors, the agreements that create them, a scholarship by part. */
export const programTable = defineRecordTable<ProgramColumns, Program>({
  table: 'programs',
  alias: 'pr',
  kind: 'program',
  columns: {
    name: 'name',
    summary: 'summary',
    eligibility: 'eligibility',
    fields: jsonColumn('fields'),
    phases: jsonColumn('phases'),
    notes: 'notes',
  },
  computed: `${SPONSORS} AS sponsors_json, ${AGREEMENTS} AS agreements_json, ${SCHOLARSHIP} AS scholarship_json,
    (SELECT count(*) FROM intakes i WHERE i.program_id = pr.id AND i.deleted_at IS NULL) AS intake_count,
    (SELECT max(i.starts_on) FROM intakes i WHERE i.program_id = pr.id AND i.deleted_at IS NULL) AS latest_start_on`,
  toRecord: (fields, row) => {
    const sponsors = JSON.parse(row.sponsors_json as string) as ProgramLink[];
    const agreements = JSON.parse(row.agreements_json as string) as ProgramLink[];
    const scholarship = JSON.parse(row.scholarship_json as string) as ScholarshipComponent[];
    const months = fields.phases.map((phase) => phase.months);
    return {
      ...fields,
      sponsorIds: sponsors.map((s) => s.id),
      agreementIds: agreements.map((a) => a.id),
      scholarship,
      sponsors,
      agreements,
      totalMonths: months.length > 0 && months.every((m) => m !== null) ? months.reduce((sum: number, m) => sum + (m ?? 0), 0) : null,
      scholarshipTotals: totalsByCurrency(scholarship),
      intakeCount: row.intake_count as number,
      latestStartOn: row.latest_start_on as string | null,
    };
  },
  sorts: {
    name: 'pr.name COLLATE NOCASE',
    updatedAt: 'pr.updated_at',
  },
  filters: {
    // Both through the link tables' (organisation|agreement, program) indexes.
    sponsorId: (organisationId: string) => ({
      sql: 'pr.id IN (SELECT program_id FROM program_sponsors WHERE organisation_id = ? AND deleted_at IS NULL)',
      params: [organisationId],
    }),
    agreementId: (agreementId: string) => ({
      sql: 'pr.id IN (SELECT program_id FROM program_agreements WHERE agreement_id = ? AND deleted_at IS NULL)',
      params: [agreementId],
    }),
  },
  searchText: {
    text: `concat_ws(' ', pr.name, pr.summary, pr.eligibility,
            (SELECT group_concat(f.value, ' ') FROM json_each(pr.fields) f),
            (SELECT group_concat(concat_ws(' ', ph.value ->> 'name', ph.value ->> 'place'), ' ') FROM json_each(pr.phases) ph),
            (SELECT group_concat(o.name, ' ') FROM program_sponsors s JOIN organisations o ON o.id = s.organisation_id
              WHERE s.program_id = pr.id AND s.deleted_at IS NULL),
            (SELECT group_concat(a.title, ' ') FROM program_agreements l JOIN agreements a ON a.id = l.agreement_id
              WHERE l.program_id = pr.id AND l.deleted_at IS NULL))`,
  },
});

/** Live programs that name the agreement as one that created them (a draft cannot be deleted under them). */
export function programsCreatedBy(db: Db, agreementId: string): number {
  return (
    statement(
      db,
      `SELECT count(DISTINCT pa.program_id) AS n FROM program_agreements pa JOIN programs p ON p.id = pa.program_id AND p.deleted_at IS NULL
        WHERE pa.agreement_id = ? AND pa.deleted_at IS NULL`,
    ).get(agreementId) as { n: number }
  ).n;
}

/** How many live intakes the program has (through `intakes_program`). */
function intakeCount(db: Db, programId: string): number {
  return (statement(db, 'SELECT count(*) AS n FROM intakes WHERE program_id = ? AND deleted_at IS NULL').get(programId) as { n: number }).n;
}

const programs = recordService<ProgramColumns, Program>({ table: programTable, noun: 'program' });

export const getProgram = programs.get;

/** Every sponsor and agreement must exist now; each missing one is named at its own row. */
function checkLinks(ctx: ServiceContext, values: ProgramValues): ProgramColumns {
  const issues: FieldIssue[] = [
    ...values.sponsorIds.flatMap((id, index) =>
      organisationTable.exists(ctx.db, id) ? [] : [fieldIssue(`sponsorIds.${index}`, 'field.chooseExistingOrganisation')],
    ),
    ...values.agreementIds.flatMap((id, index) =>
      agreementTable.find(ctx.db, id) ? [] : [fieldIssue(`agreementIds.${index}`, 'field.chooseExistingAgreement')],
    ),
  ];
  if (issues.length) {
    throw new AppError('VALIDATION', issues.length === 1 ? issues[0].key : 'program.referencesMissing', undefined, issues);
  }
  const { name, summary, eligibility, fields, phases, notes } = values;
  return { name, summary, eligibility, fields, phases, notes };
}

function saveChildren(ctx: ServiceContext, id: string, values: ProgramValues, stamp: RowStamp): void {
  programSponsors.save(ctx.db, id, values.sponsorIds.map((organisationId) => ({ organisationId })), stamp, newId);
  programAgreements.save(ctx.db, id, values.agreementIds.map((agreementId) => ({ agreementId })), stamp, newId);
  programScholarship.save(ctx.db, id, values.scholarship, stamp, newId);
}

export function createProgram(ctx: ServiceContext, values: ProgramValues): Program {
  return programs.create(
    ctx,
    () => checkLinks(ctx, values),
    (id, stamp) => saveChildren(ctx, id, values, stamp),
  );
}

/** Saves the program and its lists. (Its intakes, found by its name, follow a rename through their reference.) */
export function updateProgram(ctx: ServiceContext, input: ChannelParsedInput<'programs:update'>): Program {
  return programs.update(ctx, input, () => checkLinks(ctx, input.values), {
    after: (id, stamp) => saveChildren(ctx, id, input.values, stamp),
  });
}

/** Tombstones the program; refused while it still has intakes, which would be left without one. */
export function deleteProgram(ctx: ServiceContext, removal: Removal): { id: string } {
  const { id } = removal;
  return programs.remove(ctx, removal, (before) => {
    const intakes = intakeCount(ctx.db, id);
    if (intakes > 0) throw new AppError('CONFLICT', 'program.stillHasIntakes', { name: before.name, count: intakes });
  });
}

export const programRecords = defineMainRecord({
  channels: 'programs',
  table: programTable,
  handlers: (ctx) => ({
    'programs:list': (query) => programTable.list(ctx.db, query, localToday(ctx.now())),
    'programs:get': ({ id }) => getProgram(ctx, id),
    'programs:create': (values) => createProgram(ctx, values),
    'programs:update': (input) => updateProgram(ctx, input),
    'programs:delete': (removal) => deleteProgram(ctx, removal),
    'programs:restore': (removal) => programs.restore(ctx, removal, (restored) => linksStillLive(() => checkLinks(ctx, restored))),
  }),
});
