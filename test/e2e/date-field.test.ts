import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('date fields end to end (browser mode)', () => {
  it('refuses an impossible date at the field in the agreement form, and keeps the form unsaved', async () => {
    const app = await startApp(tempDataDir(), ['--no-demo']);
    // en-US: 02/30/2026 reads month first, as that user means it.
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    try {
      await page.goto(app.url);
      await page.getByRole('link', { name: 'Agreements' }).click();
      await page.getByRole('button', { name: 'New agreement' }).first().click();
      await page.getByLabel('Title', { exact: true }).fill('Smart city pilot');
      const signedOn = page.getByLabel('Signed on', { exact: true });

      await signedOn.fill('02/30/2026');
      await signedOn.press('Tab');
      await expect.poll(() => signedOn.getAttribute('aria-invalid')).toBe('true');
      const reason = '30 February 2026 does not exist: February 2026 has 28 days.';
      await expect.poll(() => page.getByText(reason).count()).toBe(1);
      // What was typed stays in the field, not a date it was rolled over to.
      expect(await signedOn.inputValue()).toBe('02/30/2026');

      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid') ?? null)).toBe('true');
      expect(await page.getByText(reason).count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Smart city pilot');

      // A date it can read is shown back in words.
      await signedOn.fill('2018-04-09');
      await expect.poll(() => page.getByText('Read as April 9, 2018').count()).toBe(1);
      expect(await signedOn.getAttribute('aria-invalid')).toBeNull();
    } finally {
      await page.close();
      await app.stop();
    }
  });
});
