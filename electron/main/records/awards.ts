import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import {
  awardLifecycle,
  type Award,
  type AwardCurrencyTotal,
  type AwardPayment,
  type AwardStatus,
  type AwardValues,
  type AwardYearTotal,
} from '../../../shared/models/award';
import type { ScholarshipComponent } from '../../../shared/models/program';
import { defineChildRows } from '../db/child-rows';
import { statement, type Db } from '../db/connection';
import type { Clause, RowStamp } from '../db/record-table';
import { defineRecordTable } from '../db/record-table';
import { PAYMENT_YEAR } from '../db/migrations/0014-awards';
import { recordService, type Removal } from '../services/record-service';
import { newId, write, type ServiceContext } from '../services/service-context';
import { applicationTable } from './applications';
import { defineMainRecord } from './define-main-record';
import { moveAlong } from './lifecycle-moves';
import { checkReferences, referencesOf } from './references';

/** What an award keeps in its own row: the application, the program it is paid under (from that application), status, date, notes. */
type AwardColumns = Pick<AwardValues, 'applicationId' | 'awardedOn' | 'notes'> & { programId: string; status: AwardStatus };

const awardComponents = defineChildRows<ScholarshipComponent>({
  table: 'award_components',
  parentColumn: 'award_id',
  columns: { kind: 'kind', description: 'description', amountMinor: 'amount_minor', currency: 'currency' },
});

/** Each payment carries its award's program, so totals per program come from one index. */
const awardPayments = defineChildRows<AwardPayment & { programId: string }>({
  table: 'award_payments',
  parentColumn: 'award_id',
  columns: { dueOn: 'due_on', component: 'component', amountMinor: 'amount_minor', currency: 'currency', paidOn: 'paid_on', programId: 'program_id' },
});

const COMPONENTS = `(SELECT json_group_array(json_object('kind', x.kind, 'description', x.description, 'amountMinor', x.amount_minor, 'currency', x.currency))
  FROM (SELECT kind, description, amount_minor, currency FROM award_components WHERE award_id = aw.id AND deleted_at IS NULL ORDER BY position) x)`;
const PAYMENTS = `(SELECT json_group_array(json_object('dueOn', x.due_on, 'component', x.component, 'amountMinor', x.amount_minor, 'currency', x.currency, 'paidOn', x.paid_on))
  FROM (SELECT due_on, component, amount_minor, currency, paid_on FROM award_payments WHERE award_id = aw.id AND deleted_at IS NULL ORDER BY position) x)`;

/** Awarded, paid and still planned per currency, in the order currencies first appear: never one sum across currencies. */
export function awardTotals(components: readonly ScholarshipComponent[], payments: readonly AwardPayment[]): AwardCurrencyTotal[] {
  const totals = new Map<string, AwardCurrencyTotal>();
  const of = (currency: string) => {
    let total = totals.get(currency);
    if (!total) totals.set(currency, (total = { currency, awardedMinor: 0, paidMinor: 0, plannedMinor: 0 }));
    return total;
  };
  for (const part of components) of(part.currency).awardedMinor += part.amountMinor;
  for (const payment of payments) {
    if (payment.paidOn === null) of(payment.currency).plannedMinor += payment.amountMinor;
    else of(payment.currency).paidMinor += payment.amountMinor;
  }
  return [...totals.values()];
}

/** Scholarship awards: the accepted application they are for (its applicant, intake and program), components and payments. */
export const awardTable = defineRecordTable<AwardColumns, Award>({
  table: 'awards',
  alias: 'aw',
  kind: 'award',
  columns: {
    applicationId: 'application_id',
    programId: 'program_id',
    status: 'status',
    awardedOn: 'awarded_on',
    notes: 'notes',
  },
  // Names are shown even once what they name is deleted (the application's delete is refused while an award names it).
  joins: `JOIN applications ap ON ap.id = aw.application_id JOIN people p ON p.id = ap.applicant_id
    JOIN intakes i ON i.id = ap.intake_id JOIN programs pr ON pr.id = aw.program_id`,
  computed: `ap.applicant_id AS applicant_id, p.name AS applicant_name, ap.intake_id AS intake_id, i.name AS intake_name,
    pr.name AS program_name, ${COMPONENTS} AS components_json, ${PAYMENTS} AS payments_json`,
  toRecord: (fields, row) => {
    const components = JSON.parse(row.components_json as string) as ScholarshipComponent[];
    const payments = JSON.parse(row.payments_json as string) as AwardPayment[];
    return {
      id: fields.id,
      createdAt: fields.createdAt,
      updatedAt: fields.updatedAt,
      updatedBy: fields.updatedBy,
      applicationId: fields.applicationId,
      programId: fields.programId,
      status: fields.status,
      awardedOn: fields.awardedOn,
      notes: fields.notes,
      applicantId: row.applicant_id as string,
      applicantName: row.applicant_name as string,
      intakeId: row.intake_id as string,
      intakeName: row.intake_name as string,
      programName: row.program_name as string,
      components,
      payments,
      totals: awardTotals(components, payments),
    };
  },
  sorts: {
    awardedOn: 'aw.awarded_on',
    updatedAt: 'aw.updated_at',
  },
  filters: {
    programId: (programId: string) => ({ sql: 'aw.program_id = ?', params: [programId] }),
    applicationId: (applicationId: string) => ({ sql: 'aw.application_id = ?', params: [applicationId] }),
    statuses: (statuses: AwardStatus[]): Clause => ({
      sql: `aw.status IN (${statuses.map(() => '?').join(', ')})`,
      params: [...statuses],
      anyOf: statuses.map((status) => ({ sql: 'aw.status = ?', params: [status] })),
    }),
  },
  searchText: {
    text: `concat_ws(' ', p.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(p.alt_names) n), i.name, pr.name, aw.notes,
            (SELECT group_concat(c.description, ' ') FROM award_components c WHERE c.award_id = aw.id AND c.deleted_at IS NULL))`,
    join: `JOIN applications ap ON ap.id = aw.application_id JOIN people p ON p.id = ap.applicant_id JOIN intakes i ON i.id = ap.intake_id JOIN programs pr ON pr.id = aw.program_id`,
  },
});

/** An award names its application: it must exist when saved, cannot be deleted under the award, and the award is found by its applicant's names. */
const AWARD_REFERENCES = referencesOf<AwardValues>([
  {
    field: 'applicationId',
    column: 'application_id',
    to: applicationTable,
    missing: 'field.chooseExistingApplication',
    blocksDelete: 'award.blocksDelete',
    searchesName: true,
  },
]);

const awards = recordService<AwardColumns, Award>({ table: awardTable, noun: 'award' });

/**
 * The rules main checks beyond the schema: the application exists, is accepted (read from main's
 * copy, never the form's), and has no other live award. Answers the program the award is paid under.
 */
function checkApplication(ctx: ServiceContext, values: AwardValues, awardId: string | null): string {
  checkReferences(ctx, values, AWARD_REFERENCES);
  const application = applicationTable.find(ctx.db, values.applicationId)!;
  if (application.status !== 'accepted') {
    const issue = fieldIssue('applicationId', 'award.applicationNotAccepted', { name: application.applicantName });
    throw new AppError('VALIDATION', issue.key, issue.params, [issue]);
  }
  const other = statement(ctx.db, 'SELECT id FROM awards WHERE application_id = ? AND deleted_at IS NULL').get(values.applicationId) as { id: string } | undefined;
  if (other && other.id !== awardId) {
    const issue = fieldIssue('applicationId', 'award.applicationHasAward', { name: application.applicantName });
    throw new AppError('VALIDATION', issue.key, issue.params, [issue]);
  }
  return application.programId;
}

function saveChildren(ctx: ServiceContext, id: string, values: AwardValues, programId: string, stamp: RowStamp): void {
  awardComponents.save(ctx.db, id, values.components, stamp, newId);
  awardPayments.save(ctx.db, id, values.payments.map((payment) => ({ ...payment, programId })), stamp, newId);
}

/** A new award is offered; acceptance, paying out and cancelling are moves along its lifecycle. */
export function createAward(ctx: ServiceContext, values: AwardValues): Award {
  let programId = '';
  return awards.create(
    ctx,
    () => {
      programId = checkApplication(ctx, values, null);
      return { applicationId: values.applicationId, awardedOn: values.awardedOn, notes: values.notes, programId, status: 'offered' };
    },
    (id, stamp) => saveChildren(ctx, id, values, programId, stamp),
  );
}

/** An edit keeps the status (only `awards:transition` moves it); a paid-out or cancelled award is closed to edits. */
export function updateAward(ctx: ServiceContext, input: ChannelParsedInput<'awards:update'>): Award {
  let programId = '';
  return awards.update(
    ctx,
    input,
    (before) => {
      if (awardLifecycle.isFinal(before.status)) throw new AppError('CONFLICT', 'award.closed', { status: awardLifecycle.label(before.status) });
      programId = checkApplication(ctx, input.values, before.id);
      const { applicationId, awardedOn, notes } = input.values;
      return { applicationId, awardedOn, notes, programId, status: before.status };
    },
    { after: (id, stamp) => saveChildren(ctx, id, input.values, programId, stamp) },
  );
}

export function transitionAward(ctx: ServiceContext, move: ChannelParsedInput<'awards:transition'>): Award {
  return moveAlong(ctx, awards, awardLifecycle, move, {
    fields: (before, to) => ({ ...awardTable.fieldsOf(before), status: to }),
  });
}

/**
 * Scholarship money by currency and year, in SQL, one row per (currency, year): paid in that year,
 * and still planned to fall due in it. A cancelled award plans nothing more; a deleted one counts
 * for nothing. Currencies are never added together. Read in group order from
 * `award_payments_program_totals` (one program) or `award_payments_totals` (all).
 */
export function awardYearTotalsSql(programId?: string): { sql: string; params: unknown[] } {
  const where = programId ? 'p.program_id = ? AND p.deleted_at IS NULL' : 'p.deleted_at IS NULL';
  return {
    sql: `SELECT p.currency AS currency, ${PAYMENT_YEAR.replace(/\b(paid_on|due_on)\b/g, 'p.$1')} AS year,
        sum(CASE WHEN p.paid_on IS NOT NULL THEN p.amount_minor ELSE 0 END) AS paidMinor,
        sum(CASE WHEN p.paid_on IS NULL AND aw.status <> 'cancelled' THEN p.amount_minor ELSE 0 END) AS plannedMinor
      FROM award_payments p
      JOIN awards aw ON aw.id = p.award_id AND aw.deleted_at IS NULL
      WHERE ${where}
      GROUP BY p.currency, year
      ORDER BY p.currency, year`,
    params: programId ? [programId] : [],
  };
}

export function awardYearTotals(db: Db, programId?: string): AwardYearTotal[] {
  const { sql, params } = awardYearTotalsSql(programId);
  const rows = statement(db, sql).all(...params) as AwardYearTotal[];
  // A currency whose only sums are a cancelled award's plans has nothing left to show.
  return rows.filter((row) => row.paidMinor !== 0 || row.plannedMinor !== 0);
}

/**
 * Brings a deleted award back, unless its application has another award by now (one award per
 * application, `awards_application`): said as a sentence, never left to the index to refuse.
 */
function restoreAward(ctx: ServiceContext, removal: Removal): Award {
  return write(ctx, 'award', () => {
    const taken = statement(
      ctx.db,
      'SELECT 1 FROM awards r JOIN awards a ON a.application_id = r.application_id AND a.deleted_at IS NULL WHERE r.id = ?',
    ).get(removal.id);
    if (taken) throw new AppError('CONFLICT', 'award.restoreTaken');
    return awards.restore(ctx, removal);
  });
}

export const awardRecords = defineMainRecord({
  channels: 'awards',
  table: awardTable,
  references: AWARD_REFERENCES,
  handlers: (ctx) => ({
    'awards:list': (query) => awardTable.list(ctx.db, query, localToday(ctx.now())),
    'awards:get': ({ id }) => awards.get(ctx, id),
    'awards:create': (values) => createAward(ctx, values),
    'awards:update': (input) => updateAward(ctx, input),
    'awards:delete': (removal) => awards.remove(ctx, removal),
    'awards:restore': (removal) => restoreAward(ctx, removal),
    'awards:transition': (move) => transitionAward(ctx, move),
    'awards:totals': ({ programId }) => awardYearTotals(ctx.db, programId),
  }),
});
