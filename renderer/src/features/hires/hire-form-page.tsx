import { RecordFormPage } from '../common/record-form-page';
import { HireForm, hireValues } from './hire-form';
import { hiresRecord } from './hires-record';

/** Records a hire (`parentId`: the placement it came from, offered when that is marked hired) or edits one. */
export function HireFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  return (
    <RecordFormPage record={hiresRecord} id={id} parent={{ area: 'placements', id: parentId }} name={(h) => h.personName}>
      {({ base, parent, ...form }) => <HireForm {...form} initial={hireValues(base, parent)} />}
    </RecordFormPage>
  );
}
