import { useState } from 'react';
import { useAppStore } from '../../store';
import { issueText } from './form-errors';
import { errorMessage, isClientError, notifyError } from './notify';

/**
 * Runs a button's action against main: busy while it runs (so the button is disabled and says so),
 * and a refusal said in one toast with every reason main gave, not only "could not …". `after` runs
 * whatever happened, e.g. to reload the list the action changed.
 */
export function useBusyAction(after?: () => void): { busy: boolean; run: (action: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      if (isClientError(error) && error.issues.length > 0) {
        useAppStore.getState().pushToast('error', [errorMessage(error), ...error.issues.map(issueText)].join(' '));
      } else notifyError(error);
    } finally {
      setBusy(false);
      after?.();
    }
  };
  return { busy, run };
}
