import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { Pager } from '../../components/pager';
import { ReasonDialog } from '../../components/reason-dialog';
import { Section } from '../../components/section';
import { formatDateTime, useT } from '../../i18n';
import { statusKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { RemovedAgreement } from '../../../../shared/models/agreement';
import { issueText } from '../common/form-errors';
import { errorMessage, isClientError, notifySuccess } from '../common/notify';
import { reasonProblem } from '../common/reason-problem';
import { useLoad } from '../common/use-load';

/** Removed agreements per page: every one of them can be found and restored, however many there are. */
const PAGE = 50;

/**
 * Agreements removed as mis-entered, the latest first, each with who removed it, why, and the
 * signing records it keeps in the chain; "Restore…" undoes a removal, with a reason.
 */
export function RemovedAgreements() {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const invalidate = useAppStore((s) => s.invalidate);
  const [shown, setShown] = useState(false);
  const [restoring, setRestoring] = useState<RemovedAgreement | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [offset, setOffset] = useState(0);
  const state = useLoad(() => send('agreements:removed', { offset, limit: PAGE }), `agreements:removed:${offset}`, { quiet: true, reads: ['agreement'] });
  const total = state.data?.total ?? 0;
  // Restoring the last one on a later page leaves that page empty: show the one before it.
  const pastTheEnd = offset > 0 && state.data !== undefined && state.data.rows.length === 0;
  useEffect(() => {
    if (pastTheEnd) setOffset(Math.max(0, Math.floor((total - 1) / PAGE) * PAGE));
  }, [pastTheEnd, total]);
  if (total === 0) return null;

  const restore = async () => {
    if (!restoring) return;
    const problem = reasonProblem(reason);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      const restored = await send('agreements:restore', { id: restoring.id, reason });
      setRestoring(null);
      invalidate(['agreement']);
      notifySuccess(t('removed.restored'));
      navigate({ view: 'detail', area: 'agreements', id: restored.id });
    } catch (failure) {
      setError(isClientError(failure) && failure.issues.length ? failure.issues.map(issueText).join(' ') : errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('removed.title')}>
      <Button onClick={() => setShown(!shown)} aria-expanded={shown}>
        {shown ? t('removed.hide') : t('removed.show', { count: total })}
      </Button>
      {shown ? (
        <table className="simple-table" aria-label={t('removed.table')}>
          <thead>
            <tr>
              <th>{t('col.reference')}</th>
              <th>{t('col.title')}</th>
              <th>{t('col.status')}</th>
              <th>{t('removed.when')}</th>
              <th>{t('removed.reason')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(state.data?.rows ?? []).map((row) => (
              <tr key={row.id}>
                <td className="mono nowrap">{row.referenceNo}</td>
                <td>{row.title}</td>
                <td>{t(statusKey(row.status))}</td>
                <td>
                  {formatDateTime(row.removedAt)} · {t('common.by', { actor: row.removedBy })}
                </td>
                <td>
                  {row.reason}
                  {row.signingRecordCount > 0 ? <div className="muted">{t('removed.keeps', { count: row.signingRecordCount })}</div> : null}
                </td>
                <td>
                  <Button
                    size="small"
                    onClick={() => {
                      setRestoring(row);
                      setReason('');
                      setError(undefined);
                    }}
                  >
                    {t('removed.restore')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {shown && total > PAGE ? <Pager offset={offset} limit={PAGE} total={total} onPage={setOffset} /> : null}
      {restoring ? (
        <ReasonDialog
          title={t('removed.restoreTitle', { title: restoring.title })}
          message={<p>{t('removed.restoreBody')}</p>}
          reasonLabel={t('removed.restoreReason')}
          reason={reason}
          onReasonChange={setReason}
          error={error}
          confirmLabel={t('removed.restoreConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void restore()}
          onCancel={() => setRestoring(null)}
        />
      ) : null}
    </Section>
  );
}
