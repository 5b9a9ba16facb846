import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, session, type BrowserWindow } from 'electron';
import type { Envelope } from '../../shared/errors';
import { CHANNELS, EVENT_NAMES } from '../../shared/ipc/contract';
import { openCore } from './core';
import { DatabaseTooNewError } from './db/migrate';
import { LATEST_VERSION } from './db/migrations/index';
import { RegisterFault } from './db/register-faults';
import { claimDataFolder, FolderInUseError } from './files/instance-lock';
import { restoreBackup } from './services/backup-service';
import type { Core } from './core-types';
import { currentUser, hasFlag, resolveDataDir } from './data-dir';
import { desktopPlatform, externalLinkOpener } from './desktop-platform';
import { hardenContents, hardenSession, isTrustedSender } from './security';
import { createMainWindow, loadRenderer, registerAppScheme, serveRenderer } from './window';

// The Electron entry: a thin shell that opens the core, mounts it on ipcMain for our one window,
// and forwards core events. Everything else lives in the core, which also runs without Electron.

// This bundle is dist/main/index.cjs (also inside app.asar), so its siblings are found from here
// however Electron was started.
const DIST_DIR = path.resolve(__dirname, '..');
const PROJECT_DIR = path.resolve(DIST_DIR, '..');
const RENDERER_DIR = path.join(DIST_DIR, 'renderer');
const PRELOAD_PATH = path.join(DIST_DIR, 'preload', 'index.cjs');

const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', key: 'request.notFromWindow', message: 'This call did not come from the Liaison window.' },
};
const INTERNAL: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', key: 'internal.tryAgain', message: 'Something went wrong in Liaison. Please try again.' },
};

/** A startup problem we can explain in plain words; shown in a dialog, then the app quits. */
class StartupError extends Error {
  readonly title: string;
  constructor(title: string, message: string) {
    super(message);
    this.name = 'StartupError';
    this.title = title;
  }
}

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

// Both must happen before `ready`: every renderer is sandboxed, whatever its webPreferences say
// (belt to window.ts's braces), and privileged schemes can only be registered then.
app.enableSandbox();
registerAppScheme();
void main();

async function main(): Promise<void> {
  // A second window on this profile focuses the first. A Liaison on the same data folder from
  // elsewhere (browser mode, the CLI, another profile) is refused by the core's folder claim.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);
  const openExternalLink = externalLinkOpener(() => mainWindow);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, openExternalLink));
  // One window owns the open register; with it closed there is nothing left to do, on macOS too.
  app.on('window-all-closed', () => app.quit());

  // Close the database (checkpointing the WAL) on every normal quit.
  app.on('will-quit', closeCore);

  await app.whenReady();
  try {
    await start();
  } catch (error) {
    // app.exit skips will-quit, so a core opened before a later step failed is closed here.
    closeCore();
    if (error instanceof RegisterFault && error.backup !== null) {
      await offerBackup(error, error.backup);
      return;
    }
    showStartupError(error);
    app.exit(1);
  }
}

/**
 * The register cannot be opened but a backup exists: say what happened and offer to put the newest
 * backup in its place (integrity-checked first; the unusable file is kept in backups/), then start again.
 */
async function offerBackup(fault: RegisterFault, backup: string): Promise<void> {
  console.error('[liaison] startup failed', fault);
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'The register cannot be opened',
    message: 'The register cannot be opened',
    detail: fault.message,
    buttons: ['Restore the newest backup', 'Quit'],
    defaultId: 1,
    cancelId: 1,
  });
  if (response !== 0) {
    app.exit(1);
    return;
  }
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  try {
    const nativeBinding = nativeBindingPath();
    const lock = claimDataFolder(dataDir, { nativeBinding });
    try {
      restoreBackup(dataDir, backup, { latestVersion: LATEST_VERSION, now: new Date(), nativeBinding });
    } finally {
      lock.release();
    }
  } catch (error) {
    showStartupError(error);
    app.exit(1);
    return;
  }
  app.relaunch();
  app.exit(0);
}

async function start(): Promise<void> {
  const argv = process.argv;
  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession, RENDERER_DIR, (token) => core?.download(token) ?? null);

  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new StartupError(
      'Liaison is not built',
      app.isPackaged
        ? 'The app files are missing. Please reinstall Liaison.'
        : 'The renderer has not been built. Run `npm run build`, then start Liaison again.',
    );
  }

  core = openCore({
    dataDir: resolveDataDir(argv, process.env, app.getPath('userData')),
    actor: currentUser(),
    mode: 'desktop',
    version: app.getVersion(),
    nativeBinding: nativeBindingPath(),
    offerDemo: !hasFlag(argv, '--no-demo'),
    platform: desktopPlatform(() => mainWindow),
  });
  forwardCoreEvents(core);
  mountIpc(core);

  mainWindow = createMainWindow({
    preloadPath: PRELOAD_PATH,
    devTools: !app.isPackaged,
    openDevTools: hasFlag(argv, '--devtools'),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await loadRenderer(mainWindow);
}

/**
 * better-sqlite3 built for Electron's ABI (the one in node_modules is Node's, for tests and
 * browser mode). Packaged: shipped by electron-builder as an extra resource. Development: built by
 * `npm run rebuild:electron`.
 */
function nativeBindingPath(): string {
  if (app.isPackaged) {
    const packaged = path.join(process.resourcesPath, 'native', 'better_sqlite3.node');
    if (!fs.existsSync(packaged)) {
      throw new StartupError('Liaison is incomplete', 'The database engine is missing. Please reinstall Liaison.');
    }
    return packaged;
  }
  const nativeDir = path.join(PROJECT_DIR, '.native', 'electron');
  const development = path.join(nativeDir, 'better_sqlite3.node');
  if (!fs.existsSync(development)) {
    throw new StartupError(
      'Database engine not built for Electron',
      'Liaison needs better-sqlite3 built for Electron. Run `npm run rebuild:electron` once, ' +
        'or use browser mode instead: `npm run web`.',
    );
  }
  // After an Electron upgrade the old build would fail to load with an ABI message nobody can act on.
  const builtFor = readBuiltForElectron(path.join(nativeDir, 'build-info.json'));
  if (builtFor !== null && builtFor !== process.versions.electron) {
    throw new StartupError(
      'Database engine built for another Electron',
      `better-sqlite3 was built for Electron ${builtFor}, but this is Electron ${process.versions.electron}. ` +
        'Run `npm run rebuild:electron`, then start Liaison again.',
    );
  }
  return development;
}

/** The Electron version written by electron/rebuild-native.mjs, or null if unknown. */
function readBuiltForElectron(infoFile: string): string | null {
  try {
    const info: unknown = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
    const electron = typeof info === 'object' && info !== null ? (info as { electron?: unknown }).electron : undefined;
    return typeof electron === 'string' ? electron : null;
  } catch {
    return null;
  }
}

/** Every contract channel, each behind the sender check. Anything else is simply not handled. */
function mountIpc(opened: Core): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event, mainWindow)) return UNAUTHORIZED;
      try {
        return await opened.dispatch(channel, input);
      } catch (error) {
        // dispatch returns envelopes for expected failures; this is a bug, logged here in main only.
        console.error(`[liaison] ${channel} failed`, error);
        return INTERNAL;
      }
    });
  }
}

/** Core events go to the window only if the contract names them. */
function forwardCoreEvents(opened: Core): void {
  const allowed: ReadonlySet<string> = new Set(EVENT_NAMES);
  opened.subscribe((event, payload) => {
    const window = mainWindow;
    if (!allowed.has(event) || window === null || window.isDestroyed()) return;
    window.webContents.send(event, payload);
  });
}

/** Idempotent: runs on will-quit and after a failed start. */
function closeCore(): void {
  const opened = core;
  core = null;
  if (opened === null) return;
  try {
    opened.close();
  } catch (error) {
    console.error('[liaison] closing the database failed', error);
  }
}

function focusMainWindow(): void {
  const window = mainWindow;
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** A plain dialog: the message the core or we wrote, never a stack trace. */
function showStartupError(error: unknown): void {
  console.error('[liaison] startup failed', error);
  const { title, message } = describeStartupError(error);
  dialog.showErrorBox(title, message);
}

function describeStartupError(error: unknown): { title: string; message: string } {
  if (error instanceof StartupError) return { title: error.title, message: error.message };
  if (error instanceof FolderInUseError) return { title: 'Liaison is already running', message: error.message };
  if (error instanceof DatabaseTooNewError) return { title: 'The register is from a newer Liaison', message: error.message };
  if (error instanceof RegisterFault) return { title: 'The register cannot be opened', message: error.message };
  // The native addon itself would not load (wrong ABI or architecture, damaged file): its own
  // message is a dlopen error, so say what to do instead.
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_DLOPEN_FAILED') {
    return {
      title: 'Database engine could not be loaded',
      message: app.isPackaged
        ? 'The database engine in this installation does not work on this computer. Please reinstall Liaison.'
        : 'The Electron build of better-sqlite3 could not be loaded. Run `npm run rebuild:electron`, then start Liaison again.',
    };
  }
  const message = error instanceof Error && error.message.trim() !== '' ? error.message : 'An unknown error occurred.';
  return { title: 'Liaison could not start', message };
}
