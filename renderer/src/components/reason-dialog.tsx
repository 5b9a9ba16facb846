import { useId, type ReactNode } from 'react';
import { Button } from './button';
import { Modal } from './modal';
import { TextArea } from './text-field';

export type ReasonDialogProps = {
  title: string;
  message: ReactNode;
  /** Fields before the reason (e.g. the status to put back to). */
  children?: ReactNode;
  reasonLabel: string;
  reason: string;
  onReasonChange: (reason: string) => void;
  /** Why the reason (or the action) was refused, shown at the reason. */
  error?: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks for a change that must say why (a removal, a restore, a status put back): the message, any
 * fields the change needs, and a reason that goes into the history. Esc cancels.
 */
export function ReasonDialog({
  title,
  message,
  children,
  reasonLabel,
  reason,
  onReasonChange,
  error,
  confirmLabel,
  cancelLabel,
  busy,
  danger,
  onConfirm,
  onCancel,
}: ReasonDialogProps) {
  const messageId = useId();
  return (
    <Modal
      title={title}
      onCancel={busy ? () => undefined : onCancel}
      describedBy={messageId}
      footer={
        <>
          <Button onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div id={messageId}>{message}</div>
      {children}
      <TextArea label={reasonLabel} value={reason} onChange={onReasonChange} error={error} required />
    </Modal>
  );
}
