import { useT, type MessageKey } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { applicationLifecycle, type Application, type ApplicationStatus } from '../../../../shared/models/application';
import { LifecycleButtons, useLifecycleMove } from '../common/lifecycle-actions';
import { notifySuccess } from '../common/notify';

export const applicationStatusKey = (status: ApplicationStatus) => `application.status.${status}` satisfies MessageKey;
/** What a move's button says; a status nothing moves into (submitted) needs no words. */
const MOVE_KEYS: { readonly [S in ApplicationStatus]?: MessageKey } = {
  screening: 'application.moveTo.screening',
  accepted: 'application.moveTo.accepted',
  rejected: 'application.moveTo.rejected',
  withdrawn: 'application.moveTo.withdrawn',
};
/** What a button moving an application (or a board's chosen ones) to `status` says. */
export const applicationMoveKey = (status: ApplicationStatus): MessageKey => MOVE_KEYS[status] ?? applicationStatusKey(status);
const moveKey = applicationMoveKey;

/** Application statuses wear the agreement badges' colours: waiting, under way, yes, no, gone. */
const BADGE: Record<ApplicationStatus, string> = {
  submitted: 'draft',
  screening: 'negotiation',
  accepted: 'active',
  rejected: 'terminated',
  withdrawn: 'expired',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useT();
  return <span className={`badge badge--${BADGE[status]}`}>{t(applicationStatusKey(status))}</span>;
}

/**
 * The moves the lifecycle allows from here, as buttons. A move to a final status (accept, reject,
 * withdraw) is confirmed first; main checks the move again and says why when it refuses.
 */
export function ApplicationMoves({ application }: { application: Application }) {
  const t = useT();
  const confirm = useAppStore((s) => s.confirm);
  const invalidate = useAppStore((s) => s.invalidate);
  const { busy, run } = useLifecycleMove();

  const move = async (to: ApplicationStatus) => {
    const status = t(applicationStatusKey(to));
    if (applicationLifecycle.isFinal(to)) {
      const ok = await confirm({
        title: t('application.moveTitle', { action: t(moveKey(to)) }),
        message: t('application.moveBody', { name: application.applicantName, status }),
        confirmLabel: t(moveKey(to)),
        danger: to !== 'accepted',
      });
      if (!ok) return;
    }
    await run(async () => {
      await send('applications:transition', { id: application.id, to, expectedUpdatedAt: application.updatedAt });
      invalidate(['application']);
      notifySuccess(t('application.moved', { status }));
    });
  };

  return (
    <LifecycleButtons
      label={t('application.statusActions')}
      targets={applicationLifecycle.next(application.status)}
      busy={busy}
      actionLabel={(to) => t(moveKey(to))}
      variant={(to) => (to === 'accepted' ? 'primary' : 'secondary')}
      onMove={(to) => void move(to)}
    />
  );
}
