import { RecordFormPage } from '../common/record-form-page';
import { ApplicationForm, applicationValues } from './application-form';
import { applicationsRecord } from './applications-record';

/** Records an application (`parentId`: its intake, from the intake's page) or edits one. */
export function ApplicationFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  return (
    <RecordFormPage record={applicationsRecord} id={id} parent={{ area: 'intakes', id: parentId }} name={(a) => a.applicantName}>
      {({ base, parent, ...form }) => <ApplicationForm {...form} initial={applicationValues(base, parent)} />}
    </RecordFormPage>
  );
}
