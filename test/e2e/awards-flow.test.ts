import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, launchBrowser, loadDemo, screenshotPath, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('screening board, scholarship awards and the applicants export (browser mode)', () => {
  it('bulk-accepts two demo applicants, awards one in two currencies, shows totals per currency on the program, and exports the applicants', async () => {
    const dataDir = tempDataDir();
    const downloads = tempDataDir();
    const app = await startApp(dataDir);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
      await page.goto(app.url);
      await loadDemo(page);

      // The demo intake's screening board.
      await page.getByRole('link', { name: 'Intakes' }).click();
      await page.getByRole('grid', { name: 'Intakes' }).getByRole('gridcell', { name: '2026 intake', exact: true }).first().click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('2026 intake');
      const intakeUrl = page.url();
      const board = page.getByRole('region', { name: 'Screening board' });
      await expect.poll(() => board.getByRole('row').count()).toBe(7);

      // Bulk-accept two applicants under screening, confirmed with how many and which move.
      await board.getByRole('checkbox', { name: 'Choose Wong Ka-yan' }).check();
      await board.getByRole('checkbox', { name: 'Choose Choi Min-jun' }).check();
      await board.getByRole('button', { name: 'Accept (2)' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Move 2 applications to “Accepted”?' });
      expect(await dialog.textContent()).toContain('Wong Ka-yan, Choi Min-jun will become “Accepted”.');
      await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
      await expect.poll(() => page.getByText('2 applications are now “Accepted”.').count()).toBe(1);
      const row = (name: string) => board.getByRole('row').filter({ hasText: name });
      await expect.poll(() => row('Wong Ka-yan').textContent()).toContain('Accepted');
      await expect.poll(() => row('Choi Min-jun').textContent()).toContain('Accepted');
      expect(await row('Zhang Yuhan').textContent()).toContain('Screening');
      await board.screenshot({ path: screenshotPath('screening-board') });

      // An award for one of them: HKD tuition (cents) and a KRW salary (no minor unit).
      await row('Wong Ka-yan').getByRole('gridcell', { name: 'Wong Ka-yan', exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Wong Ka-yan');
      await page.getByRole('region', { name: 'Scholarship award' }).getByRole('button', { name: 'Award a scholarship' }).click();
      const form = page.getByRole('form', { name: 'Award a scholarship' });
      await expect.poll(() => form.getByRole('combobox', { name: 'Accepted application' }).inputValue()).toContain('Wong Ka-yan');
      await form.getByLabel('Awarded on', { exact: true }).fill('2026-07-01');
      const tuition = form.getByRole('group', { name: 'Scholarship part 1' });
      await tuition.getByLabel('Amount', { exact: true }).fill('400,000.50');
      await tuition.getByLabel('Currency', { exact: true }).fill('HKD');
      await form.getByRole('button', { name: 'Add scholarship part' }).click();
      const salary = form.getByRole('group', { name: 'Scholarship part 2' });
      await salary.getByLabel('Pays for', { exact: true }).selectOption('stipend');
      await salary.getByLabel('Amount', { exact: true }).fill('30,000,000');
      await salary.getByLabel('Currency', { exact: true }).fill('KRW');
      await form.getByRole('button', { name: 'Add payment' }).click();
      const payment = form.getByRole('group', { name: 'Payment 1' });
      await payment.getByLabel('Due', { exact: true }).fill('2026-09-01');
      await payment.getByLabel('Component', { exact: true }).selectOption('tuition');
      await payment.getByLabel('Amount', { exact: true }).fill('400,000.50');
      await payment.getByLabel('Currency', { exact: true }).fill('HKD');
      await payment.getByLabel('Paid on', { exact: true }).fill('2026-09-02');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Scholarship award: Wong Ka-yan');
      const perCurrency = page.getByRole('region', { name: 'Per currency' });
      await expect.poll(() => perCurrency.textContent()).toContain('HK$400,000.50');
      expect(await perCurrency.textContent()).toContain('₩30,000,000');

      // The program page totals by currency and year: never one sum across HKD and KRW.
      await page.getByRole('link', { name: 'HKUST GZ MSc', exact: false }).first().click();
      const totals = page.getByRole('region', { name: 'Awards paid and planned, by currency and year' });
      await expect.poll(() => totals.getByRole('row').count()).toBe(4);
      const totalRows = await totals.getByRole('row').allTextContents();
      expect(totalRows.slice(1)).toEqual([
        expect.stringMatching(/^HKD2026HK\$400,000\.50HK\$0\.00$/),
        // The demo award: 25,000,000 paid in 2026; 25,000,000 tuition and 50,000,000 salary planned in 2027.
        expect.stringMatching(/^KRW2026₩25,000,000₩0$/),
        expect.stringMatching(/^KRW2027₩0₩75,000,000$/),
      ]);
      await totals.screenshot({ path: screenshotPath('program-award-totals') });

      // The intake's applicants as CSV: labels, not codes; the bulk move shows.
      await page.goto(intakeUrl);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('2026 intake');
      const csv = fs.readFileSync(await download(page, 'Applicants as CSV', downloads), 'utf8');
      const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Applicant,Status,Score,Submitted,Reviewer notes');
      expect(lines).toHaveLength(7);
      expect(lines.find((line) => line.startsWith('Wong Ka-yan,'))).toMatch(/^Wong Ka-yan,Accepted,88,12 April 2026,Sample applicant — fictional\./);
      expect(lines.find((line) => line.startsWith('Park Ha-eun,'))).toMatch(/^Park Ha-eun,Submitted,,/);
      expect(csv).not.toMatch(/,screening,|,accepted,/);
    } finally {
      await app.stop();
    }
  }, 180_000);
});
