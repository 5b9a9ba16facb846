import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  EventName,
  EventPayload,
  LiaisonBridge,
} from '../../../shared/ipc/contract';
import type { Envelope, ErrorShape } from '../../../shared/errors';
import { createSocketBridge } from './socket-bridge';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into the DOM's Window
  interface Window {
    /** Set by electron/preload in the desktop app; absent in browser mode. */
    liaison?: LiaisonBridge;
  }
}

/** A failed call, carrying the closed error code and any field issues for forms to show. */
export class ClientError extends Error {
  readonly code: ErrorShape['code'];
  /** What to translate (absent from an older main: then `message` is shown as it is). */
  readonly key: ErrorShape['key'];
  readonly params: ErrorShape['params'];
  readonly issues: NonNullable<ErrorShape['issues']>;
  constructor(shape: ErrorShape) {
    super(shape.message);
    this.name = 'ClientError';
    this.code = shape.code;
    this.key = shape.key;
    this.params = shape.params;
    this.issues = shape.issues ?? [];
  }
}

let bridge: LiaisonBridge | null = null;

/** The desktop app (Electron's preload is present): files are picked and opened by main. */
export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.liaison !== undefined;
}

/** Tests (and only tests) swap the transport for an in-memory one. */
export function setBridge(next: LiaisonBridge | null): void {
  bridge = next;
}

function currentBridge(): LiaisonBridge {
  bridge ??= window.liaison ?? createSocketBridge();
  return bridge;
}

/** Calls main and returns the envelope: `{ ok: true, value }` or `{ ok: false, error }`. */
export async function sendCatch<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<ChannelOutput<C>>> {
  try {
    return (await currentBridge().invoke(channel, input)) as Envelope<ChannelOutput<C>>;
  } catch {
    return {
      ok: false,
      error: { code: 'IO', message: 'Liaison is not responding. Is the app still running?' },
    };
  }
}

/** Calls main and returns the value, or throws a ClientError. */
export async function send<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await sendCatch(channel, input);
  if (!result.ok) throw new ClientError(result.error);
  return result.value;
}

export function listen<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return currentBridge().on(event, listener);
}
