import { send } from '../../ipc/client';
import type { RecordRef } from '../../../../shared/models/record-ref';
import { useLoad } from '../common/use-load';
import { DocumentsSection } from './documents-section';

/** The documents section for a record whose page needs nothing else from them (an organisation, a person). */
export function RecordDocuments({ owner }: { owner: RecordRef }) {
  const documents = useLoad(() => send('documents:list', { owner }), `documents:${owner.kind}:${owner.id}`);
  return <DocumentsSection owner={owner} documents={documents.data} loading={documents.loading} />;
}
