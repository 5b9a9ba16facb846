import { useId, useState, type ReactNode } from 'react';
import { Button, type ButtonVariant } from '../../components/button';
import { useAppStore } from '../../store';
import { issueText } from './form-errors';
import { errorMessage, isClientError, notifyError } from './notify';

/** A problem that blocks a move, as the shared lifecycle rules name it. */
type Problem = Parameters<typeof issueText>[0];

/**
 * Runs a status move: busy while it runs, and a refusal said in one toast with every reason main
 * gave (a blocked move names each missing thing, not just "could not change status").
 */
export function useLifecycleMove(): { busy: boolean; run: (move: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = async (move: () => Promise<void>) => {
    setBusy(true);
    try {
      await move();
    } catch (error) {
      if (isClientError(error) && error.issues.length > 0) {
        useAppStore.getState().pushToast('error', [errorMessage(error), ...error.issues.map(issueText)].join(' '));
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
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
