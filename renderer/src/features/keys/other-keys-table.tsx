import { Fingerprint } from '../../components/fingerprint';
import { formatDateTime, useT } from '../../i18n';
import type { KeyInfo } from '../../../../shared/models/export';

export type OtherKeysTableProps = { keys: readonly KeyInfo[] };

/** Retired office keys (kept so old summaries still verify) and partners' imported public keys. */
export function OtherKeysTable({ keys }: OtherKeysTableProps) {
  const t = useT();
  if (keys.length === 0) return <p className="muted">{t('keys.noOthers')}</p>;
  return (
    <div className="table-scroll">
      <table className="simple-table" aria-label={t('keys.table')}>
        <thead>
          <tr>
            <th scope="col">{t('keys.colLabel')}</th>
            <th scope="col">{t('keys.colKind')}</th>
            <th scope="col">{t('keys.keyId')}</th>
            <th scope="col">{t('keys.fingerprint')}</th>
            <th scope="col">{t('keys.created')}</th>
            <th scope="col">{t('keys.retired')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.keyId}>
              <td>{key.label}</td>
              <td className="nowrap">{t(key.origin === 'own' ? 'keys.kindRetired' : 'keys.kindImported')}</td>
              <td className="mono nowrap">{key.keyId}</td>
              <td>
                <Fingerprint value={key.fingerprint} small />
              </td>
              <td className="nowrap">{formatDateTime(key.createdAt)}</td>
              <td className="nowrap">{key.retiredAt ? formatDateTime(key.retiredAt) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
