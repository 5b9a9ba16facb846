import { useState } from 'react';
import { useT } from '../../i18n';
import { statusActionKey, statusKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { TRANSITIONS, lifecycleFacts, transitionProblems } from '../../../../shared/lifecycle';
import type { AgreementDetail, AgreementStatus } from '../../../../shared/models/agreement';
import { LifecycleButtons, useLifecycleMove } from '../common/lifecycle-actions';
import { notifySuccess } from '../common/notify';
import { SignedDateDialog } from './signed-date-dialog';

export type StatusActionsProps = { agreement: AgreementDetail; onChanged: (next: AgreementDetail) => void };

/** The legal next statuses as buttons; blocked moves are disabled with the reason next to them. */
export function StatusActions({ agreement, onChanged }: StatusActionsProps) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const [asking, setAsking] = useState(false);
  const { busy, run } = useLifecycleMove();

  const move = (to: AgreementStatus, signedOn?: string) =>
    run(async () => {
      const next = await send('agreements:transition', { id: agreement.id, to, signedOn, expectedUpdatedAt: agreement.updatedAt });
      onChanged(next);
      invalidate(['agreement']);
      notifySuccess(t('agreement.statusChanged', { status: t(statusKey(next.status)) }));
    });

  const onMove = (to: AgreementStatus) => {
    if (to === 'active' && !agreement.signedOn) setAsking(true);
    else void move(to);
  };

  return (
    <LifecycleButtons
      label={t('agreement.statusActions')}
      targets={TRANSITIONS[agreement.status]}
      busy={busy}
      actionLabel={(to) => t(statusActionKey(to))}
      variant={(to) => (to === 'terminated' ? 'danger' : 'secondary')}
      // A missing signed date is not a blocker here: the dialog asks for it.
      problems={(to) => transitionProblems(lifecycleFacts(agreement), to).filter((p) => !(to === 'active' && p.path === 'signedOn'))}
      onMove={onMove}
    >
      {asking ? (
        <SignedDateDialog
          onCancel={() => setAsking(false)}
          onConfirm={(signedOn) => {
            setAsking(false);
            void move('active', signedOn);
          }}
        />
      ) : null}
    </LifecycleButtons>
  );
}
