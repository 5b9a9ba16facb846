import { RecordFormPage } from '../common/record-form-page';
import { PlacementForm, placementValues } from './placement-form';
import { placementsRecord } from './placements-record';

/** Records a placement (`parentId`: the agreement it comes under, from the agreement's page) or edits one. */
export function PlacementFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  return (
    <RecordFormPage record={placementsRecord} id={id} parent={{ area: 'agreements', id: parentId }} name={(p) => p.internName}>
      {({ base, parent, ...form }) => <PlacementForm {...form} initial={placementValues(base, parent)} />}
    </RecordFormPage>
  );
}
