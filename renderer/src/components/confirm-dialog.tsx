import { useId } from 'react';
import { Button } from './button';
import { Modal } from './modal';

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before something irreversible. Focus starts on Cancel; Esc cancels. */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const messageId = useId();
  if (!open) return null;
  return (
    <Modal
      title={title}
      onCancel={onCancel}
      role="alertdialog"
      describedBy={messageId}
      initialFocus="[data-cancel]"
      footer={
        <>
          <Button data-cancel="" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <p id={messageId}>{message}</p>
    </Modal>
  );
}
