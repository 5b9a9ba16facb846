import { Button } from '../../components/button';
import { HashText } from '../../components/hash-text';
import { formatBytes, formatDateTime, useT } from '../../i18n';
import type { DocumentVersion, RecordDocument } from '../../../../shared/models/document';

export type DocumentListProps = {
  documents: readonly RecordDocument[];
  /** Desktop: "Open" in the OS viewer; browser: "Download". */
  desktop: boolean;
  /** The version an action is under way for. */
  busyVersionId: string | null;
  onOpen: (version: DocumentVersion) => void;
  onMarkSigned: (version: DocumentVersion) => void;
  onAddVersion: (document: RecordDocument) => void;
};

function VersionRow({ version, desktop, busy, onOpen, onMarkSigned }: { version: DocumentVersion; desktop: boolean; busy: boolean } & Pick<DocumentListProps, 'onOpen' | 'onMarkSigned'>) {
  const t = useT();
  return (
    <tr>
      <td className="nowrap">
        {t('documents.versionN', { n: version.version })}{' '}
        {version.signed ? <span className="badge badge--signed">{t('documents.signed')}</span> : null}
      </td>
      <td className="wide">
        <div className="doc-file">{version.fileName}</div>
        <div className="doc-hash">
          <span className="muted">{t('documents.hash')}</span> <HashText hash={version.sha256} full />
        </div>
      </td>
      <td className="nowrap num">{formatBytes(version.size)}</td>
      <td className="nowrap">{t('documents.uploadedBy', { at: formatDateTime(version.uploadedAt), actor: version.uploadedBy })}</td>
      <td className="nowrap">
        <div className="button-row">
          <Button size="small" disabled={busy} onClick={() => onOpen(version)}>
            {desktop ? t('documents.open') : t('documents.download')}
          </Button>
          {version.signed ? null : (
            <Button size="small" disabled={busy} onClick={() => onMarkSigned(version)}>
              {t('documents.markSigned')}
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}

/** Each attached document with its versions, newest first, and what can be done with them. */
export function DocumentList({ documents, desktop, busyVersionId, onOpen, onMarkSigned, onAddVersion }: DocumentListProps) {
  const t = useT();
  return (
    <ul className="doc-list">
      {documents.map((doc) => (
        <li key={doc.id} className="doc">
          <div className="doc__head">
            <h3 className="doc__title">{doc.title}</h3>
            {doc.language ? <span className="chip">{doc.language}</span> : null}
            <Button size="small" className="doc__add" onClick={() => onAddVersion(doc)}>
              {t('documents.addVersion')}
            </Button>
          </div>
          <table className="simple-table" aria-label={t('documents.versions', { title: doc.title })}>
            <thead>
              <tr>
                <th scope="col">{t('documents.version')}</th>
                <th scope="col">{t('documents.file')}</th>
                <th scope="col" className="num">
                  {t('documents.size')}
                </th>
                <th scope="col">{t('documents.uploaded')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('documents.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {doc.versions.map((version) => (
                <VersionRow
                  key={version.id}
                  version={version}
                  desktop={desktop}
                  busy={busyVersionId === version.id}
                  onOpen={onOpen}
                  onMarkSigned={onMarkSigned}
                />
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}
