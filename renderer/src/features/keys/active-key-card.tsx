import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { Fingerprint } from '../../components/fingerprint';
import { formatDateTime, useT } from '../../i18n';
import { keyProtectionKey } from '../../i18n/labels';
import type { KeyInfo } from '../../../../shared/models/export';

export type ActiveKeyCardProps = { keyInfo: KeyInfo; actions: ReactNode };

/** The key this office signs with: its fingerprint large enough to read out, and where it is kept. */
export function ActiveKeyCard({ keyInfo, actions }: ActiveKeyCardProps) {
  const t = useT();
  return (
    <div className="key-card">
      <div className="key-card__fingerprint-label">{t('keys.fingerprint')}</div>
      <Fingerprint value={keyInfo.fingerprint} />
      <p className="muted">{t('keys.fingerprintHint')}</p>
      <Facts
        className="facts--grid"
        facts={[
          { label: t('keys.keyId'), value: <span className="mono">{keyInfo.keyId}</span> },
          { label: t('keys.created'), value: formatDateTime(keyInfo.createdAt) },
          { label: t('keys.protection'), value: t(keyProtectionKey(keyInfo.protection)) },
        ]}
      />
      {keyInfo.protection === 'file' ? (
        // Said plainly: in file mode the key lives in the data folder it is meant to protect.
        <div className="key-card__limits" role="note" aria-label={t('keys.fileModeTitle')}>
          <strong>{t('keys.fileModeTitle')}</strong>
          <p>{t('keys.fileModeCan')}</p>
          <p>{t('keys.fileModeCannot')}</p>
          <p>{t('keys.fileModeKeychain')}</p>
        </div>
      ) : keyInfo.protection === 'os-keychain' ? (
        <p className="muted">{t('keys.keychainNote')}</p>
      ) : null}
      <div className="button-row key-card__actions">{actions}</div>
    </div>
  );
}
