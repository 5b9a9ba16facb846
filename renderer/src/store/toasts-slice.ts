import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export type ToastKind = 'info' | 'success' | 'error';
/** What a note offers to do about what it says (Undo a delete); it goes with the note. */
export type ToastAction = { label: string; run: () => void };
export type Toast = { id: number; kind: ToastKind; message: string; action?: ToastAction };

export type ToastsSlice = {
  toasts: Toast[];
  pushToast: (kind: ToastKind, message: string, action?: ToastAction) => number;
  dismissToast: (id: number) => void;
};

/** Success and info toasts go by themselves after this long; errors stay until dismissed. */
export const AUTO_DISMISS_MS = 5000;
/** A note that offers an action (Undo) stays long enough to reach for it. */
export const ACTION_DISMISS_MS = 12_000;
const MAX_TOASTS = 5;
let nextId = 1;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

function stopTimer(id: number): void {
  const timer = timers.get(id);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(id);
}

/** Over the cap, the oldest passing notes make room first: an error is never pushed out by a "Saved." */
function capped(toasts: Toast[]): Toast[] {
  const out = [...toasts];
  while (out.length > MAX_TOASTS) {
    const index = out.findIndex((toast) => toast.kind !== 'error');
    const [dropped] = out.splice(index < 0 ? 0 : index, 1);
    stopTimer(dropped.id);
  }
  return out;
}

export const createToastsSlice: StateCreator<AppState, [], [], ToastsSlice> = (set, get) => ({
  toasts: [],
  pushToast: (kind, message, action) => {
    // The same note again (three saves in a row) replaces the one on screen instead of stacking.
    const same = get().toasts.find((toast) => toast.kind === kind && toast.message === message);
    if (same) stopTimer(same.id);
    const id = nextId++;
    set((s) => ({ toasts: capped([...s.toasts.filter((toast) => toast !== same), { id, kind, message, ...(action ? { action } : {}) }]) }));
    if (kind !== 'error') {
      timers.set(
        id,
        setTimeout(() => get().dismissToast(id), action ? ACTION_DISMISS_MS : AUTO_DISMISS_MS),
      );
    }
    return id;
  },
  dismissToast: (id) => {
    stopTimer(id);
    set((s) => ({ toasts: s.toasts.filter((toast) => toast.id !== id) }));
  },
});
