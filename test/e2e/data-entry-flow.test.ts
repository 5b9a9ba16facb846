import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().textContent();

/** A window on the app, collecting the page's errors (a test ends expecting none). */
async function openWindow(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await expect.poll(() => heading(page)).toBeTruthy();
  return { page, errors };
}

describe('data entry that helps (browser mode)', () => {
  it('warns of " kaist " beside KAIST and opens the existing one, creates a signatory inline, and asks before losing a form', async () => {
    const app = await startApp(tempDataDir(), ['--no-demo']);
    try {
      const { page, errors } = await openWindow(app.url);

      // KAIST, with its country picked by its Korean name.
      await page.getByRole('link', { name: 'Organisations' }).click();
      await page.getByRole('button', { name: 'New organisation' }).click();
      await page.getByLabel('Name', { exact: true }).fill('KAIST');
      await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'University' });
      await page.getByRole('combobox', { name: 'Country' }).fill('대한민국');
      await page.getByRole('option', { name: /^South Korea/ }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => heading(page)).toBe('KAIST');
      await expect.poll(() => page.getByText('South Korea (KR)').first().isVisible()).toBe(true);

      // " kaist " as a new organisation: the form warns, and "Use the existing one" opens KAIST without asking to leave.
      await page.getByRole('link', { name: 'Organisations' }).click();
      await page.getByRole('button', { name: 'New organisation' }).click();
      await page.getByLabel('Name', { exact: true }).fill(' kaist ');
      const warning = page.getByRole('status', { name: 'This may already be in the register' });
      await expect.poll(() => warning.textContent()).toContain('KAIST');
      await page.screenshot({ path: screenshotPath('duplicate-warning'), fullPage: true });
      await warning.getByRole('button', { name: 'Use the existing one' }).click();
      await expect.poll(() => heading(page)).toBe('KAIST');
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      expect(page.url()).toMatch(/#\/organisations\/[0-9a-f-]+$/);

      // A signatory who is not in the register yet is created from the agreement's picker, without leaving the form.
      await page.getByRole('link', { name: 'Agreements' }).click();
      await page.getByRole('button', { name: 'New agreement' }).first().click();
      await page.getByLabel('Title', { exact: true }).fill('Joint AI lab');
      const party1 = page.getByRole('group', { name: 'Party 1', exact: true });
      await party1.getByRole('combobox', { name: 'Organisation', exact: true }).fill('kai');
      await page.getByRole('option', { name: 'KAIST', exact: true }).click();
      await party1.getByRole('button', { name: 'Add signatory' }).click();
      const signatory = party1.getByRole('group', { name: 'Signatory 1' }).getByRole('combobox', { name: 'Person', exact: true });
      await signatory.fill('Park Ji-woo');
      await page.getByRole('option', { name: 'Create “Park Ji-woo”' }).click();
      const newPerson = page.getByRole('dialog', { name: 'New person' });
      await expect.poll(() => newPerson.getByRole('combobox', { name: 'Organisation' }).inputValue()).toBe('KAIST');
      await newPerson.getByRole('button', { name: 'Create', exact: true }).click();
      await expect.poll(() => newPerson.count()).toBe(0);
      await expect.poll(() => signatory.inputValue()).toBe('Park Ji-woo');
      expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Joint AI lab');

      // Leaving the unsaved agreement asks; staying keeps every field, leaving goes.
      await page.getByRole('link', { name: 'People' }).click();
      const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
      await expect.poll(() => leave.isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('unsaved-changes'), fullPage: true });
      await leave.getByRole('button', { name: 'Stay on the form' }).click();
      await expect.poll(() => leave.count()).toBe(0);
      expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Joint AI lab');
      expect(await signatory.inputValue()).toBe('Park Ji-woo');
      expect(page.url()).toMatch(/#\/agreements\/new/);

      await page.getByRole('link', { name: 'People' }).click();
      await leave.getByRole('button', { name: 'Leave and lose changes' }).click();
      await expect.poll(() => heading(page)).toBe('People');
      // The person created inline stays in the register.
      await expect.poll(() => page.getByText('Park Ji-woo').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('deletes a record only with a reason, offers Undo, and keeps both reasons in its history', async () => {
    const app = await startApp(tempDataDir(), ['--no-demo']);
    try {
      const { page, errors } = await openWindow(app.url);
      await page.getByRole('link', { name: 'Organisations' }).click();
      await page.getByRole('button', { name: 'New organisation' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Pangyo Robotics');
      await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Company' });
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => heading(page)).toBe('Pangyo Robotics');

      // Delete asks why; without a reason it says so at the field and deletes nothing.
      await page.getByRole('button', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete this organisation?' });
      await dialog.getByRole('button', { name: 'Delete' }).click();
      const reason = dialog.getByLabel(/Why is it being deleted/);
      await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
      await reason.fill('Thought it was entered twice');
      await page.screenshot({ path: screenshotPath('delete-with-reason'), fullPage: true });
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => heading(page)).toBe('Organisations');
      const listed = () => page.getByRole('grid', { name: 'Organisations' }).getByRole('gridcell', { name: 'Pangyo Robotics', exact: true }).count();
      // It was the only one: the list is empty.
      await expect.poll(() => page.getByText('No organisations yet').count()).toBe(1);
      expect(await listed()).toBe(0);

      // Undo, from the note, brings it back and opens it; its history says why, both times.
      const note = page.locator('.toast', { hasText: 'The organisation was deleted.' });
      await page.screenshot({ path: screenshotPath('delete-undo'), fullPage: true });
      await note.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => heading(page)).toBe('Pangyo Robotics');
      await expect.poll(() => page.getByText('Reason: Thought it was entered twice').count()).toBe(1);
      await expect.poll(() => page.getByText(/Reason: Deleted by mistake/).count()).toBe(1);
      await page.getByRole('link', { name: 'Organisations' }).click();
      await expect.poll(listed).toBe(1);

      // Deleted again, it waits in Deleted records, with why, until it is restored from there.
      await page.getByRole('grid', { name: 'Organisations' }).getByRole('gridcell', { name: 'Pangyo Robotics', exact: true }).click();
      await expect.poll(() => heading(page)).toBe('Pangyo Robotics');
      await page.getByRole('button', { name: 'Delete' }).click();
      await dialog.getByLabel(/Why is it being deleted/).fill('Merged into Pangyo Robotics Inc.');
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => heading(page)).toBe('Organisations');
      await page.getByRole('link', { name: 'Deleted records' }).click();
      const deleted = page.getByRole('table', { name: 'Deleted records' });
      await expect.poll(() => deleted.getByRole('row').filter({ hasText: 'Merged into Pangyo Robotics Inc.' }).count()).toBe(1);
      await page.screenshot({ path: screenshotPath('deleted-records'), fullPage: true });
      await deleted.getByRole('button', { name: 'Restore… Pangyo Robotics' }).click();
      const restoring = page.getByRole('dialog', { name: 'Restore “Pangyo Robotics”?' });
      await restoring.getByLabel(/Why is it coming back/).fill('The merger fell through');
      await restoring.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => heading(page)).toBe('Pangyo Robotics');
      await expect.poll(() => page.getByText('Reason: The merger fell through').count()).toBe(1);
      await page.getByRole('link', { name: 'Deleted records' }).click();
      await expect.poll(() => page.getByText('Nothing has been deleted').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
