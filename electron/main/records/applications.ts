import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue, type FieldIssue } from '../../../shared/errors';
import type { FileOut } from '../../../shared/models/export';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import { applicationLifecycle, type Application, type ApplicationStatus, type ApplicationValues } from '../../../shared/models/application';
import type { Clause } from '../db/record-table';
import { defineRecordTable } from '../db/record-table';
import { applicantsCsv, applicantsMarkdown } from '../exports/applicants-export';
import { recordService } from '../services/record-service';
import { timestamp, write, type ServiceContext } from '../services/service-context';
import { defineMainRecord } from './define-main-record';
import { intakeTable } from './intakes';
import { moveAlong } from './lifecycle-moves';
import { personTable } from './people';
import { checkReferences, referencesOf } from './references';

/** What an application keeps in its row: the values a form saves, and its status (moved only along its lifecycle). */
type ApplicationColumns = ApplicationValues & { status: ApplicationStatus };

/**
 * Each sort's key: never NULL (a page seeks past its last key), so an application not yet scored
 * sorts by a stand-in that puts it last either way. Each key has its indexes (migrations 9 and 20).
 */
const SCORE = { nullable: 'a.score', high: '101', low: '-1' };

/** Applications to intakes: applicant, intake (and its program), status, submitted date, score, reviewer notes. */
export const applicationTable = defineRecordTable<ApplicationColumns, Application>({
  table: 'applications',
  alias: 'a',
  kind: 'application',
  columns: {
    applicantId: 'applicant_id',
    intakeId: 'intake_id',
    status: 'status',
    submittedOn: 'submitted_on',
    score: 'score',
    reviewerNotes: 'reviewer_notes',
  },
  // Names of what it points at are shown even once those are deleted (their delete is refused while it does).
  joins: 'JOIN people p ON p.id = a.applicant_id JOIN intakes i ON i.id = a.intake_id JOIN programs pr ON pr.id = i.program_id',
  computed: 'p.name AS applicant_name, i.name AS intake_name, i.program_id AS program_id, pr.name AS program_name',
  toRecord: (fields, row) => ({
    ...fields,
    applicantName: row.applicant_name as string,
    intakeName: row.intake_name as string,
    programId: row.program_id as string,
    programName: row.program_name as string,
  }),
  sorts: {
    submittedOn: 'a.submitted_on',
    score: SCORE,
    updatedAt: 'a.updated_at',
  },
  filters: {
    intakeId: (intakeId: string) => ({ sql: 'a.intake_id = ?', params: [intakeId] }),
    applicantId: (applicantId: string) => ({ sql: 'a.applicant_id = ?', params: [applicantId] }),
    // Each status is its own index walk, merged in sort order.
    statuses: (statuses: ApplicationStatus[]): Clause => ({
      sql: `a.status IN (${statuses.map(() => '?').join(', ')})`,
      params: [...statuses],
      anyOf: statuses.map((status) => ({ sql: 'a.status = ?', params: [status] })),
    }),
  },
  searchText: {
    text: `concat_ws(' ', p.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(p.alt_names) n), i.name, a.reviewer_notes)`,
    join: `JOIN people p ON p.id = a.applicant_id JOIN intakes i ON i.id = a.intake_id`,
  },
});

/**
 * An application names its applicant and its intake: both must exist when it is saved, neither can be
 * deleted while it names them, and it is found by their names.
 */
const APPLICATION_REFERENCES = referencesOf<ApplicationValues>([
  { field: 'applicantId', column: 'applicant_id', to: personTable, missing: 'field.chooseExistingPerson', blocksDelete: 'application.blocksDelete', searchesName: true },
  { field: 'intakeId', column: 'intake_id', to: intakeTable, missing: 'field.chooseExistingIntake', blocksDelete: 'application.blocksDelete', searchesName: true },
]);

const applications = recordService<ApplicationColumns, Application>({ table: applicationTable, noun: 'application' });

/** A new application is submitted; screening, acceptance and the rest are moves along its lifecycle. */
export function createApplication(ctx: ServiceContext, values: ApplicationValues): Application {
  return applications.create(ctx, () => {
    checkReferences(ctx, values, APPLICATION_REFERENCES);
    return { ...values, status: 'submitted' };
  });
}

/** An edit keeps the status: only `applications:transition` moves it. */
export function updateApplication(ctx: ServiceContext, input: ChannelParsedInput<'applications:update'>): Application {
  return applications.update(ctx, input, (before) => {
    checkReferences(ctx, input.values, APPLICATION_REFERENCES);
    return { ...input.values, status: before.status };
  });
}

export function transitionApplication(ctx: ServiceContext, move: ChannelParsedInput<'applications:transition'>): Application {
  return moveAlong(ctx, applications, applicationLifecycle, move, {
    fields: (before, to) => ({ ...applicationTable.fieldsOf(before), status: to }),
  });
}

/**
 * Moves every chosen application to one status in one transaction, by the same lifecycle and the
 * same freshness check as a single move. All or nothing: a board's bulk change is one decision, so
 * if any row cannot move (already decided, changed meanwhile, gone) none moves, and the refusal
 * names each such row (`moves.<n>`, with the applicant's name) for the board to show beside it.
 */
export function transitionApplications(ctx: ServiceContext, batch: ChannelParsedInput<'applications:transitionMany'>): Application[] {
  return write(ctx, 'application', () => {
    const found = applicationTable.findMany(ctx.db, batch.moves.map((move) => move.id));
    const byId = new Map(found.map((application) => [application.id, application]));
    const issues: FieldIssue[] = batch.moves.flatMap((move, index): FieldIssue[] => {
      const application = byId.get(move.id);
      const path = `moves.${index}`;
      if (!application) return [fieldIssue(path, 'application.batchMissing')];
      const name = application.applicantName;
      if (move.expectedUpdatedAt !== undefined && move.expectedUpdatedAt !== application.updatedAt) return [fieldIssue(path, 'application.batchStale', { name })];
      return applicationLifecycle.problems(application, batch.to).map((problem) => fieldIssue(path, problem.key, { ...problem.params, name }));
    });
    if (issues.length > 0) {
      const count = new Set(issues.map((issue) => issue.path)).size;
      throw new AppError('ILLEGAL_TRANSITION', 'application.batchRefused', { count, to: applicationLifecycle.label(batch.to) }, issues);
    }
    return batch.moves.map((move) => transitionApplication(ctx, { id: move.id, to: batch.to, expectedUpdatedAt: move.expectedUpdatedAt }));
  });
}

/** An intake's applicants, best score first, every one of them (read a page at a time through the intake's score index). */
export function exportApplicants(ctx: ServiceContext, input: ChannelParsedInput<'applications:export'>): FileOut {
  const intake = intakeTable.find(ctx.db, input.intakeId);
  if (!intake) throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'intake' });
  const today = localToday(ctx.now());
  const applications: Application[] = [];
  let after: string | undefined;
  do {
    const page = applicationTable.list(ctx.db, { intakeId: intake.id, sort: 'score', dir: 'desc', offset: 0, limit: 500, ...(after ? { after } : {}) }, today);
    applications.push(...page.rows);
    after = page.next;
  } while (after);
  const sheet = { intakeName: intake.name, programName: intake.programName, applications };
  const stem = `applicants-${intake.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'intake'}-${today}`;
  const [fileName, mediaType, content] =
    input.format === 'csv'
      ? [`${stem}.csv`, 'text/csv; charset=utf-8', applicantsCsv(sheet)]
      : [`${stem}.md`, 'text/markdown; charset=utf-8', applicantsMarkdown(sheet, timestamp(ctx))];
  return { fileName, mediaType, contentBase64: Buffer.from(content, 'utf8').toString('base64') };
}

export const applicationRecords = defineMainRecord({
  channels: 'applications',
  table: applicationTable,
  references: APPLICATION_REFERENCES,
  handlers: (ctx) => ({
    'applications:list': (query) => applicationTable.list(ctx.db, query, localToday(ctx.now())),
    'applications:get': ({ id }) => applications.get(ctx, id),
    'applications:create': (values) => createApplication(ctx, values),
    'applications:update': (input) => updateApplication(ctx, input),
    'applications:delete': (removal) => applications.remove(ctx, removal),
    'applications:restore': (removal) => applications.restore(ctx, removal),
    'applications:transition': (move) => transitionApplication(ctx, move),
    'applications:transitionMany': (batch) => transitionApplications(ctx, batch),
    'applications:export': (input) => exportApplicants(ctx, input),
  }),
});
