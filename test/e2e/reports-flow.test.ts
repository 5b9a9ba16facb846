import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, launchBrowser, loadDemo, screenshotPath, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A row of the counts table, as its cells' texts. */
async function row(page: Page, table: string, first: string): Promise<string[]> {
  const found = page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('cell', { name: first, exact: true }) });
  return found.getByRole('cell').allTextContents();
}

describe('yearly and partner reports (browser mode)', () => {
  it('reports on 2019 from the demo data, narrows to KAIST, and exports the report as Markdown and PDF', async () => {
    const dataDir = tempDataDir();
    const downloads = tempDataDir();
    const app = await startApp(dataDir);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
      await page.goto(app.url);
      await loadDemo(page);

      await page.getByRole('link', { name: 'Reports' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Reports');
      await page.getByRole('combobox', { name: 'Year' }).selectOption('2019');
      await expect.poll(() => page.getByRole('heading', { name: '2019', exact: true }).count()).toBe(1);
      expect(page.url()).toContain('#/reports?year=2019');

      // 2019 in the demo: CUHK–SenseTime in May, Seongnam–The Vault in September, the research centre in
      // October, each with its signing ceremony; the forums under the 2017 MOU until September, the
      // new series from November, and the CUHK–SenseTime competition.
      const table = 'Counts per month, as a table';
      await expect.poll(() => row(page, table, 'October 2019')).toEqual(['October 2019', '1', '0', '1', '0', '0']);
      expect(await row(page, table, 'November 2019')).toEqual(['November 2019', '0', '0', '2', '0', '0']);
      expect(await row(page, table, 'Total')).toEqual(['Total', '3', '0', '15', '0', '0']);
      const chart = page.getByRole('figure', { name: 'Counts per month' });
      expect(await chart.locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath('reports-2019'), fullPage: true });

      // KAIST in 2019: its graduate school's centre agreement and the forums held under it.
      await page.getByRole('combobox', { name: 'Partner' }).fill('KAIST');
      await page.getByRole('option', { name: 'KAIST', exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'KAIST in 2019' }).count()).toBe(1);
      await expect.poll(() => row(page, table, 'October 2019')).toEqual(['October 2019', '1', '0', '1', '0', '0']);
      await page.screenshot({ path: screenshotPath('reports-kaist-2019'), fullPage: true });

      // Printed, the report is the page: no sidebar or controls; the chart stays (SVG).
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      expect(await page.getByRole('combobox', { name: 'Year' }).isVisible()).toBe(false);
      expect(await page.getByRole('figure', { name: 'Counts per month' }).locator('svg').first().isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('reports-print'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      // A reload keeps what is shown.
      await page.reload();
      await expect.poll(() => page.getByRole('heading', { name: 'KAIST in 2019' }).count(), { timeout: 15_000 }).toBe(1);

      const markdown = fs.readFileSync(await download(page, 'Report (Markdown)', downloads), 'utf8');
      expect(markdown.split('\n')[0]).toBe('# Report for 2019: KAIST');
      expect(markdown).toContain('| October 2019 | 1 | 0 | 1 | 0 | 0 |');
      expect(markdown).toContain('## Agreements signed');
      expect(markdown).toContain('Agreement on the AI Graduate School Seongnam Research Center');

      const pdf = await download(page, 'Report (PDF)', downloads);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Report for 2019: KAIST');
      expect(text).toContain('October 2019');
    } finally {
      await app.stop();
    }
  }, 180_000);
});
