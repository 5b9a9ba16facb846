import { useEffect } from 'react';
import { listen, send } from '../../ipc/client';
import { useAppStore } from '../../store';

/**
 * Checks the signing-record chain in the background each time the app starts, and raises the
 * broken-chain banner from that answer or whenever main announces `signing:chainBroken` (a check
 * made from another window or tab).
 */
export function useChainEvents(): void {
  useEffect(() => {
    const { setChainReport } = useAppStore.getState();
    let live = true;
    send('signing:verify', {}).then(
      (report) => {
        if (live && !report.intact) setChainReport(report);
      },
      () => undefined, // Quiet: the Verify screen reports failures of the same check.
    );
    let stop: (() => void) | undefined;
    try {
      stop = listen('signing:chainBroken', (report) => useAppStore.getState().setChainReport(report));
    } catch {
      stop = undefined;
    }
    return () => {
      live = false;
      stop?.();
    };
  }, []);
}
