import { BrowserWindow, dialog, protocol, type Session } from 'electron';
import { englishMessage } from '../../shared/errors';
import { APP_ENTRY_URL, APP_SCHEME, createAppFileHandler } from './app-protocol';
import type { Download } from './exports/downloads';
import { APP_SCHEME_PRIVILEGED, mainWindowOptions, type MainWindowOptions } from './window-options';

/** Must run before `app` is ready: Electron only accepts privileged schemes then. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGED]);
}

/** Serves dist/renderer as app://liaison/ on this session (after `ready`), and the downloads main offers. */
export function serveRenderer(ses: Session, rendererRoot: string, download: (token: string) => Download | null): void {
  ses.protocol.handle(APP_SCHEME, createAppFileHandler(rendererRoot, download));
}

/** The one window, created with `mainWindowOptions` (window-options.ts). */
export function createMainWindow(options: MainWindowOptions & { openDevTools: boolean }): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));

  window.once('ready-to-show', () => {
    window.show();
    if (options.devTools && options.openDevTools) window.webContents.openDevTools({ mode: 'detach' });
  });

  // A form with unsaved changes vetoes unloading (beforeunload); Electron then silently keeps the
  // window open. Ask instead: Close goes on, Stay (the default) keeps the window and what was typed.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: englishMessage('window.unsavedTitle'),
      message: englishMessage('window.unsavedTitle'),
      detail: englishMessage('window.unsavedBody'),
      buttons: [englishMessage('window.unsavedLeave'), englishMessage('window.unsavedStay')],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault(); // preventing this event ignores the veto
  });

  return window;
}

/** Loads the renderer's entry page; rejects if it cannot be loaded (e.g. dist/renderer missing). */
export async function loadRenderer(window: BrowserWindow): Promise<void> {
  await window.loadURL(APP_ENTRY_URL);
}
