export type ToastView = { id: number; kind: 'info' | 'success' | 'error'; message: string; action?: { label: string; run: () => void } };

export type ToastsProps = { toasts: readonly ToastView[]; onDismiss: (id: number) => void; dismissLabel: string };

/** Notifications: errors are `role="alert"` (announced at once), the rest `role="status"`. */
export function Toasts({ toasts, onDismiss, dismissLabel }: ToastsProps) {
  return (
    <div className="toasts">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <span className="toast__message">{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              className="toast__action"
              onClick={() => {
                onDismiss(toast.id);
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="toast__dismiss" aria-label={dismissLabel} onClick={() => onDismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
