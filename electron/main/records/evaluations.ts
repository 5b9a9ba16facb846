import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Evaluation, EvaluationValues } from '../../../shared/models/evaluation';
import { statement } from '../db/connection';
import { defineRecordTable } from '../db/record-table';
import { recordService } from '../services/record-service';
import type { ServiceContext } from '../services/service-context';
import { defineMainRecord } from './define-main-record';
import { personTable } from './people';
import { placementTable } from './placements/placement-table';
import { checkReferences, referencesOf } from './references';

/** Evaluations of placements: date, evaluator, score, comments, the uploaded form. Indexes: migration 13. */
export const evaluationTable = defineRecordTable<EvaluationValues, Evaluation>({
  table: 'placement_evaluations',
  alias: 'ev',
  kind: 'evaluation',
  columns: {
    placementId: 'placement_id',
    evaluatedOn: 'evaluated_on',
    evaluatorId: 'evaluator_id',
    score: 'score',
    comments: 'comments',
    documentId: 'document_id',
  },
  joins: `JOIN placements pl ON pl.id = ev.placement_id JOIN people i ON i.id = pl.intern_id JOIN organisations h ON h.id = pl.host_id
    JOIN people e ON e.id = ev.evaluator_id LEFT JOIN documents d ON d.id = ev.document_id AND d.deleted_at IS NULL`,
  computed: 'i.name AS intern_name, h.name AS host_name, e.name AS evaluator_name, d.title AS document_title',
  toRecord: (fields, row) => ({
    ...fields,
    internName: row.intern_name as string,
    hostName: row.host_name as string,
    evaluatorName: row.evaluator_name as string,
    documentTitle: (row.document_title as string | null) ?? null,
  }),
  sorts: { evaluatedOn: 'ev.evaluated_on', updatedAt: 'ev.updated_at' },
  filters: {
    placementId: (placementId: string) => ({ sql: 'ev.placement_id = ?', params: [placementId] }),
    evaluatorId: (evaluatorId: string) => ({ sql: 'ev.evaluator_id = ?', params: [evaluatorId] }),
  },
  searchText: {
    text: `concat_ws(' ', i.name, h.name, e.name, ev.comments)`,
    join: `JOIN placements pl ON pl.id = ev.placement_id JOIN people i ON i.id = pl.intern_id JOIN organisations h ON h.id = pl.host_id JOIN people e ON e.id = ev.evaluator_id`,
  },
});

/** An evaluation names its placement and evaluator: both must exist, neither is deleted under it. */
const EVALUATION_REFERENCES = referencesOf<EvaluationValues>([
  { field: 'placementId', column: 'placement_id', to: placementTable, missing: 'field.chooseExistingPlacement', blocksDelete: 'evaluation.blocksDelete', searchesName: true },
  { field: 'evaluatorId', column: 'evaluator_id', to: personTable, missing: 'field.chooseExistingPerson', blocksDelete: 'evaluation.blocksDelete', searchesName: true },
]);

const evaluations = recordService<EvaluationValues, Evaluation>({ table: evaluationTable, noun: 'evaluation' });

/** The form must be one of this placement's own live documents: another record's file is not its evaluation. */
function checkDocument(ctx: ServiceContext, values: EvaluationValues): void {
  if (!values.documentId) return;
  const owned = statement(ctx.db, `SELECT 1 FROM documents WHERE id = ? AND owner_kind = 'placement' AND owner_id = ? AND deleted_at IS NULL`).get(
    values.documentId,
    values.placementId,
  );
  if (!owned) throw new AppError('VALIDATION', 'evaluation.documentNotOfPlacement', undefined, [fieldIssue('documentId', 'evaluation.documentNotOfPlacement')]);
}

export function createEvaluation(ctx: ServiceContext, values: EvaluationValues): Evaluation {
  return evaluations.create(ctx, () => {
    checkReferences(ctx, values, EVALUATION_REFERENCES);
    checkDocument(ctx, values);
    return values;
  });
}

export function updateEvaluation(ctx: ServiceContext, input: ChannelParsedInput<'evaluations:update'>): Evaluation {
  return evaluations.update(ctx, input, () => {
    checkReferences(ctx, input.values, EVALUATION_REFERENCES);
    checkDocument(ctx, input.values);
    return input.values;
  });
}

export const evaluationRecords = defineMainRecord({
  channels: 'evaluations',
  table: evaluationTable,
  references: EVALUATION_REFERENCES,
  handlers: (ctx) => ({
    'evaluations:list': (query) => evaluationTable.list(ctx.db, query, localToday(ctx.now())),
    'evaluations:get': ({ id }) => evaluations.get(ctx, id),
    'evaluations:create': (values) => createEvaluation(ctx, values),
    'evaluations:update': (input) => updateEvaluation(ctx, input),
    'evaluations:delete': (removal) => evaluations.remove(ctx, removal),
    'evaluations:restore': (removal) => evaluations.restore(ctx, removal),
  }),
});
