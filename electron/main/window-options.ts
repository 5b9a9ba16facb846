import type { BrowserWindowConstructorOptions, CustomScheme, Session } from 'electron';
import { APP_SCHEME } from './app-protocol';

// Every setting our windows and our scheme are created with, as plain data: window.ts and
// desktop-platform.ts hand these to Electron, and test/main/electron-window.test.ts checks them item
// by item under Node, where Electron itself cannot run. Only types come from electron here.

/**
 * `standard` gives app://liaison a real origin and relative URL resolution (vite builds with base
 * `./`); `secure` makes it a secure context; `corsEnabled` + `supportFetchAPI` let the `crossorigin`
 * module scripts vite emits load. We never send Access-Control-Allow-Origin, so no other origin can
 * read from it. `bypassCSP` and `allowServiceWorkers` stay off: our pages obey their CSP and nothing
 * may outlive a page. Same privileges VS Code gives its `vscode-file` scheme.
 */
export const APP_SCHEME_PRIVILEGED: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

export type MainWindowOptions = {
  /** Absolute path of the bundled, sandbox-safe preload (dist/preload/index.cjs). */
  preloadPath: string;
  /** DevTools exist only in development builds. */
  devTools: boolean;
};

/**
 * The locks every window of ours is created with, written once: sandboxed, isolated, no Node, web
 * security on, no webviews, and nothing dropped on it may replace its page.
 */
const LOCKED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/** The one window. Every setting is the secure one, spelled out so a reader doesn't need Electron's defaults. */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: 'Liaison',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      ...LOCKED_WEB_PREFERENCES,
      preload: options.preloadPath,
      safeDialogs: true,
      devTools: options.devTools,
    },
  };
}

/**
 * The hidden window that renders signed summaries to PDF: the same locks as the main window, and
 * less: no preload (it never talks to main), no JavaScript (the summary is static HTML), and its own
 * session partition, so it shares no storage with the app.
 */
export function pdfWindowOptions(ses: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      ...LOCKED_WEB_PREFERENCES,
      session: ses,
      javascript: false,
      devTools: false,
    },
  };
}

/** The partition the PDF window lives in; never the default session the app's page uses. */
export const PDF_PARTITION = 'liaison-pdf';
