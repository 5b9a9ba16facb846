import { RecordFormPage } from '../common/record-form-page';
import { IntakeForm, intakeValues } from './intake-form';
import { intakesRecord } from './intakes-record';

/** Creates an intake (`parentId`: its program, from the program's page) or edits one. */
export function IntakeFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  return (
    <RecordFormPage record={intakesRecord} id={id} parent={{ area: 'programs', id: parentId }}>
      {({ base, parent, ...form }) => <IntakeForm {...form} initial={intakeValues(base, parent)} />}
    </RecordFormPage>
  );
}
