import { Button } from '../../components/button';
import { HashText } from '../../components/hash-text';
import { SimpleTable } from '../../components/simple-table';
import { formatDate, formatDateTime, useT } from '../../i18n';
import { signingMethodKey } from '../../i18n/labels';
import type { SigningRecord } from '../../../../shared/models/signing';

export type VersionName = { fileName: string; version: number };

export type SigningTableProps = {
  records: readonly SigningRecord[];
  /** Document versions by id, to name the file each record is about. */
  versions: ReadonlyMap<string, VersionName>;
  onCorrect: (record: SigningRecord) => void;
};

/** The agreement's signing records in chain order; a correction points at the record it corrects. */
export function SigningTable({ records, versions, onCorrect }: SigningTableProps) {
  const t = useT();
  const seqById = new Map(records.map((r) => [r.id, r.seq]));
  const hashLabel = (hash: string) => t('documents.hashLabel', { hash });
  return (
    <SimpleTable
      label={t('signing.table')}
      rows={records}
      rowKey={(record) => record.id}
      columns={[
        { key: 'seq', header: t('signing.colSeq'), className: 'num', render: (r) => r.seq },
        {
          key: 'signatory',
          header: t('signing.colSignatory'),
          render: (r) => (
            <>
              {r.signatoryName}
              {r.correctsId ? <div className="chip chip--correction">{t('signing.corrects', { seq: seqById.get(r.correctsId) ?? '?' })}</div> : null}
              {r.note ? <div className="muted pre-line">{r.note}</div> : null}
            </>
          ),
        },
        { key: 'party', header: t('signing.colParty'), render: (r) => r.partyName },
        { key: 'date', header: t('signing.colDate'), className: 'nowrap', render: (r) => formatDate(r.signedOn) },
        { key: 'place', header: t('signing.colPlace'), render: (r) => r.place },
        { key: 'method', header: t('signing.colMethod'), className: 'nowrap', render: (r) => t(signingMethodKey(r.method)) },
        {
          key: 'document',
          header: t('signing.colDocument'),
          render: (r) => {
            const version = versions.get(r.documentVersionId);
            return (
              <>
                {version ? <div>{`${t('documents.versionN', { n: version.version })} · ${version.fileName}`}</div> : null}
                <HashText hash={r.documentSha256} label={hashLabel(r.documentSha256)} />
              </>
            );
          },
        },
        { key: 'recorded', header: t('signing.colRecorded'), className: 'nowrap', render: (r) => t('signing.recordedBy', { at: formatDateTime(r.recordedAt), actor: r.recordedBy }) },
        { key: 'hash', header: t('signing.colHash'), render: (r) => <HashText hash={r.hash} label={hashLabel(r.hash)} /> },
        {
          key: 'actions',
          header: t('documents.actions'),
          hiddenHeader: true,
          render: (r) => (
            <Button size="small" aria-label={t('signing.correctLabel', { seq: r.seq })} onClick={() => onCorrect(r)}>
              {t('signing.correct')}
            </Button>
          ),
        },
      ]}
    />
  );
}
