import { send } from '../../ipc/client';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import type { RecordRef } from '../../../../shared/models/record-ref';
import { useLoad } from '../common/use-load';
import { DocumentsSection } from '../documents/documents-section';
import { SigningSection } from '../signing/signing-section';

/** What proves the agreement: its documents and the signing records that point at them. */
export function AgreementEvidence({ agreement }: { agreement: AgreementDetail }) {
  const owner: RecordRef = { kind: 'agreement', id: agreement.id };
  // One load feeds both sections: signing records point at these documents' versions.
  const documents = useLoad(() => send('documents:list', { owner }), `documents:agreement:${agreement.id}`);
  const records = useLoad(() => send('signing:list', { agreementId: agreement.id }), `signing:${agreement.id}`);
  return (
    <>
      <DocumentsSection owner={owner} documents={documents.data} loading={documents.loading} />
      <SigningSection agreement={agreement} documents={documents.data} records={records.data} loading={records.loading} />
    </>
  );
}
