import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope } from '../../shared/errors';
import { CHANNELS, EVENT_NAMES, type LiaisonBridge } from '../../shared/ipc/contract';

// Runs sandboxed: bundled into one CJS file whose only require is `electron`. It exposes exactly
// two functions; `ipcRenderer` itself never crosses the bridge, so a compromised page can reach
// only the contract's channels, and main checks the sender again anyway. electron/build.mjs
// replaces the contract import here with its two key lists, so zod and the schemas stay out.

const allowedChannels: ReadonlySet<string> = new Set(CHANNELS);
const allowedEvents: ReadonlySet<string> = new Set(EVENT_NAMES);

async function invoke(channel: unknown, input: unknown): Promise<Envelope<unknown>> {
  if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
    throw new Error(`Unknown channel: ${String(channel)}`);
  }
  return (await ipcRenderer.invoke(channel, input)) as Envelope<unknown>;
}

function on(event: unknown, listener: unknown): () => void {
  if (typeof event !== 'string' || !allowedEvents.has(event)) {
    throw new Error(`Unknown event: ${String(event)}`);
  }
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  // The page gets the payload only: Electron's event object carries `sender` (ipcRenderer).
  const forward = (_event: IpcRendererEvent, payload: unknown): void => {
    listener(payload);
  };
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
}

// Typed against the contract so the renderer's `window.liaison` and this object cannot drift apart.
const bridge: LiaisonBridge = {
  invoke: (channel, input) => invoke(channel, input),
  on: (event, listener) => on(event, listener),
};

contextBridge.exposeInMainWorld('liaison', bridge);
