import { useId, useState } from 'react';
import { Button } from '../../components/button';
import { useT } from '../../i18n';
import { statusActionKey, statusKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { TRANSITIONS, lifecycleFacts, transitionProblems } from '../../../../shared/lifecycle';
import type { AgreementDetail, AgreementStatus } from '../../../../shared/models/agreement';
import { issueText } from '../common/form-errors';
import { errorMessage, isClientError, notifyError, notifySuccess } from '../common/notify';
import { SignedDateDialog } from './signed-date-dialog';

export type StatusActionsProps = { agreement: AgreementDetail; onChanged: (next: AgreementDetail) => void };

function StatusButton({ agreement, to, onMove }: { agreement: AgreementDetail; to: AgreementStatus; onMove: (to: AgreementStatus) => void }) {
  const t = useT();
  const reasonId = useId();
  // A missing signed date is not a blocker here: the dialog asks for it.
  const problems = transitionProblems(lifecycleFacts(agreement), to).filter((p) => !(to === 'active' && p.path === 'signedOn'));
  const blocked = problems.length > 0;
  return (
    <div className="status-action">
      <Button
        variant={to === 'terminated' ? 'danger' : 'secondary'}
        disabled={blocked}
        aria-describedby={blocked ? reasonId : undefined}
        onClick={() => onMove(to)}
      >
        {t(statusActionKey(to))}
      </Button>
      {blocked ? (
        <span id={reasonId} className="status-action__reason">
          {problems.map(issueText).join(' ')}
        </span>
      ) : null}
    </div>
  );
}

/** The legal next statuses as buttons; blocked moves are disabled with the reason next to them. */
export function StatusActions({ agreement, onChanged }: StatusActionsProps) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const targets = TRANSITIONS[agreement.status];
  if (targets.length === 0) return null;

  const move = async (to: AgreementStatus, signedOn?: string) => {
    setBusy(true);
    try {
      const next = await send('agreements:transition', {
        id: agreement.id,
        to,
        signedOn,
        expectedUpdatedAt: agreement.updatedAt,
      });
      onChanged(next);
      invalidate(['agreement']);
      notifySuccess(t('agreement.statusChanged', { status: t(statusKey(next.status)) }));
    } catch (error) {
      if (isClientError(error) && error.issues.length > 0) {
        useAppStore.getState().pushToast('error', [errorMessage(error), ...error.issues.map(issueText)].join(' '));
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const onMove = (to: AgreementStatus) => {
    if (to === 'active' && !agreement.signedOn) setAsking(true);
    else void move(to);
  };

  return (
    <div className="status-actions" role="group" aria-label={t('agreement.statusActions')} aria-busy={busy || undefined}>
      {targets.map((to) => (
        <StatusButton key={to} agreement={agreement} to={to} onMove={onMove} />
      ))}
      {asking ? (
        <SignedDateDialog
          onCancel={() => setAsking(false)}
          onConfirm={(signedOn) => {
            setAsking(false);
            void move('active', signedOn);
          }}
        />
      ) : null}
    </div>
  );
}
