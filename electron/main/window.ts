import { BrowserWindow, protocol, type Session } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, createAppFileHandler } from './app-protocol';

/**
 * Must run before `app` is ready (Electron only accepts privileged schemes then). `standard` gives
 * app://liaison a real origin and relative URL resolution (vite builds with base `./`); `secure`
 * makes it a secure context; `corsEnabled` + `supportFetchAPI` let the `crossorigin` module scripts
 * vite emits load. We never send Access-Control-Allow-Origin, so no other origin can read from it.
 * Same privileges VS Code gives its `vscode-file` scheme.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves dist/renderer as app://liaison/ on this session (after `ready`). */
export function serveRenderer(ses: Session, rendererRoot: string): void {
  ses.protocol.handle(APP_SCHEME, createAppFileHandler(rendererRoot));
}

export type MainWindowOptions = {
  /** Absolute path of the bundled, sandbox-safe preload (dist/preload/index.cjs). */
  preloadPath: string;
  /** DevTools exist only in development builds. */
  devTools: boolean;
  /** Open them at start (`--devtools`). */
  openDevTools: boolean;
};

/** The one window. Every setting here is the secure one, spelled out so a reader doesn't need Electron's defaults. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Liaison',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });

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
