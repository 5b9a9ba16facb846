import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createSocketBridge } from '../../renderer/src/ipc/socket-bridge';

/** A stand-in for main's end of the socket: the test says what it does with each call. */
let server: WebSocketServer;
let origin: string;
let onCall: (ws: WebSocket, call: { id: number; channel: string; input: unknown }) => void;
const received: string[] = [];

beforeEach(async () => {
  sessionStorage.setItem('liaison.token', 'run-token');
  received.length = 0;
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  server.on('connection', (ws, req) => {
    received.push(req.url ?? '');
    ws.on('message', (data: Buffer) => onCall(ws, JSON.parse(data.toString()) as { id: number; channel: string; input: unknown }));
  });
});

afterEach(async () => {
  sessionStorage.clear();
  for (const ws of server.clients) ws.terminate();
  await new Promise((resolve) => server.close(resolve));
});

describe('browser-mode socket bridge', () => {
  it('pairs each reply with its call, however main orders them, over one socket carrying the token', async () => {
    const held: Array<() => void> = [];
    onCall = (ws, call) => {
      const reply = () => ws.send(JSON.stringify({ id: call.id, reply: { ok: true, value: call.channel } }));
      if (call.channel === 'slow:one') held.push(reply);
      else reply();
      if (held.length && call.channel === 'fast:two') held.pop()?.();
    };
    const bridge = createSocketBridge(origin);
    const slow = bridge.invoke('slow:one' as never, {} as never);
    const fast = bridge.invoke('fast:two' as never, {} as never);
    expect(await Promise.all([slow, fast])).toEqual([
      { ok: true, value: 'slow:one' },
      { ok: true, value: 'fast:two' },
    ]);
    expect(received).toEqual(['/ipc?token=run-token']);
  });

  it("hands main's events to the listeners of that event only", async () => {
    onCall = () => undefined;
    const bridge = createSocketBridge(origin);
    const changes: unknown[] = [];
    const broken: unknown[] = [];
    bridge.on('db:changed', (payload) => changes.push(payload));
    bridge.on('signing:chainBroken', (payload) => broken.push(payload));
    await expect.poll(() => server.clients.size).toBe(1);
    for (const ws of server.clients) ws.send(JSON.stringify({ event: 'db:changed', payload: { entity: 'agreement', id: 'a1' } }));
    await expect.poll(() => changes).toEqual([{ entity: 'agreement', id: 'a1' }]);
    expect(broken).toEqual([]);
  });

  it('answers calls waiting on a socket that closes with a sentence, and opens a new one for the next call', async () => {
    onCall = (ws, call) => {
      if (call.channel === 'crash:now') ws.terminate();
      else ws.send(JSON.stringify({ id: call.id, reply: { ok: true, value: 'fine' } }));
    };
    const bridge = createSocketBridge(origin);
    expect(await bridge.invoke('crash:now' as never, {} as never)).toMatchObject({
      ok: false,
      error: { code: 'IO', key: 'request.connectionLost', message: expect.stringContaining('closed before it answered') },
    });
    expect(await bridge.invoke('app:info', {})).toEqual({ ok: true, value: 'fine' });
    expect(received).toHaveLength(2);
  });

  it('says main is not answering when the socket cannot open', async () => {
    const bridge = createSocketBridge('http://127.0.0.1:1');
    expect(await bridge.invoke('app:info', {})).toMatchObject({ ok: false, error: { key: 'request.notConnected', message: expect.stringContaining('not answering this page') } });
  });

  it('refuses a call over its limit before sending it, and a page without a token before connecting', async () => {
    onCall = (ws, call) => ws.send(JSON.stringify({ id: call.id, reply: { ok: true, value: null } }));
    const bridge = createSocketBridge(origin);
    const huge = { name: '가'.repeat(14 * 1024 * 1024), kind: 'company' }; // 14 Mi characters, 42 MiB of UTF-8
    expect(await bridge.invoke('organisations:create', huge as never)).toMatchObject({ ok: false, error: { key: 'request.tooLarge', message: expect.stringContaining('40 MiB') } });
    expect(received).toEqual([]);
    sessionStorage.clear();
    expect(await createSocketBridge(origin).invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', key: 'request.notSignedIn' } });
    expect(received).toEqual([]);
  });
});
