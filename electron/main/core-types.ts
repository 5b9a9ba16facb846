import type { Download } from './exports/downloads';
import type { Envelope } from '../../shared/errors';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { KeyProtector } from './services/key-service';

export type CoreOptions = {
  /** Folder holding liaison.sqlite, backups/ and (later) documents/ and keys/. */
  dataDir: string;
  /** Who the audit log names for writes made through this core. */
  actor: string;
  mode: 'desktop' | 'browser';
  version: string;
  /** Path to a better_sqlite3.node built for this runtime's ABI (Electron passes its own build). */
  nativeBinding?: string;
  /** `false` starts empty and never offers the demo data (`--no-demo`). */
  offerDemo?: boolean;
  platform?: PlatformHooks;
  /**
   * `false` runs no scheduled backups and no timed document check (tests; the CLI, which runs for
   * a moment); `documents:health` still answers and a check can be run on demand.
   */
  backgroundJobs?: boolean;
  /** Clock for tests. */
  now?: () => Date;
};

/**
 * What only the desktop shell can do (dialogs, the OS viewer, printToPDF, the OS keychain). Browser
 * mode and the CLI leave these out and get the documented fallbacks.
 */
export type PlatformHooks = {
  /** Shows an open dialog (for documents, unless `request` says otherwise); null when the user cancels. */
  pickFile?: (request?: FilePickRequest) => Promise<{ fileName: string; bytes: Buffer } | null>;
  /** Opens a file (a temporary copy of a stored document) with the OS's viewer. */
  openFile?: (fileName: string, bytes: Buffer) => Promise<void>;
  /** Renders HTML to PDF (Electron's printToPDF); browser mode uses headless Chromium. */
  renderPdf?: (html: string) => Promise<Buffer>;
  /** Seals the office's private key (Electron safeStorage); otherwise a user-only file. */
  keyProtector?: KeyProtector;
};

/** What an open dialog offers, and the largest file it reads (a larger one is refused unread). */
export type FilePickRequest = { filters: Array<{ name: string; extensions: string[] }>; maxBytes: number };

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Everything main does, behind one transport-neutral door: Electron's ipcMain, the browser-mode
 * HTTP server, the CLI and the tests all call `dispatch` and get the same envelope.
 */
export type Core = {
  dispatch(channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: CoreEventListener): () => void;
  /** A file offered as a link (`exports:registerLink`), once: the shells serve it under `/downloads/`. */
  download(token: string): Download | null;
  close(): void;
};
