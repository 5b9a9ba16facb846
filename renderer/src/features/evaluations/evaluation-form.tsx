import { localToday } from '../../../../shared/calendar';
import { DateField } from '../../components/date-field';
import { Select } from '../../components/select-field';
import { TextArea, TextField } from '../../components/text-field';
import { t as translate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { EvaluationInput, type Evaluation, type EvaluationValues } from '../../../../shared/models/evaluation';
import type { Placement } from '../../../../shared/models/placement';
import { type FieldErrors } from '../common/form-errors';
import { RecordFormFrame } from '../common/record-form-frame';
import type { RecordFormProps } from '../common/record-form-page';
import { useEntityForm, type FormCheck, formCheck } from '../common/use-entity-form';
import { useLoad } from '../common/use-load';
import { PersonPicker } from '../people/person-picker';

export type EvaluationFormValues = {
  placementId: string;
  evaluatedOn: string;
  evaluatorId: string;
  evaluatorName: string;
  score: string;
  comments: string;
  documentId: string;
};

/**
 * The form's values from the evaluation being edited, or for a new one of `placement` (an
 * evaluation is always started from its placement's page): the supervisor evaluates by default.
 */
export function evaluationValues(evaluation?: Evaluation, placement?: Placement): EvaluationFormValues {
  return {
    placementId: evaluation?.placementId ?? placement?.id ?? '',
    evaluatedOn: evaluation?.evaluatedOn ?? localToday(),
    evaluatorId: evaluation?.evaluatorId ?? placement?.supervisorId ?? '',
    evaluatorName: evaluation?.evaluatorName ?? placement?.supervisorName ?? '',
    score: evaluation?.score == null ? '' : String(evaluation.score),
    comments: evaluation?.comments ?? '',
    documentId: evaluation?.documentId ?? '',
  };
}

/** A score as typed: digits with a decimal point or comma; anything else is refused, never guessed at. */
const SCORE = /^\d+(?:[.,]\d+)?$/;

export function validateEvaluation(v: EvaluationFormValues): FormCheck<EvaluationValues> {
  const conversion: FieldErrors = {};
  const score = v.score.trim();
  if (score !== '' && !SCORE.test(score)) conversion.score = translate('evaluation.scoreNumber');
  if (!v.evaluatorId) conversion.evaluatorId = translate('evaluation.chooseEvaluator');
  const parsed = EvaluationInput.safeParse({
    placementId: v.placementId,
    evaluatedOn: v.evaluatedOn,
    evaluatorId: v.evaluatorId,
    score: score === '' || conversion.score ? null : Number(score.replace(',', '.')),
    comments: v.comments,
    documentId: v.documentId || null,
  });
  return formCheck(parsed, conversion);
}

export type EvaluationFormProps = Omit<RecordFormProps<Evaluation, EvaluationValues>, 'base' | 'parent'> & { initial: EvaluationFormValues };

export function EvaluationForm({ heading, initial, onSave, onConflict, onCancel }: EvaluationFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validateEvaluation, save: onSave, onConflict });
  const { values, set, errors } = form;
  // The form is one of the placement's documents: upload it there, then choose it here.
  const documents = useLoad(
    () => send('documents:list', { owner: { kind: 'placement', id: values.placementId } }),
    `documents:placement:${values.placementId}`,
    { skip: !values.placementId, reads: ['document'] },
  );
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        <DateField label={t('evaluation.evaluatedOn')} value={values.evaluatedOn} onChange={(evaluatedOn) => set({ evaluatedOn })} error={errors.evaluatedOn} required />
        <PersonPicker
          label={t('evaluation.evaluator')}
          value={values.evaluatorId}
          name={values.evaluatorName}
          onChange={(evaluatorId, evaluatorName) => set({ evaluatorId, evaluatorName })}
          error={errors.evaluatorId}
          required
          allowCreate
        />
        <TextField
          label={t('evaluation.score')}
          value={values.score}
          onChange={(score) => set({ score })}
          error={errors.score}
          hint={t('evaluation.scoreHint')}
          className="narrow"
          inputProps={{ inputMode: 'decimal' }}
        />
        <Select
          label={t('evaluation.document')}
          value={values.documentId}
          onChange={(documentId) => set({ documentId })}
          placeholder={t('evaluation.noDocument')}
          options={(documents.data ?? []).map((d) => ({ value: d.id, label: `${d.title} (${d.versions[0]?.fileName ?? ''})` }))}
          error={errors.documentId}
          hint={t('evaluation.documentHint')}
          className="span-2"
        />
        <TextArea label={t('evaluation.comments')} value={values.comments} onChange={(comments) => set({ comments })} error={errors.comments} rows={5} className="span-3" />
      </div>
    </RecordFormFrame>
  );
}
