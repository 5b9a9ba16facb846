import { BrowserWindow, protocol, type Session } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, createAppFileHandler } from './app-protocol';
import { APP_SCHEME_PRIVILEGED, mainWindowOptions, type MainWindowOptions } from './window-options';

/** Must run before `app` is ready: Electron only accepts privileged schemes then. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGED]);
}

/** Serves dist/renderer as app://liaison/ on this session (after `ready`). */
export function serveRenderer(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, createAppFileHandler(rendererRoot));
}

/** The one window, created with `mainWindowOptions` (window-options.ts). */
export function createMainWindow(options: MainWindowOptions & { openDevTools: boolean }): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));

  window.once('ready-to-show', () => {
    window.show();
    if (options.devTools && options.openDevTools) window.webContents.openDevTools({ mode: 'detach' });
  });

  return window;
}

/** Loads the renderer's entry page; rejects if it cannot be loaded (e.g. dist/renderer missing). */
export async function loadRenderer(window: BrowserWindow): Promise<void> {
  await window.loadURL(APP_ENTRY_URL);
}
