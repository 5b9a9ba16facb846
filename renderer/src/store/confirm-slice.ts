import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export type ConfirmRequest = {
  title: string;
  message: string;
  confirmLabel: string;
  /** "Cancel" unless the question needs another word for staying put. */
  cancelLabel?: string;
  danger?: boolean;
  /** Asks why as well (a removal): the dialog takes a reason, kept in the record's history, before it confirms. */
  reasonLabel?: string;
};

/** How the one confirm dialog was closed: confirmed (with the reason, when one was asked) or not. */
export type ConfirmAnswer = { ok: true; reason: string } | { ok: false };

export type ConfirmSlice = {
  confirmRequest: ConfirmRequest | null;
  /** Opens the one confirm dialog; resolves true on confirm, false on cancel or Esc. */
  confirm: (request: ConfirmRequest) => Promise<boolean>;
  /** Opens it asking for a reason too; resolves to the reason given, or null on cancel or Esc. */
  confirmWithReason: (request: ConfirmRequest & { reasonLabel: string }) => Promise<string | null>;
  resolveConfirm: (answer: ConfirmAnswer) => void;
};

let pending: ((answer: ConfirmAnswer) => void) | null = null;

export const createConfirmSlice: StateCreator<AppState, [], [], ConfirmSlice> = (set) => {
  const open = (request: ConfirmRequest) => {
    pending?.({ ok: false });
    set({ confirmRequest: request });
    return new Promise<ConfirmAnswer>((resolve) => {
      pending = resolve;
    });
  };
  return {
    confirmRequest: null,
    confirm: async (request) => (await open(request)).ok,
    confirmWithReason: async (request) => {
      const answer = await open(request);
      return answer.ok ? answer.reason : null;
    },
    resolveConfirm: (answer) => {
      const resolve = pending;
      pending = null;
      set({ confirmRequest: null });
      resolve?.(answer);
    },
  };
};
