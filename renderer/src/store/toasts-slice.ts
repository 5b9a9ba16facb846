import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export type ToastKind = 'info' | 'success' | 'error';
export type Toast = { id: number; kind: ToastKind; message: string };

export type ToastsSlice = {
  toasts: Toast[];
  pushToast: (kind: ToastKind, message: string) => number;
  dismissToast: (id: number) => void;
};

const AUTO_DISMISS_MS = 6000;
const MAX_TOASTS = 5;
let nextId = 1;

export const createToastsSlice: StateCreator<AppState, [], [], ToastsSlice> = (set, get) => ({
  toasts: [],
  pushToast: (kind, message) => {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { id, kind, message }].slice(-MAX_TOASTS) }));
    // Errors stay until dismissed: people must be able to read them.
    if (kind !== 'error') setTimeout(() => get().dismissToast(id), AUTO_DISMISS_MS);
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((toast) => toast.id !== id) })),
});
