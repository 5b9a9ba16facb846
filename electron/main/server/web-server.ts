import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { englishMessage, type Envelope } from '../../../shared/errors';
import { SOCKET_PATH } from '../../../shared/ipc/socket-protocol';
import type { Core } from '../core-types';
import { attachmentHeader, DOWNLOADS_PATH, downloadToken, type Download } from '../exports/downloads';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveRendererPath } from '../renderer-files';
import { ipcSockets } from './ipc-socket';

export type WebServerOptions = {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
};

export type WebServer = { url: string; port: number; token: string; close(): Promise<void> };

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'UNAUTHORIZED', message } });
}

/** Waits until the response can take more, or the reader has gone (a closed response never drains). */
function drainedOrClosed(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Writes a download as it is made, waiting for the connection to drain between chunks so that a slow
 * reader holds back the writer rather than filling memory. A failure half-way cuts the connection:
 * the browser then reports the download failed instead of keeping a short file.
 */
async function sendDownload(res: http.ServerResponse, download: Download): Promise<void> {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': download.mediaType,
    'content-disposition': attachmentHeader(download.fileName),
    'cache-control': 'no-store',
  });
  try {
    for await (const chunk of download.chunks()) {
      if (res.destroyed) return; // the reader left: stopping the loop closes the download's connection
      if (!res.write(chunk)) await drainedOrClosed(res);
    }
    res.end();
  } catch (error) {
    console.error('[liaison] download failed:', error);
    res.destroy();
  }
}

/**
 * Browser mode, on 127.0.0.1 only: the renderer's files, its IPC over a WebSocket at `SOCKET_PATH`
 * (the handshake must carry the per-run token; see `ipc-socket.ts`), and `/downloads/<token>`, a file
 * main offered as a link (the token is its permission). Every request must come from our own origin
 * (Host and Origin checked, which also stops DNS-rebinding pages).
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticDir = path.resolve(options.staticDir);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const fromUs = (req: http.IncomingMessage) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return false;
    const origin = req.headers.origin;
    return origin === undefined || [...allowedHosts()].some((host) => origin === `http://${host}`);
  };

  const sockets = ipcSockets(options.core);

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!fromUs(req)) return refuse(res, 403, englishMessage('request.notFromUs'));

      if (url.pathname.startsWith(DOWNLOADS_PATH)) {
        if (req.method !== 'GET') return refuse(res, 405, 'Not allowed.');
        // The token is the permission: unguessable, offered to this page by an authorised call, used once.
        const token = downloadToken(url.pathname);
        const download = token === null ? null : options.core.download(token);
        if (!download) {
          res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
          return res.end('This download has expired or was used already. Export again.');
        }
        return sendDownload(res, download);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Not allowed.');
      // Client-side routes live in the fragment, so every unknown path is a 404, not index.html.
      const file = resolveRendererPath(staticDir, url.pathname);
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        return res.end('Not found');
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': contentTypeOf(file),
        'cache-control': file.endsWith('.html') ? 'no-store' : 'max-age=31536000, immutable',
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    } catch (error) {
      console.error('[liaison] web request failed:', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', key: 'internal.generic', message: 'Something went wrong inside Liaison.' } });
      else res.end();
    }
  });

  server.on('upgrade', (req, socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== SOCKET_PATH) return socket.destroy();
    // A browser's WebSocket cannot send headers of its own, so the token rides in the query.
    sockets.upgrade(req, socket, head, { fromUs: fromUs(req), token: sameToken(url.searchParams.get('token'), token) });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            sockets.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
