import { RecordFormPage } from '../common/record-form-page';
import { AwardForm } from './award-form';
import { awardValues } from './award-form-values';
import { awardsRecord } from './awards-record';

/** Awards a scholarship (`parentId`: the accepted application, from its page) or edits one. */
export function AwardFormPage({ id, parentId }: { id?: string; parentId?: string }) {
  return (
    <RecordFormPage record={awardsRecord} id={id} parent={{ area: 'applications', id: parentId }} name={(a) => a.applicantName}>
      {({ base, parent, ...form }) => <AwardForm {...form} initial={awardValues(base, parent)} />}
    </RecordFormPage>
  );
}
