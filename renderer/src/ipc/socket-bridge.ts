import { AppError, type Envelope } from '../../../shared/errors';
import type { EventName, EventPayload, LiaisonBridge } from '../../../shared/ipc/contract';
import { requestLimit, requestTooLarge, SOCKET_PATH, type SocketMessage } from '../../../shared/ipc/socket-protocol';

const TOKEN_KEY = 'liaison.token';
const decoder = new TextDecoder();
/** How long to wait before opening the socket again for the events, after it closed. */
const RECONNECT_MS = 2000;

/**
 * Browser mode reaches main over 127.0.0.1. The per-run token arrives in the address's fragment
 * (never sent to the server in a request line), is kept for this tab's session so a reload still
 * works, and is wiped from the address bar.
 */
export function readToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const failure = (key: 'request.notSignedIn' | 'request.notConnected' | 'request.connectionLost'): Envelope<never> => ({
  ok: false,
  error: new AppError(key === 'request.notSignedIn' ? 'UNAUTHORIZED' : 'IO', key).toShape(),
});

/** UTF-8 bytes of `text`, encoded only when its length alone cannot settle it is under `limit`. */
function overLimit(text: string, limit: number): boolean {
  return text.length * 3 > limit && new TextEncoder().encode(text).length > limit;
}

/**
 * One WebSocket to main carries this window's calls, their replies and main's events, as Electron's
 * IPC does for the desktop window. It opens on the first call or listener; if it closes, the calls
 * waiting on it are answered with a sentence, and it opens again for the next call (or, when
 * something listens for events, after a pause).
 */
export function createSocketBridge(origin = window.location.origin): LiaisonBridge {
  const token = readToken();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const waiting = new Map<number, (reply: Envelope<unknown>) => void>();
  let socket: Promise<WebSocket | null> | null = null;
  let nextId = 1;

  function receive(message: SocketMessage) {
    if ('event' in message) {
      listeners.get(message.event as EventName)?.forEach((listener) => listener(message.payload));
    } else if (message.id !== null) {
      waiting.get(message.id)?.(message.reply);
      waiting.delete(message.id);
    }
  }

  /** The open socket, or null when main would not take it (not running, or a token from an earlier run). */
  function open(): Promise<WebSocket | null> {
    socket ??= new Promise((resolve) => {
      const ws = new WebSocket(`${origin.replace(/^http/, 'ws')}${SOCKET_PATH}?token=${encodeURIComponent(token ?? '')}`);
      // Main sends binary frames of UTF-8 JSON (quicker through Chromium than text frames).
      ws.binaryType = 'arraybuffer';
      ws.onopen = () => resolve(ws);
      ws.onmessage = (event: MessageEvent<ArrayBuffer | string>) =>
        receive(JSON.parse(typeof event.data === 'string' ? event.data : decoder.decode(event.data)) as SocketMessage);
      ws.onclose = () => {
        resolve(null);
        socket = null;
        for (const answer of waiting.values()) answer(failure('request.connectionLost'));
        waiting.clear();
        if ([...listeners.values()].some((set) => set.size > 0)) setTimeout(() => void open(), RECONNECT_MS);
      };
    });
    return socket;
  }

  return {
    async invoke(channel, input) {
      if (!token) return failure('request.notSignedIn');
      const id = nextId++;
      const text = JSON.stringify({ id, channel, input: input ?? {} });
      const limit = requestLimit(channel);
      if (overLimit(text, limit)) return { ok: false, error: requestTooLarge(limit) };
      const ws = await open();
      if (!ws) return failure('request.notConnected');
      // Closing already: a message sent now would be dropped without a word.
      if (ws.readyState !== WebSocket.OPEN) return failure('request.connectionLost');
      return new Promise<Envelope<unknown>>((resolve) => {
        waiting.set(id, resolve);
        ws.send(text);
      });
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      if (token) void open();
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
