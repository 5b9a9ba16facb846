import { useT, type MessageKey } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { placementLifecycle, type Placement, type PlacementStatus } from '../../../../shared/models/placement';
import { LifecycleButtons, useLifecycleMove } from '../common/lifecycle-actions';
import { notifySuccess } from '../common/notify';

export const placementStatusKey = (status: PlacementStatus) => `placement.status.${status}` satisfies MessageKey;
/** What a move's button says; a status nothing moves into (active) needs no words. */
const MOVE_KEYS: { readonly [S in PlacementStatus]?: MessageKey } = {
  completed: 'placement.moveTo.completed',
  left_early: 'placement.moveTo.left_early',
  hired: 'placement.moveTo.hired',
  not_hired: 'placement.moveTo.not_hired',
};
const moveKey = (status: PlacementStatus): MessageKey => MOVE_KEYS[status] ?? placementStatusKey(status);

/** Placement outcomes wear the agreement badges' colours: running, done, yes, no, gone. */
const BADGE: Record<PlacementStatus, string> = {
  active: 'active',
  completed: 'negotiation',
  hired: 'active',
  not_hired: 'expired',
  left_early: 'terminated',
};

export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
  const t = useT();
  return <span className={`badge badge--${BADGE[status]}`}>{t(placementStatusKey(status))}</span>;
}

/**
 * The outcome moves the lifecycle allows from here. A final one is confirmed first; main checks the
 * move again (a hire needs an evaluation) and says why when it refuses. Once hired, the hire record
 * is offered: its form opens filled in from the placement, to be checked and saved.
 */
export function PlacementMoves({ placement }: { placement: Placement }) {
  const t = useT();
  const confirm = useAppStore((s) => s.confirm);
  const invalidate = useAppStore((s) => s.invalidate);
  const navigate = useAppStore((s) => s.navigate);
  const { busy, run } = useLifecycleMove();

  const move = async (to: PlacementStatus) => {
    const status = t(placementStatusKey(to));
    if (placementLifecycle.isFinal(to)) {
      const ok = await confirm({
        title: t('placement.moveTitle', { action: t(moveKey(to)) }),
        message: t('placement.moveBody', { name: placement.internName, status }),
        confirmLabel: t(moveKey(to)),
        danger: to === 'left_early',
      });
      if (!ok) return;
    }
    await run(async () => {
      await send('placements:transition', { id: placement.id, to, expectedUpdatedAt: placement.updatedAt });
      invalidate(['placement']);
      if (to === 'hired') {
        notifySuccess(t('placement.hiredOffer'));
        navigate({ view: 'new', area: 'hires', parentId: placement.id });
      } else {
        notifySuccess(t('placement.moved', { status }));
      }
    });
  };

  return (
    <LifecycleButtons
      label={t('placement.statusActions')}
      targets={placementLifecycle.next(placement.status)}
      busy={busy}
      actionLabel={(to) => t(moveKey(to))}
      variant={(to) => (to === 'hired' || to === 'completed' ? 'primary' : 'secondary')}
      problems={(to) => placementLifecycle.problems(placement, to)}
      onMove={(to) => void move(to)}
    />
  );
}
