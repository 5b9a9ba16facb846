import { useT, type MessageKey } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { awardLifecycle, type Award, type AwardStatus } from '../../../../shared/models/award';
import { LifecycleButtons, useLifecycleMove } from '../common/lifecycle-actions';
import { notifySuccess } from '../common/notify';

export const awardStatusKey = (status: AwardStatus) => `award.status.${status}` satisfies MessageKey;
const MOVE_KEYS: { readonly [S in AwardStatus]?: MessageKey } = {
  accepted: 'award.moveTo.accepted',
  paid_out: 'award.moveTo.paid_out',
  cancelled: 'award.moveTo.cancelled',
};

const BADGE: Record<AwardStatus, string> = { offered: 'draft', accepted: 'negotiation', paid_out: 'active', cancelled: 'terminated' };

export function AwardStatusBadge({ status }: { status: AwardStatus }) {
  const t = useT();
  return <span className={`badge badge--${BADGE[status]}`}>{t(awardStatusKey(status))}</span>;
}

/** The moves the award's lifecycle allows; paying out is offered disabled, with the reason, until every payment is paid. */
export function AwardMoves({ award }: { award: Award }) {
  const t = useT();
  const confirm = useAppStore((s) => s.confirm);
  const invalidate = useAppStore((s) => s.invalidate);
  const { busy, run } = useLifecycleMove();
  const label = (to: AwardStatus) => t(MOVE_KEYS[to] ?? awardStatusKey(to));
  const move = async (to: AwardStatus) => {
    const status = t(awardStatusKey(to));
    if (to === 'cancelled') {
      const ok = await confirm({ title: t('award.cancelTitle'), message: t('award.cancelBody', { name: award.applicantName }), confirmLabel: label(to), danger: true });
      if (!ok) return;
    }
    await run(async () => {
      await send('awards:transition', { id: award.id, to, expectedUpdatedAt: award.updatedAt });
      invalidate(['award']);
      notifySuccess(t('award.moved', { status }));
    });
  };
  return (
    <LifecycleButtons
      label={t('award.statusActions')}
      targets={awardLifecycle.next(award.status)}
      busy={busy}
      actionLabel={label}
      variant={(to) => (to === 'cancelled' ? 'secondary' : 'primary')}
      problems={(to) => awardLifecycle.problems(award, to)}
      onMove={(to) => void move(to)}
    />
  );
}
