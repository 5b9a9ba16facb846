import { useId, type ReactNode } from 'react';
import { Button, type ButtonVariant } from '../../components/button';
import { issueText } from './form-errors';
import { useBusyAction } from './use-busy-action';

/** A problem that blocks a move, as the shared lifecycle rules name it. */
type Problem = Parameters<typeof issueText>[0];

/** A status move is a busy action: a blocked move's toast names each missing thing. */
export function useLifecycleMove() {
  return useBusyAction();
}

export type LifecycleButtonsProps<S extends string> = {
  /** The group's accessible name ("Status actions"). */
  label: string;
  /** The statuses the lifecycle allows from here. */
  targets: readonly S[];
  busy: boolean;
  actionLabel: (to: S) => string;
  variant?: (to: S) => ButtonVariant;
  /** The same rule main checks: a blocked move is offered disabled, with the reason beside it. */
  problems?: (to: S) => readonly Problem[];
  onMove: (to: S) => void;
  /** Dialogs a move opens (a signed date to ask for). */
  children?: ReactNode;
};

function LifecycleButton<S extends string>({ to, busy, actionLabel, variant, problems, onMove }: Omit<LifecycleButtonsProps<S>, 'label' | 'targets'> & { to: S }) {
  const reasonId = useId();
  const blocking = problems?.(to) ?? [];
  const blocked = blocking.length > 0;
  return (
    <div className="status-action">
      <Button variant={variant?.(to) ?? 'secondary'} disabled={blocked || busy} aria-describedby={blocked ? reasonId : undefined} onClick={() => onMove(to)}>
        {actionLabel(to)}
      </Button>
      {blocked ? (
        <span id={reasonId} className="status-action__reason">
          {blocking.map(issueText).join(' ')}
        </span>
      ) : null}
    </div>
  );
}

/** A record's legal next statuses as buttons, one way for every record type with a lifecycle. */
export function LifecycleButtons<S extends string>({ label, targets, children, ...button }: LifecycleButtonsProps<S>) {
  if (targets.length === 0) return null;
  return (
    <div className="status-actions" role="group" aria-label={label} aria-busy={button.busy || undefined}>
      {targets.map((to) => (
        <LifecycleButton key={to} to={to} {...button} />
      ))}
      {children}
    </div>
  );
}
