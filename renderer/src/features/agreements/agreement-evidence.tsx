import { send } from '../../ipc/client';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import { useLoad } from '../common/use-load';
import { DocumentsSection } from '../documents/documents-section';
import { SigningSection } from '../signing/signing-section';

/** What proves the agreement: its documents and the signing records that point at them. */
export function AgreementEvidence({ agreement }: { agreement: AgreementDetail }) {
  const documents = useLoad(() => send('documents:list', { agreementId: agreement.id }), `documents:${agreement.id}`);
  const records = useLoad(() => send('signing:list', { agreementId: agreement.id }), `signing:${agreement.id}`);
  return (
    <>
      <DocumentsSection agreementId={agreement.id} documents={documents.data} loading={documents.loading} />
      <SigningSection agreement={agreement} documents={documents.data} records={records.data} loading={records.loading} />
    </>
  );
}
