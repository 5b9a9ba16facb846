import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../electron/main/files/document-store';
import { tinyPdf } from '../main/document-fixtures';
import { launchBrowser, screenshotPath, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('documents of an organisation (browser mode)', () => {
  it('attaches a framework contract to a partner, and repairs its stored copy after tampering', async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir, ['--no-demo']);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      await page.goto(app.url);
      await page.getByRole('link', { name: 'Organisations' }).click();
      await page.getByRole('button', { name: 'New organisation' }).click();
      await page.getByLabel('Name', { exact: true }).fill('KAIST');
      await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'University' });
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('KAIST');

      const genuine = tinyPdf('KAIST framework contract');
      const documents = page.getByRole('region', { name: 'Documents' });
      await documents.getByRole('button', { name: 'Attach document' }).click();
      const attach = page.getByRole('dialog', { name: 'Attach document' });
      await attach.getByLabel('File', { exact: true }).setInputFiles({ name: 'framework.pdf', mimeType: 'application/pdf', buffer: genuine });
      await attach.getByLabel('Title', { exact: true }).fill('Framework contract');
      await attach.getByRole('button', { name: 'Attach', exact: true }).click();
      await expect.poll(() => documents.textContent()).toContain('framework.pdf');
      await page.reload();
      await expect.poll(() => page.getByRole('region', { name: 'Documents' }).textContent()).toContain('Framework contract');
      await page.screenshot({ path: screenshotPath('organisation-documents'), fullPage: true });

      // Someone changes the stored copy on disk: the download is refused, not served.
      fs.writeFileSync(path.join(dataDir, 'documents', sha256Hex(genuine)), tinyPdf('KAIST framework contract, amended'));
      await documents.getByRole('button', { name: 'Download' }).click();
      await expect.poll(() => page.getByText('no longer matches its hash', { exact: false }).count()).toBeGreaterThan(0);

      // Attaching the genuine file again (as a new version) restores the stored copy.
      await documents.getByRole('button', { name: 'Add version' }).click();
      const again = page.getByRole('dialog', { name: 'Add a version of Framework contract' });
      await again.getByLabel('File', { exact: true }).setInputFiles({ name: 'framework-original.pdf', mimeType: 'application/pdf', buffer: genuine });
      await again.getByRole('button', { name: 'Attach', exact: true }).click();
      await expect.poll(() => documents.textContent()).toContain('framework-original.pdf');
      const oldest = documents.getByRole('row').filter({ hasText: 'framework.pdf' });
      const [file] = await Promise.all([page.waitForEvent('download'), oldest.getByRole('button', { name: 'Download' }).click()]);
      const saved = path.join(dataDir, 'downloaded.pdf');
      await (file as Download).saveAs(saved);
      expect(fs.readFileSync(saved).equals(genuine)).toBe(true);
      await page.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
