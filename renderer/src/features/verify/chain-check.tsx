import { useState } from 'react';
import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { ChainReport } from '../../../../shared/models/signing';
import { errorMessage } from '../common/notify';

/** Walks the whole chain of signing records and says whether every link still holds. */
export function ChainCheck() {
  const t = useT();
  const setChainReport = useAppStore((s) => s.setChainReport);
  const [report, setReport] = useState<ChainReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await send('signing:verify', {});
      setReport(next);
      setChainReport(next);
    } catch (error) {
      setReport(null);
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('verify.chainSection')}>
      <p className="muted">{t('verify.chainBody')}</p>
      <div className="button-row">
        <Button onClick={check} disabled={busy}>
          {t('verify.chainCheck')}
        </Button>
      </div>
      <div role="status" aria-label={t('verify.chainResult')} className="verdict-region">
        {busy ? <Spinner label={t('verify.chainChecking')} inline live={false} /> : null}
        {!busy && report?.intact ? (
          <p className="verdict verdict--valid verdict__title">{report.records === 1 ? t('verify.chainIntactOne') : t('verify.chainIntact', { count: report.records })}</p>
        ) : null}
        {!busy && report && !report.intact ? (
          <div className="verdict verdict--tampered">
            <p className="verdict__title">{t('verify.chainBroken', { seq: report.seq, reason: report.reason })}</p>
            {report.problems.length > 1 ? (
              <ul aria-label={t('verify.chainProblems')}>
                {report.problems.map((item) => (
                  <li key={`${item.seq}:${item.reason}`}>{item.reason}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {!busy && problem ? <p className="verdict verdict--tampered">{problem}</p> : null}
      </div>
    </Section>
  );
}
