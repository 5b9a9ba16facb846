import { AppError, type Envelope, type ErrorShape } from '../errors';
import { MAX_IMPORT_BYTES } from '../models/import';

/**
 * Browser mode's window talks to main over one WebSocket at this path: its calls, their replies and
 * main's events, as Electron's IPC carries them for the desktop window. A socket, not a request per
 * call: Chromium spends 5–8 ms on any HTTP request on a 2-core machine, and under 1 ms on a message.
 */
export const SOCKET_PATH = '/ipc';

/** A call from the window; `id` pairs it with its reply. */
export type SocketCall = { id: number; channel: string; input: unknown };

/** From main: the reply to a call (`id` null when the call could not be read), or an event. */
export type SocketMessage = { id: number | null; reply: Envelope<unknown> } | { event: string; payload: unknown };

const MIB = 1024 * 1024;
// A 25 MiB document arrives as about 34 MiB of base64 inside JSON.
const DEFAULT_LIMIT = 40 * MIB;
// A register file to import may be up to 50 MB: about 67 MiB of base64.
const LIMITS: Record<string, number> = { 'imports:read': Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + MIB };

/** The most a call on `channel` may send, in bytes of UTF-8 JSON. */
export function requestLimit(channel: string): number {
  return Object.hasOwn(LIMITS, channel) ? LIMITS[channel] : DEFAULT_LIMIT;
}

/** The largest call of any channel: beyond it, main drops the socket without reading the message. */
export const LARGEST_REQUEST = Math.max(DEFAULT_LIMIT, ...Object.values(LIMITS)) + MIB;

/** The refusal of a call over its channel's limit, said the same by the window and by main. */
export function requestTooLarge(limit: number): ErrorShape {
  return new AppError('VALIDATION', 'request.tooLarge', { mib: Math.round(limit / MIB) }).toShape();
}
