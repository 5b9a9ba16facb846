import { randomBytes } from 'node:crypto';

/**
 * Files too large to hand over in one message (the register of 100,000 agreements as CSV): main
 * offers one under an unguessable, single-use token and the shell serves it as a download —
 * `GET /downloads/<token>` in browser mode, `app://liaison/downloads/<token>` in the desktop app —
 * writing each chunk as it is made, so neither side ever holds the whole file.
 */
export type Download = {
  fileName: string;
  mediaType: string;
  /** The file's bytes, made as they are read; consumed once. */
  chunks: () => AsyncIterable<Uint8Array>;
};

/** Where the shells serve a download: this prefix, then the token. */
export const DOWNLOADS_PATH = '/downloads/';

/** A link not followed within this long is dropped (the user clicks it at once). */
const KEPT_MS = 60_000;
/** At most this many links wait at once; an older one gives way. */
const KEPT = 8;

export class Downloads {
  private readonly waiting = new Map<string, { download: Download; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The path a shell serves `download` at, for one request. */
  offer(download: Download): string {
    this.sweep();
    if (this.waiting.size >= KEPT) this.waiting.delete(this.waiting.keys().next().value!);
    const token = randomBytes(32).toString('hex');
    this.waiting.set(token, { download, until: this.now() + KEPT_MS });
    return `${DOWNLOADS_PATH}${token}`;
  }

  /** The download behind `token`, once; null for a token unknown, used or expired. */
  take(token: string): Download | null {
    this.sweep();
    const found = this.waiting.get(token);
    if (!found) return null;
    this.waiting.delete(token);
    return found.download;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, { until }] of this.waiting) if (until <= now) this.waiting.delete(token);
  }
}

/** The token in a request path under `DOWNLOADS_PATH`, or null for any other path. */
export function downloadToken(pathname: string): string | null {
  if (!pathname.startsWith(DOWNLOADS_PATH)) return null;
  const token = pathname.slice(DOWNLOADS_PATH.length);
  return /^[0-9a-f]{64}$/.test(token) ? token : null;
}

/** `Content-Disposition` for a download: the name as given for browsers that read UTF-8, an ASCII one for the rest. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
