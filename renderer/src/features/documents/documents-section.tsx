import { useState } from 'react';
import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { isDesktop, send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { DocumentVersion, RecordDocument } from '../../../../shared/models/document';
import type { RecordRef } from '../../../../shared/models/record-ref';
import { notifyError, notifySuccess } from '../common/notify';
import { saveFile } from '../common/save-file';
import { AttachDialog } from './attach-dialog';
import { DocumentList } from './document-list';

export type DocumentsSectionProps = {
  /** Whose documents these are: new ones are attached to it. */
  owner: RecordRef;
  documents: readonly RecordDocument[] | undefined;
  loading: boolean;
};

type Dialog = { for: 'new' } | { for: 'version'; document: RecordDocument };

/** A record's documents: attach, add versions, open or download, mark the signed one. */
export function DocumentsSection({ owner, documents, loading }: DocumentsSectionProps) {
  const t = useT();
  const bumpRevision = useAppStore((s) => s.bumpRevision);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busyVersionId, setBusyVersionId] = useState<string | null>(null);
  const desktop = isDesktop();

  const withBusy = async (version: DocumentVersion, action: () => Promise<void>) => {
    setBusyVersionId(version.id);
    try {
      await action();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusyVersionId(null);
    }
  };

  const download = async (version: DocumentVersion) => {
    const content = await send('documents:content', { versionId: version.id });
    saveFile({ fileName: content.fileName, mediaType: content.mediaType, contentBase64: content.contentBase64 });
  };

  const onOpen = (version: DocumentVersion) =>
    withBusy(version, async () => {
      // The desktop app opens the file in the OS viewer; when it cannot, the file is saved instead.
      if (desktop && (await send('documents:open', { versionId: version.id })).opened) return;
      await download(version);
    });

  const onMarkSigned = (version: DocumentVersion) =>
    withBusy(version, async () => {
      await send('documents:markSigned', { versionId: version.id });
      notifySuccess(t('documents.markedSigned', { n: version.version }));
      bumpRevision();
    });

  const attachButton = (
    <Button variant="primary" onClick={() => setDialog({ for: 'new' })}>
      {t('documents.attach')}
    </Button>
  );

  return (
    <Section title={t('documents.title')} actions={attachButton}>
      {!documents && loading ? <Spinner label={t('common.loading')} inline /> : null}
      {documents && documents.length === 0 ? <p className="muted">{t('documents.empty')}</p> : null}
      {documents && documents.length > 0 ? (
        <DocumentList
          documents={documents}
          desktop={desktop}
          busyVersionId={busyVersionId}
          onOpen={onOpen}
          onMarkSigned={onMarkSigned}
          onAddVersion={(document) => setDialog({ for: 'version', document })}
        />
      ) : null}
      {dialog ? (
        <AttachDialog
          owner={owner}
          document={dialog.for === 'version' ? dialog.document : undefined}
          desktop={desktop}
          onDone={() => {
            setDialog(null);
            bumpRevision();
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
    </Section>
  );
}
