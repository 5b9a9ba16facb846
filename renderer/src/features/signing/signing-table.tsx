import { Button } from '../../components/button';
import { HashText } from '../../components/hash-text';
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
    <div className="table-scroll">
      <table className="simple-table" aria-label={t('signing.table')}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('signing.colSeq')}
            </th>
            <th scope="col">{t('signing.colSignatory')}</th>
            <th scope="col">{t('signing.colParty')}</th>
            <th scope="col">{t('signing.colDate')}</th>
            <th scope="col">{t('signing.colPlace')}</th>
            <th scope="col">{t('signing.colMethod')}</th>
            <th scope="col">{t('signing.colDocument')}</th>
            <th scope="col">{t('signing.colRecorded')}</th>
            <th scope="col">{t('signing.colHash')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('documents.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const version = versions.get(record.documentVersionId);
            const corrects = record.correctsId ? seqById.get(record.correctsId) : undefined;
            return (
              <tr key={record.id}>
                <td className="num">{record.seq}</td>
                <td>
                  {record.signatoryName}
                  {record.correctsId ? (
                    <div className="chip chip--correction">{t('signing.corrects', { seq: corrects ?? '?' })}</div>
                  ) : null}
                  {record.note ? <div className="muted pre-line">{record.note}</div> : null}
                </td>
                <td>{record.partyName}</td>
                <td className="nowrap">{formatDate(record.signedOn)}</td>
                <td>{record.place}</td>
                <td className="nowrap">{t(signingMethodKey(record.method))}</td>
                <td>
                  {version ? <div>{`${t('documents.versionN', { n: version.version })} · ${version.fileName}`}</div> : null}
                  <HashText hash={record.documentSha256} label={hashLabel(record.documentSha256)} />
                </td>
                <td className="nowrap">{t('signing.recordedBy', { at: formatDateTime(record.recordedAt), actor: record.recordedBy })}</td>
                <td>
                  <HashText hash={record.hash} label={hashLabel(record.hash)} />
                </td>
                <td>
                  <Button size="small" aria-label={t('signing.correctLabel', { seq: record.seq })} onClick={() => onCorrect(record)}>
                    {t('signing.correct')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
