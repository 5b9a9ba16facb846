import { useEffect } from 'react';
import { listen } from '../../ipc/client';
import { useAppStore } from '../../store';

/** Reload what is on screen when the register changes elsewhere (another window, the CLI). */
export function useDbEvents(): void {
  useEffect(() => {
    try {
      return listen('db:changed', () => useAppStore.getState().bumpRevision());
    } catch {
      return undefined;
    }
  }, []);
}
