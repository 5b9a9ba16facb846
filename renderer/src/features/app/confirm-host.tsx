import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ReasonDialog } from '../../components/reason-dialog';
import { useT } from '../../i18n';
import { useAppStore, type ConfirmRequest } from '../../store';
import { reasonProblem } from '../common/reason-problem';

/** The one confirm dialog, as the store asks for it: a question, or a question with a reason to give. */
export function ConfirmHost() {
  const t = useT();
  const request = useAppStore((s) => s.confirmRequest);
  const resolve = useAppStore((s) => s.resolveConfirm);
  if (request?.reasonLabel) return <ConfirmWithReason key={request.title} request={request} reasonLabel={request.reasonLabel} />;
  return (
    <ConfirmDialog
      open={request !== null}
      title={request?.title ?? ''}
      message={request?.message ?? ''}
      confirmLabel={request?.confirmLabel ?? t('common.confirm')}
      cancelLabel={request?.cancelLabel ?? t('common.cancel')}
      danger={request?.danger}
      onConfirm={() => resolve({ ok: true, reason: '' })}
      onCancel={() => resolve({ ok: false })}
    />
  );
}

/** Confirms only with a reason main will take (said at the field otherwise); the reason goes in the history. */
function ConfirmWithReason({ request, reasonLabel }: { request: ConfirmRequest; reasonLabel: string }) {
  const t = useT();
  const resolve = useAppStore((s) => s.resolveConfirm);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const confirm = () => {
    const problem = reasonProblem(reason);
    if (problem) setError(problem);
    else resolve({ ok: true, reason });
  };
  return (
    <ReasonDialog
      title={request.title}
      message={<p>{request.message}</p>}
      reasonLabel={reasonLabel}
      reason={reason}
      onReasonChange={(next) => {
        setReason(next);
        setError(undefined);
      }}
      error={error}
      confirmLabel={request.confirmLabel}
      cancelLabel={request.cancelLabel ?? t('common.cancel')}
      danger={request.danger}
      onConfirm={confirm}
      onCancel={() => resolve({ ok: false })}
    />
  );
}
