import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { attachmentHeader, DOWNLOADS_PATH, downloadToken, type Download } from './exports/downloads';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveRendererPath } from './renderer-files';

// Plain Node on purpose (no electron import): window.ts mounts this on the session, and tests can
// call it directly with a Request.

/**
 * The renderer is served from `app://liaison/…` rather than `file://`: every `file:` page shares one
 * opaque origin that can reach any file on disk, while `app://liaison` is one real origin that
 * serves only dist/renderer. That gives the IPC sender check an exact URL to compare, lets us send a
 * CSP header, and lets security.ts block `file:` outright.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'liaison';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs of our own renderer (`app://liaison/…`). Node's URL gives custom schemes a "null" origin, so compare parts. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Liaison is offline and serves itself from app://, so the renderer has no business with these. */
const BLOCKED_REQUEST_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

export function isBlockedRequestUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && BLOCKED_REQUEST_SCHEMES.has(parsed.protocol);
}

/** Links the user may follow out of the app, in their own browser or mail client. */
const EXTERNAL_LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

export function isExternalLink(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && EXTERNAL_LINK_SCHEMES.has(parsed.protocol);
}

/** Maps an app:// URL to a file under `root`, or null when the URL is not ours or would escape `root`. */
export function resolveAppFile(root: string, url: string): string | null {
  const parsed = isAppUrl(url) ? parseUrl(url) : null;
  return parsed ? resolveRendererPath(root, parsed.pathname) : null;
}

/**
 * The handler behind `protocol.handle('app', …)`: GET/HEAD of files under `root`, each with the CSP,
 * and `/downloads/<token>`: a file main offered as a link, streamed (`download` finds it).
 * Reads with fs rather than `net.fetch(file://…)` so no file: request exists for the session's
 * blocker to reason about, and works the same inside app.asar (Electron's fs reads asar files).
 * Extension-less paths that don't exist fall back to index.html, so a reload on a client-side
 * route still lands in the app.
 */
export function createAppFileHandler(root: string, download: (token: string) => Download | null = () => null): (request: Request) => Promise<Response> {
  return async (request) => {
    const parsed = isAppUrl(request.url) ? parseUrl(request.url) : null;
    if (parsed?.pathname.startsWith(DOWNLOADS_PATH)) return downloadResponse(request, parsed.pathname, download);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'Method not allowed');
    }
    const file = resolveAppFile(root, request.url);
    if (file === null) return plainResponse(404, 'Not found');

    let body = await readIfFile(file);
    let servedPath = file;
    if (body === null && path.extname(file) === '') {
      servedPath = path.join(path.resolve(root), 'index.html');
      body = await readIfFile(servedPath);
    }
    if (body === null) return plainResponse(404, 'Not found');

    const headers = baseHeaders(contentTypeOf(servedPath));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/**
 * A file offered as a link (`exports:registerLink`), streamed as it is made: Electron's download
 * manager asks where to save it. The token is the permission — unguessable and used once.
 */
function downloadResponse(request: Request, pathname: string, download: (token: string) => Download | null): Response {
  if (request.method !== 'GET') return plainResponse(405, 'Method not allowed');
  const token = downloadToken(pathname);
  const found = token === null ? null : download(token);
  if (!found) return plainResponse(404, 'This download has expired or was used already. Export again.');
  const chunks = found.chunks()[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
  const headers = baseHeaders(found.mediaType);
  headers.set('Content-Disposition', attachmentHeader(found.fileName));
  headers.set('Cache-Control', 'no-store');
  return new Response(body, { status: 200, headers });
}

function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}

function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: baseHeaders('text/plain; charset=utf-8') });
}

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    // Missing file or a directory: both are a 404 to the renderer; nothing more to tell it.
    return null;
  }
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
