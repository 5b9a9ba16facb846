import { describe, expect, it } from 'vitest';
import { createAppFileHandler } from '../../electron/main/app-protocol';
import { openDatabase } from '../../electron/main/db/connection';
import { Downloads, attachmentHeader, downloadToken, type Download } from '../../electron/main/exports/downloads';
import { DocumentStore } from '../../electron/main/files/document-store';
import { createAgreements } from '../../electron/main/services/agreement-service';
import { AgreementInput } from '../../shared/models/agreement';
import { makeParties, openTestCore, tempDir, type TestCore } from './fixtures';

const decode = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

async function bytesOf(download: Download): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of download.chunks()) parts.push(chunk);
  return Buffer.concat(parts);
}

/** `count` agreements through the batch path, on a second connection as the import writes. */
async function seed(t: TestCore, count: number): Promise<void> {
  const { kaist, city } = await makeParties(t);
  const db = openDatabase(t.dbFile);
  const ctx = { db, actor: 'seed', now: () => new Date(), onChange: () => undefined, files: new DocumentStore(t.dataDir), deviceId: 'test' };
  const rows = Array.from({ length: count }, (_, i) => ({
    row: i + 1,
    values: AgreementInput.parse({ kind: 'mou', title: `Agreement ${String(i).padStart(4, '0')}`, parties: [{ organisationId: kaist.id }, { organisationId: city.id }] }),
  }));
  createAgreements(ctx, rows, { source: 'test' });
  db.close();
}

const tokenOf = (url: string) => downloadToken(url)!;

describe('the register as a download', () => {
  it('offers each file once, under a token nobody can guess, for a minute', () => {
    let now = 1_000_000;
    const downloads = new Downloads(() => now);
    const file: Download = { fileName: 'a.csv', mediaType: 'text/csv', chunks: async function* () {} };
    const first = downloads.offer(file);
    const second = downloads.offer(file);
    expect(first).toMatch(/^\/downloads\/[0-9a-f]{64}$/);
    expect(first).not.toBe(second);
    expect(downloads.take(tokenOf(first))).toBe(file);
    expect(downloads.take(tokenOf(first))).toBeNull();
    now += 60_001;
    expect(downloads.take(tokenOf(second))).toBeNull();
    expect(downloadToken('/downloads/../index.html')).toBeNull();
    expect(downloadToken('/assets/app.js')).toBeNull();
    expect(attachmentHeader('협약 "목록".csv')).toBe(`attachment; filename="__ ____.csv"; filename*=UTF-8''${encodeURIComponent('협약 "목록".csv')}`);
  });

  it('writes the same bytes as the file sent whole, page by page, and only once', async () => {
    const t = openTestCore();
    await seed(t, 1_050);
    for (const format of ['csv', 'markdown'] as const) {
      const whole = decode(await t.call('exports:register', { format, sort: 'title', dir: 'asc' }));
      const link = await t.call('exports:registerLink', { format, sort: 'title', dir: 'asc' });
      expect(link.fileName).toMatch(format === 'csv' ? /^agreements-\d{4}-\d{2}-\d{2}\.csv$/ : /\.md$/);
      const download = t.core.download(tokenOf(link.url))!;
      const streamed = await bytesOf(download);
      // Markdown says when it was exported; everything else is the same file.
      const same = (b: Buffer) => b.toString('utf8').replace(/^Exported .*$/m, 'Exported');
      expect(same(streamed)).toBe(same(whole));
      expect(t.core.download(tokenOf(link.url))).toBeNull();
    }
  });

  it('is the register as it stood when the download began, whatever is saved while it is written', async () => {
    const t = openTestCore();
    await seed(t, 1_050);
    const link = await t.call('exports:registerLink', { format: 'csv', sort: 'title', dir: 'asc' });
    const chunks = t.core.download(tokenOf(link.url))!.chunks()[Symbol.asyncIterator]();
    const parts = [(await chunks.next()).value as Uint8Array, (await chunks.next()).value as Uint8Array];
    // Saved on the main connection between two pages of the download.
    const { kaist, city } = await makeParties(t);
    await t.call('agreements:create', { kind: 'mou', title: 'Agreement 0000 written meanwhile', parties: [{ organisationId: kaist.id }, { organisationId: city.id }] });
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) parts.push(next.value);
    const lines = Buffer.concat(parts).toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 1_050);
    expect(lines.some((line) => line.includes('written meanwhile'))).toBe(false);
    expect((await t.call('agreements:list', {})).total).toBe(1_051);
  });

  it('is served by the desktop app’s protocol as a stream, with its name, once', async () => {
    const t = openTestCore();
    await seed(t, 3);
    const link = await t.call('exports:registerLink', { format: 'csv' });
    const handle = createAppFileHandler(tempDir(), (token) => t.core.download(token));
    const res = await handle(new Request(`app://liaison${link.url}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${link.fileName}"; filename*=UTF-8''${link.fileName}`);
    expect((await res.text()).trimEnd().split('\r\n')).toHaveLength(4);
    expect((await handle(new Request(`app://liaison${link.url}`))).status).toBe(404);
    expect((await handle(new Request(`app://liaison${link.url}`, { method: 'POST' }))).status).toBe(405);
  });
});
