import { RecordFormPage } from '../common/record-form-page';
import { EvaluationForm, evaluationValues } from './evaluation-form';
import { evaluationsRecord } from './evaluations-record';

/** Records an evaluation of a placement (`parentId`, from the placement's page) or edits one. */
export function EvaluationFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  return (
    <RecordFormPage record={evaluationsRecord} id={id} parent={{ area: 'placements', id: parentId }} name={(e) => e.internName}>
      {({ base, parent, ...form }) => <EvaluationForm {...form} initial={evaluationValues(base, parent)} />}
    </RecordFormPage>
  );
}
