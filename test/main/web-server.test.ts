import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Core } from '../../electron/main/core-types';
import type { Download } from '../../electron/main/exports/downloads';
import { startWebServer, type WebServer } from '../../electron/main/server/web-server';
import { openTestCore, tempDir } from './fixtures';

let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const t = openTestCore();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Liaison</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  server = await startWebServer({ core: t.core, staticDir });
  return { t, server, staticDir };
}

/** Raw HTTP, so tests can send the Host and Origin headers a browser page elsewhere would. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

type Reply = { id: number | null; reply: { ok: boolean; value?: unknown; error?: { code: string; key?: string; message: string } } };

/**
 * A window's socket, as a browser page opens it; `origin` and `host` stand in for a page elsewhere.
 * Rejects with the handshake's HTTP status when main refuses it.
 */
function connect(port: number, options: { token?: string; origin?: string; host?: string } = {}) {
  const query = options.token === undefined ? '' : `?token=${encodeURIComponent(options.token)}`;
  const headers: Record<string, string> = {};
  if (options.host) headers.host = options.host;
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ipc${query}`, { origin: options.origin ?? `http://127.0.0.1:${port}`, headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
    ws.once('error', reject);
  });
}

/** The next message main sends on `ws` that is a reply (events are skipped). */
function nextReply(ws: WebSocket): Promise<Reply> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Reply | { event: string };
      if ('event' in message) return;
      ws.off('message', onMessage);
      resolve(message);
    };
    ws.on('message', onMessage);
  });
}

async function call(ws: WebSocket, id: number, channel: string, input: unknown): Promise<Reply> {
  const reply = nextReply(ws);
  ws.send(JSON.stringify({ id, channel, input }));
  return reply;
}

describe('browser-mode server', () => {
  it('answers calls on a socket that carries the token, each by its id', async () => {
    const { server } = await start();
    const ws = await connect(server.port, { token: server.token });
    const replies = new Map<number | null, Reply['reply']>();
    const both = new Promise<void>((resolve) => {
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as Reply;
        replies.set(message.id, message.reply);
        if (replies.size === 2) resolve();
      });
    });
    ws.send(JSON.stringify({ id: 7, channel: 'agreements:overview', input: {} }));
    ws.send(JSON.stringify({ id: 8, channel: 'organisations:list', input: { limit: 'many' } }));
    await both;
    expect(replies.get(7)).toMatchObject({ ok: true, value: { total: 0 } });
    expect(replies.get(8)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ws.close();
  });

  it("sends main's events to every open window", async () => {
    const { t, server } = await start();
    const windows = [await connect(server.port, { token: server.token }), await connect(server.port, { token: server.token })];
    const heard = windows.map(
      (ws) =>
        new Promise<unknown>((resolve) => {
          ws.on('message', (data: Buffer) => {
            const message = JSON.parse(data.toString()) as { event?: string; payload?: unknown };
            if (message.event === 'db:changed') resolve(message.payload);
          });
        }),
    );
    const created = await t.call('organisations:create', { name: 'KAIST', kind: 'university' });
    for (const payload of await Promise.all(heard)) expect(payload).toMatchObject({ entity: 'organisation', id: created.id });
    for (const ws of windows) ws.close();
  });

  it('closes open windows when it stops', async () => {
    const { server: started } = await start();
    const ws = await connect(started.port, { token: started.token });
    const closed = new Promise((resolve) => ws.once('close', resolve));
    await started.close();
    server = null;
    await closed;
    expect(ws.readyState).toBe(WebSocket.CLOSED);
  });

  it('sends a register download once, as it is written, to a page that holds its link', async () => {
    const { t, server } = await start();
    const link = await t.call('exports:registerLink', { format: 'csv' });
    const res = await request(server.port, { path: link.url });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${link.fileName}"; filename*=UTF-8''${link.fileName}`);
    expect(res.body).toBe('\uFEFFReference,Title,Kind,Status,Parties,Signed,Effective,Expires,Term\r\n');
    expect((await request(server.port, { path: link.url })).status).toBe(404);
    expect((await request(server.port, { path: `/downloads/${'0'.repeat(64)}` })).status).toBe(404);
    const other = await t.call('exports:registerLink', { format: 'csv' });
    expect((await request(server.port, { method: 'POST', path: other.url })).status).toBe(405);
    expect((await request(server.port, { path: other.url, headers: { origin: 'http://evil.example' } })).status).toBe(403);
  });

  it('stops writing a download, and lets go of what it reads, when the reader goes away', async () => {
    let released = false;
    let sent = 0;
    const endless: Download = {
      fileName: 'endless.csv',
      mediaType: 'text/csv',
      async *chunks() {
        try {
          for (;;) {
            sent += 1;
            yield Buffer.alloc(64 * 1024, 'x');
          }
        } finally {
          released = true;
        }
      },
    };
    const core: Core = { dispatch: async () => ({ ok: true, value: null }), subscribe: () => () => undefined, close: () => undefined, download: () => endless };
    server = await startWebServer({ core, staticDir: tempDir() });
    const port = server.port;
    await new Promise<void>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: `/downloads/${'1'.repeat(64)}` }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      // Going away mid-download resets the socket; that error is the point here, not a failure.
      req.on('error', () => undefined);
      req.end();
      setTimeout(() => reject(new Error('no data')), 5000);
    });
    await expect.poll(() => released, { timeout: 5000 }).toBe(true);
    const stoppedAt = sent;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).toBe(stoppedAt);
  });

  it('refuses a socket without the token, or with a wrong one, and takes no call', async () => {
    const { t, server } = await start();
    for (const token of [undefined, 'nope', `${server.token}x`]) {
      await expect(connect(server.port, { token }), String(token)).rejects.toThrow('401');
    }
    // No way around the socket: the path answers no plain request.
    const body = JSON.stringify({ id: 1, channel: 'organisations:create', input: { name: 'Intruder Inc', kind: 'company' } });
    expect((await request(server.port, { method: 'POST', path: `/ipc?token=${server.token}`, body })).status).toBe(405);
    expect((await t.call('organisations:list', {})).total).toBe(0);
  });

  it('refuses sockets from other origins and rebound host names even with the token', async () => {
    const { server } = await start();
    await expect(connect(server.port, { token: server.token, origin: 'https://evil.example' })).rejects.toThrow('403');
    await expect(connect(server.port, { token: server.token, host: `evil.example:${server.port}` })).rejects.toThrow('403');
    const ours = await connect(server.port, { token: server.token, origin: `http://localhost:${server.port}` });
    expect((await call(ours, 1, 'app:info', {})).reply.ok).toBe(true);
    ours.close();
  });

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const { server } = await start();
    const index = await request(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'; script-src 'self'");
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      expect((await request(server.port, { path: sneaky })).status, sneaky).toBe(404);
    }
  });

  it('answers a message that is not a call with a validation error, and keeps the socket', async () => {
    const { server } = await start();
    const ws = await connect(server.port, { token: server.token });
    const notJson = nextReply(ws);
    ws.send('{not json');
    expect(await notJson).toMatchObject({ id: null, reply: { ok: false, error: { code: 'VALIDATION', message: 'The request is not valid JSON.' } } });
    const noChannel = nextReply(ws);
    ws.send(JSON.stringify({ id: 2, input: {} }));
    expect(await noChannel).toMatchObject({ id: null, reply: { ok: false, error: { code: 'VALIDATION', key: 'request.unknown' } } });
    expect(await call(ws, 3, 'no:such', {})).toMatchObject({ id: 3, reply: { ok: false, error: { code: 'NOT_FOUND' } } });
    expect((await call(ws, 4, 'app:info', {})).reply.ok).toBe(true);
    ws.close();
  });
});

describe('browser-mode uploads', () => {
  it("answers a call over its channel's limit with a sentence, writes nothing, and keeps the socket", async () => {
    const { t, server } = await start();
    const ws = await connect(server.port, { token: server.token });
    const huge = { name: 'x'.repeat(41 * 1024 * 1024), kind: 'company' };
    expect(await call(ws, 1, 'organisations:create', huge)).toMatchObject({
      id: 1,
      reply: { ok: false, error: { code: 'VALIDATION', key: 'request.tooLarge', message: expect.stringContaining('larger than 40 MiB') } },
    });
    expect((await call(ws, 2, 'app:info', {})).reply.ok).toBe(true);
    expect((await t.call('organisations:list', {})).total).toBe(0);
    ws.close();
  });

  it('drops a socket that sends more than any call may, without reading it', async () => {
    const { t, server } = await start();
    const ws = await connect(server.port, { token: server.token });
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send(JSON.stringify({ id: 1, channel: 'organisations:create', input: { name: 'x'.repeat(70 * 1024 * 1024), kind: 'company' } }));
    expect(await closed).toBe(1009); // "message too big"
    expect((await t.call('organisations:list', {})).total).toBe(0);
  });

  it('accepts a document near the 25 MiB limit', async () => {
    const { t, server } = await start();
    const { makeAgreement } = await import('./fixtures');
    const { agreement } = await makeAgreement(t);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(24 * 1024 * 1024, 0x20)]);
    const ws = await connect(server.port, { token: server.token });
    const reply = await call(ws, 1, 'documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'scan.pdf', contentBase64: bytes.toString('base64') });
    expect(reply).toMatchObject({ id: 1, reply: { ok: true, value: { versions: [{ size: bytes.length }] } } });
    ws.close();
  });
});
