import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export type ConfirmRequest = {
  title: string;
  message: string;
  confirmLabel: string;
  /** "Cancel" unless the question needs another word for staying put. */
  cancelLabel?: string;
  danger?: boolean;
};

export type ConfirmSlice = {
  confirmRequest: ConfirmRequest | null;
  /** Opens the one confirm dialog; resolves true on confirm, false on cancel or Esc. */
  confirm: (request: ConfirmRequest) => Promise<boolean>;
  resolveConfirm: (ok: boolean) => void;
};

let pending: ((ok: boolean) => void) | null = null;

export const createConfirmSlice: StateCreator<AppState, [], [], ConfirmSlice> = (set) => ({
  confirmRequest: null,
  confirm: (request) => {
    pending?.(false);
    set({ confirmRequest: request });
    return new Promise<boolean>((resolve) => {
      pending = resolve;
    });
  },
  resolveConfirm: (ok) => {
    const resolve = pending;
    pending = null;
    set({ confirmRequest: null });
    resolve?.(ok);
  },
});
