import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf } from '../main/document-fixtures';
import { download, launchBrowser, loadDemo, screenshotPath, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function verifyInApp(page: Page, file: string): Promise<string> {
  await page.getByRole('link', { name: 'Verify' }).click();
  await page.getByLabel('Signed summary file').setInputFiles(file);
  const result = page.getByRole('status', { name: 'Verification result' });
  await expect.poll(() => result.textContent(), { timeout: 15_000 }).toMatch(/valid|tampered|unknown|not a liaison/i);
  return (await result.textContent()) ?? '';
}

async function recordSigning(page: Page, party: string, place: string) {
  await page.getByRole('button', { name: 'Record signing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record signing' });
  await dialog.getByLabel('Party', { exact: true }).selectOption({ label: party });
  await dialog.getByLabel('Place', { exact: true }).fill(place);
  await dialog.getByLabel('Method', { exact: true }).selectOption({ index: 1 });
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

describe('documents, signing records and signed summaries (browser mode)', () => {
  it('attaches a PDF, records two signings, exports PDF and JSON, and verifies both', async () => {
    const dataDir = tempDataDir();
    const downloads = tempDataDir();
    const app = await startApp(dataDir);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      await page.goto(app.url);
      await loadDemo(page);

      await page.getByRole('link', { name: 'Agreements' }).click();
      await page.getByLabel('Search agreements').fill('HKUST GZ MSC');
      await page.getByRole('grid', { name: 'Agreements' }).getByText('HKUST GZ MSC', { exact: false }).first().click();
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
      expect(title).toContain('HKUST GZ MSC');

      await page.getByRole('button', { name: 'Attach document' }).click();
      const attach = page.getByRole('dialog', { name: 'Attach document' });
      await attach.getByLabel('File', { exact: true }).setInputFiles({ name: 'Upstage-HKUST agreement.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Upstage HKUST agreement') });
      await attach.getByLabel('This is the signed version').check();
      await attach.getByRole('button', { name: 'Attach', exact: true }).click();
      const documents = page.getByRole('region', { name: 'Documents' });
      await expect.poll(() => documents.textContent()).toContain('Upstage-HKUST agreement.pdf');

      await recordSigning(page, 'Upstage', 'Seoul');
      await recordSigning(page, 'Hong Kong University of Science and Technology', 'Hong Kong');
      const records = page.getByRole('region', { name: 'Signing records' });
      await expect.poll(() => records.getByRole('row').count()).toBe(3);
      await page.screenshot({ path: screenshotPath('agreement-signing'), fullPage: true });

      const pdf = await download(page, 'Export signed summary (PDF)', downloads);
      const json = await download(page, 'Export signed summary (JSON)', downloads);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, ' ')).toContain('HKUST GZ MSC');
      expect(text).toContain('업스테이지');
      expect(text.replace(/\s+/g, ' ')).toMatch(/Key fingerprint: ([0-9A-F]{4} ){15}[0-9A-F]{4}/);

      expect(await verifyInApp(page, json)).toMatch(/Valid — signed by this office’s key “Office key”/);
      // The PDF carries its signed data: it verifies as it is, pages included.
      expect(await verifyInApp(page, pdf)).toContain('Every byte of this PDF, its printed pages included, is as signed.');
      await page.screenshot({ path: screenshotPath('verify-valid'), fullPage: true });

      const bytes = fs.readFileSync(json);
      bytes[bytes.indexOf('Upstage')] = 'W'.charCodeAt(0);
      const tampered = path.join(downloads, 'tampered.json');
      fs.writeFileSync(tampered, bytes);
      expect(await verifyInApp(page, tampered)).toMatch(/tampered/i);
      await page.screenshot({ path: screenshotPath('verify-tampered'), fullPage: true });
      await page.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(downloads, { recursive: true, force: true });
    }
  });
});
