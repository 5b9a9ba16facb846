import { agreementLabel } from '../common/record-labels';
import { RecordFormPage } from '../common/record-form-page';
import { ProgramForm } from './program-form';
import { programValues } from './program-form-values';
import { programsRecord } from './programs-record';

/** Creates a program (`parentId`: the agreement that creates it, from that agreement's page) or edits one. */
export function ProgramFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  return (
    <RecordFormPage record={programsRecord} id={id} parent={{ area: 'agreements', id: parentId }}>
      {({ base, parent, ...form }) => (
        <ProgramForm {...form} initial={programValues(base, parent ? { id: parent.id, name: agreementLabel(parent) } : undefined)} />
      )}
    </RecordFormPage>
  );
}
