import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { englishMessage, type Envelope } from '../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/models/import';
import type { Core } from '../core-types';
import { attachmentHeader, DOWNLOADS_PATH, downloadToken, type Download } from '../exports/downloads';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveRendererPath } from '../renderer-files';

export type WebServerOptions = {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
};

export type WebServer = { url: string; port: number; token: string; close(): Promise<void> };

// A 25 MiB document arrives as about 34 MiB of base64 inside JSON.
const MAX_BODY_BYTES = 40 * 1024 * 1024;
// A register file to import may be up to 50 MB: about 67 MiB of base64.
const BODY_LIMITS: Record<string, number> = { 'imports:read': Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024 };

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

/**
 * The body as text, or null when it is over the limit. Over the limit, reading stops and the rest
 * is dropped unread (never buffered), but the socket stays open so the 413 answer reaches the
 * caller; destroying the request here would reset the connection before any answer.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The channel named in `/ipc/<channel>`, or null when its percent-escapes are broken. */
function channelOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/ipc/'.length));
  } catch {
    return null;
  }
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
 * Browser mode: the same dispatch as Electron's ipcMain, behind HTTP on 127.0.0.1 only. A call must
 * carry the per-run token and come from our own origin (Host and Origin checked, which also stops
 * DNS-rebinding pages); events stream over server-sent events; `/downloads/<token>` sends a file main
 * offered as a link (the token is its permission).
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticDir = path.resolve(options.staticDir);
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const fromUs = (req: http.IncomingMessage) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return false;
    const origin = req.headers.origin;
    return origin === undefined || [...allowedHosts()].some((host) => origin === `http://${host}`);
  };

  const unsubscribe = options.core.subscribe((event, payload) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(data);
  });

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!fromUs(req)) return refuse(res, 403, 'Requests are accepted only from Liaison itself.');

      if (url.pathname.startsWith('/ipc/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
        if (!sameToken(bearer, token)) {
          return refuse(res, 401, 'This page is not signed in to Liaison. Open the address printed when Liaison started.');
        }
        const channel = channelOf(url.pathname);
        if (channel === null) {
          return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request names no valid channel.' } });
        }
        const limit = Object.hasOwn(BODY_LIMITS, channel) ? BODY_LIMITS[channel] : MAX_BODY_BYTES;
        const text = await readBody(req, limit);
        if (text === null) {
          // Close after answering: the rest of the body is not worth reading on this connection.
          res.setHeader('connection', 'close');
          const mib = Math.round(limit / 1024 / 1024);
          return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', key: 'request.tooLarge', params: { mib }, message: englishMessage('request.tooLarge', { mib }) } });
        }
        let input: unknown;
        try {
          input = text === '' ? {} : JSON.parse(text);
        } catch {
          return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', key: 'request.notJson', message: 'The request is not valid JSON.' } });
        }
        return sendJson(res, 200, await options.core.dispatch(channel, input));
      }

      if (url.pathname === '/events') {
        if (!sameToken(url.searchParams.get('token'), token)) return refuse(res, 401, 'Not signed in.');
        res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }

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
            unsubscribe();
            for (const stream of streams) stream.end();
            streams.clear();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
