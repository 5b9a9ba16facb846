import { formatDateTime, useT } from '../../i18n';
import { verifyPartKey } from '../../i18n/labels';
import type { VerifyResult } from '../../../../shared/models/export';

export type VerifyResultViewProps = { result: VerifyResult; fileName: string };

/** Whose key signed a valid summary, in the words the Office key screen uses for it. */
function ValidTitle({ result }: { result: VerifyResult }) {
  const t = useT();
  const date = result.signedAt ? formatDateTime(result.signedAt) : '';
  const { signer } = result;
  const text =
    signer?.origin === 'own'
      ? t('verify.validOwn', { label: signer.label, date })
      : signer?.origin === 'imported'
        ? t('verify.validPartner', { label: signer.label, date })
        : signer?.origin === 'key-file'
          ? t('verify.validKeyFile', { label: signer.label, date })
          : t('verify.valid', { keyId: result.keyId ?? '', date });
  return <p className="verdict__title">{text}</p>;
}

/** What the check of one file found, in the colour of its verdict. */
export function VerifyResultView({ result, fileName }: VerifyResultViewProps) {
  const t = useT();
  const partName = (part: string) => {
    const key = verifyPartKey(part);
    return key ? t(key) : part;
  };
  return (
    <div className={`verdict verdict--${result.status}`}>
      {result.status === 'valid' ? (
        <>
          <ValidTitle result={result} />
          {result.title ? <p>{t('verify.agreement', { title: result.title })}</p> : null}
          {result.signer?.retiredAt ? <p>{t('verify.signedBeforeRetirement', { date: formatDateTime(result.signer.retiredAt) })}</p> : null}
          {result.fileKind === 'pdf' ? <p>{t('verify.validPdf')}</p> : null}
          {result.fingerprint ? (
            <p>
              {t('verify.keyAndFingerprint', { keyId: result.keyId ?? '' })} <span className="hash hash--full">{result.fingerprint}</span>
            </p>
          ) : null}
          {result.digests.length ? (
            <details>
              <summary>{t('verify.digests')}</summary>
              <table className="verdict__digests">
                <tbody>
                  {result.digests.map((digest) => (
                    <tr key={digest.section}>
                      <th scope="row">{digest.section}</th>
                      <td className="hash hash--full">{digest.sha256}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </>
      ) : null}
      {result.status === 'tampered' ? (
        <>
          <p className="verdict__title">{t('verify.tampered')}</p>
          {result.title ? <p>{t('verify.agreement', { title: result.title })}</p> : null}
          <p>{t('verify.tamperedParts')}</p>
          <ul className="verdict__parts">
            {result.parts.map((part) => (
              <li key={part}>{partName(part)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.status === 'unknown_key' ? (
        <>
          <p className="verdict__title">{t('verify.unknownKey', { keyId: result.keyId ?? '' })}</p>
          {result.title ? <p>{t('verify.agreement', { title: result.title })}</p> : null}
          {result.fingerprint ? (
            <p>
              {t('verify.unknownKeyFingerprint')} <span className="hash hash--full">{result.fingerprint}</span>
            </p>
          ) : null}
          <p>
            {t('verify.unknownKeyHint')} <a href="#/keys">{t('verify.goToKeys')}</a>
          </p>
        </>
      ) : null}
      {result.status === 'not_liaison' ? (
        <>
          <p className="verdict__title">{t('verify.notLiaison')}</p>
          <p>{result.message}</p>
        </>
      ) : null}
      <p className="muted verdict__file">{t('verify.fileName', { fileName })}</p>
    </div>
  );
}
