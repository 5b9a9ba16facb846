import { formatDateTime, useT } from '../../i18n';
import { verifyPartKey } from '../../i18n/labels';
import type { VerifyResult } from '../../../../shared/models/export';

export type VerifyResultViewProps = { result: VerifyResult; fileName: string };

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
          <p className="verdict__title">
            {t('verify.valid', { keyId: result.keyId ?? '', date: result.signedAt ? formatDateTime(result.signedAt) : '' })}
          </p>
          {result.title ? <p>{t('verify.agreement', { title: result.title })}</p> : null}
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
