import type { Envelope } from '../../shared/errors';
import type { EventName, EventPayload } from '../../shared/ipc/contract';

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
  /** Clock for tests. */
  now?: () => Date;
};

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Everything main does, behind one transport-neutral door: Electron's ipcMain, the browser-mode
 * HTTP server, the CLI and the tests all call `dispatch` and get the same envelope.
 */
export type Core = {
  dispatch(channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: CoreEventListener): () => void;
  close(): void;
};
