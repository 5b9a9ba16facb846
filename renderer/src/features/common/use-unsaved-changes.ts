import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';

/** What the hook needs of a form: whether it holds changes, and whether leaving is expected now. */
export type LeavingState = {
  /** The values differ from what the form started from (or last saved). */
  dirty: boolean;
  /** True while a save runs, or after the person chose to leave (e.g. "Use the existing one"): the form goes without asking. */
  mayLeave: () => boolean;
};

/**
 * A form with unsaved changes asks before it is left: a route change (a link, Back, Cancel, the
 * sidebar) through the confirm dialog, and closing or reloading the window through the browser's
 * own question (`beforeunload`; the desktop app answers Electron's `will-prevent-unload` with a
 * dialog of its own). The kit's form frame calls it, so every record form asks.
 */
export function useUnsavedChanges(form: LeavingState): void {
  const t = useT();
  const setLeaveCheck = useAppStore((s) => s.setLeaveCheck);
  const latest = useRef({ ...form, t });
  latest.current = { ...form, t };
  const wouldLose = () => latest.current.dirty && !latest.current.mayLeave();

  useEffect(() => {
    const check = async () => {
      if (!wouldLose()) return true;
      const { t } = latest.current;
      return useAppStore.getState().confirm({
        title: t('form.leaveTitle'),
        message: t('form.leaveBody'),
        confirmLabel: t('form.leaveConfirm'),
        cancelLabel: t('form.leaveStay'),
        danger: true,
      });
    };
    setLeaveCheck(check);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!wouldLose()) return;
      event.preventDefault();
      // Older engines show their question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Another form may have taken over meanwhile (a route change mounts the next one first).
      if (useAppStore.getState().leaveCheck === check) setLeaveCheck(null);
    };
    // Registered once per form: the check reads the latest values and texts through the ref.
  }, [setLeaveCheck]);
}
