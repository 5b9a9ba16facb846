import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('browser-mode server', () => {
  it('answers a call that carries the token', async () => {
    const { server } = await start();
    const res = await request(server.port, {
      method: 'POST',
      path: '/ipc/agreements:overview',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { total: 0 } });
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

  it('refuses a call without the token, or with a wrong one, and writes nothing', async () => {
    const { t, server } = await start();
    const body = JSON.stringify({ name: 'Intruder Inc', kind: 'company' });
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: `Bearer ${server.token}x` }] as Array<Record<string, string>>) {
      const res = await request(server.port, { method: 'POST', path: '/ipc/organisations:create', headers, body });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect((await t.call('organisations:list', {})).total).toBe(0);
  });

  it('refuses other origins and rebound host names even with the token', async () => {
    const { server } = await start();
    const auth = { authorization: `Bearer ${server.token}` };
    const foreign = await request(server.port, { method: 'POST', path: '/ipc/app:info', headers: { ...auth, origin: 'https://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const rebound = await request(server.port, { method: 'POST', path: '/ipc/app:info', headers: { ...auth, host: `evil.example:${server.port}` }, body: '{}' });
    expect(rebound.status).toBe(403);
    const ours = await request(server.port, { method: 'POST', path: '/ipc/app:info', headers: { ...auth, origin: `http://127.0.0.1:${server.port}` }, body: '{}' });
    expect(ours.status).toBe(200);
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

  it('reports bad JSON as a validation error', async () => {
    const { server } = await start();
    const res = await request(server.port, {
      method: 'POST',
      path: '/ipc/organisations:create',
      headers: { authorization: `Bearer ${server.token}` },
      body: '{not json',
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers a broken percent-escape in the channel with 400, not a server error', async () => {
    const { server } = await start();
    const res = await request(server.port, { method: 'POST', path: '/ipc/%ZZ', headers: { authorization: `Bearer ${server.token}` }, body: '{}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'The request names no valid channel.' } });
  });
});

describe('browser-mode uploads', () => {
  it('answers a body over the limit with 413 and a sentence, instead of resetting the connection', async () => {
    const { t, server } = await start();
    const auth = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
    const huge = JSON.stringify({ name: 'x'.repeat(41 * 1024 * 1024), kind: 'company' });
    const declared = await request(server.port, { method: 'POST', path: '/ipc/organisations:create', headers: auth, body: huge });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('larger than 40 MiB') } });
    // Chunked, so the size is known only while reading.
    const chunked = await request(server.port, { method: 'POST', path: '/ipc/organisations:create', headers: { ...auth, 'transfer-encoding': 'chunked' }, body: huge });
    expect(chunked.status).toBe(413);
    expect((await t.call('organisations:list', {})).total).toBe(0);
  });

  it('accepts a document near the 25 MiB limit over HTTP', async () => {
    const { t, server } = await start();
    const { makeAgreement } = await import('./fixtures');
    const { agreement } = await makeAgreement(t);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(24 * 1024 * 1024, 0x20)]);
    const res = await request(server.port, {
      method: 'POST',
      path: '/ipc/documents:add',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ owner: { kind: 'agreement', id: agreement.id }, fileName: 'scan.pdf', contentBase64: bytes.toString('base64') }),
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { versions: [{ size: bytes.length }] } });
  });
});
