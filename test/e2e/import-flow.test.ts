import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, startApp, tempDataDir } from './harness';

const REGISTER = path.resolve(__dirname, '..', 'fixtures', 'imports', 'register.csv');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function readRegister(page: Page) {
  await page.getByLabel('Register file').setInputFiles(REGISTER);
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('table', { name: 'How each row will be read' }).waitFor();
}

const previewRows = (page: Page) => page.getByRole('table', { name: 'How each row will be read' }).locator('tbody tr');

async function agreementsTotal(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Agreements', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
  const pager = page.getByRole('navigation', { name: 'Pages' });
  return (await pager.count()) ? ((await pager.locator('.pager__range').textContent()) ?? '') : '';
}

describe('importing a register end to end (browser mode)', () => {
  it('imports the 44-row register through preview and mapping, re-imports nothing, and undoes it', async () => {
    const app = await startApp(tempDataDir(), ['--no-demo']);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(app.url);
      await page.getByRole('link', { name: 'Import', exact: true }).click();
      await readRegister(page);

      // Every row of the file is accounted for: 41 to create, the copy, the row without a partner, the blank line.
      const counts = '44 rows: 41 to create, 1 already imported, 1 cannot be read, 1 empty.';
      await expect.poll(() => page.getByText(counts).count()).toBe(1);
      expect(await previewRows(page).count()).toBe(44);
      const unreadable = previewRows(page).filter({ hasText: 'Cannot be read' });
      expect(await unreadable.count()).toBe(1);
      expect(await unreadable.textContent()).toContain('The row names no partner, so it cannot become an agreement.');

      // The mapping: the remarks become each agreement's purpose, and the preview is read again.
      await page.getByLabel('Column “Remarks”').selectOption('purpose');
      await expect.poll(() => page.getByText('guessed: Notes').count()).toBe(1);
      // Day first, as this office writes 10/02/2020: the row that could not be read that way now is.
      await page.getByLabel('Dates like 03/04/2019').selectOption('dmy');
      await expect.poll(() => previewRows(page).filter({ hasText: 'Staff mobility' }).textContent()).toContain('10 Feb 2020');

      await page.getByLabel('Your organisation').fill('Example University');
      await page.screenshot({ path: screenshotPath('import-preview') });
      await page.getByRole('button', { name: 'Import 41 agreements' }).click();
      await expect.poll(() => page.getByText(/^41 agreements created, \d+ organisations created, 1 row skipped: already imported/).count(), { timeout: 60_000 }).toBe(1);
      await page.screenshot({ path: screenshotPath('import-result'), fullPage: true });
      expect(await page.getByRole('table', { name: 'Past imports' }).locator('tbody tr').count()).toBe(1);
      // The list loads after its heading shows: wait for its pager rather than reading it once.
      await expect.poll(() => agreementsTotal(page)).toContain('of 41');
      // The register as CSV: a link main writes the file behind while the browser downloads it.
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      expect(csv.suggestedFilename()).toMatch(/^agreements-\d{4}-\d{2}-\d{2}\.csv$/);
      const exported = fs.readFileSync(await csv.path(), 'utf8');
      expect(exported.trimEnd().split('\r\n')).toHaveLength(1 + 41);
      expect(exported).toContain('Faculty and doctoral exchange');
      // An agreement as the register wrote it: signed "Sept. 2019" (a month), until terminated, in force, the row kept.
      await page.getByRole('row').filter({ hasText: 'Faculty and doctoral exchange' }).click();
      await page.getByRole('heading', { level: 1, name: 'Faculty and doctoral exchange' }).waitFor();
      const facts = (await page.locator('main').textContent()) ?? '';
      expect(facts).toContain('September 2019');
      expect(facts).toContain('Until revoked');
      expect(facts).toContain('Entered from this record');
      expect(facts).toContain('Date Signed: Sept. 2019');
      expect(await page.locator('.badge--active').first().textContent()).toBe('Active');
      await page.screenshot({ path: screenshotPath('import-agreement'), fullPage: true });

      // The same file again: every row is already in, and there is nothing to import.
      await page.getByRole('link', { name: 'Import', exact: true }).click();
      await readRegister(page);
      await expect.poll(() => page.getByText('44 rows: 0 to create, 42 already imported, 1 cannot be read, 1 empty.').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Import 0 agreements' }).isDisabled()).toBe(true);
      expect(await previewRows(page).first().textContent()).toMatch(/Already imported \(from register\.csv on \d{4}-\d{2}-\d{2}, row 5\)/);

      // Undo, after confirming: the agreements are gone.
      await page.getByRole('table', { name: 'Past imports' }).getByRole('button', { name: 'Undo…' }).click();
      await page.getByRole('alertdialog', { name: 'Undo this import?' }).getByRole('button', { name: 'Undo the import' }).click();
      await expect.poll(() => page.getByText(/^Import undone: 41 agreements and \d+ organisations removed\./).count()).toBe(1);
      await expect.poll(() => agreementsTotal(page)).not.toContain('of 41');
      await expect.poll(() => page.getByRole('link', { name: 'Arctic research' }).count()).toBe(0);
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('import-failure'), fullPage: true });
      console.log(app.output());
      throw error;
    } finally {
      await page.close();
      await app.stop();
    }
  });
});
