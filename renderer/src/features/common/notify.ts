import { getLocale, t, translateMessage } from '../../i18n';
import { ClientError } from '../../ipc/client';
import { useAppStore, type ToastAction } from '../../store';

/** The message a person should see for a failed call: main's own words in the user's language, never a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof ClientError) {
    return translateMessage(getLocale().ui, error.key, error.params, error.message) || t('error.unexpected');
  }
  return t('error.unexpected');
}

export function notifyError(error: unknown): void {
  useAppStore.getState().pushToast('error', errorMessage(error));
}

/** Says something went well; `action` offers to do something about it from the note (Undo). */
export function notifySuccess(message: string, action?: ToastAction): void {
  useAppStore.getState().pushToast('success', message, action);
}

export function isClientError(error: unknown, code?: ClientError['code']): error is ClientError {
  return error instanceof ClientError && (code === undefined || error.code === code);
}
