import { RecordFormPage } from '../common/record-form-page';
import { OrganisationForm, organisationValues } from './organisation-form';
import { organisationsRecord } from './organisations-record';

export function OrganisationFormPage({ id }: { id?: string }) {
  return (
    <RecordFormPage record={organisationsRecord} id={id}>
      {({ base, ...form }) => <OrganisationForm {...form} initial={organisationValues(base)} selfId={id} />}
    </RecordFormPage>
  );
}
