import fs from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loadDemo, screenshotPath, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const iso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The first Tuesday of this month and of the next, where the app (on this machine) has its today. */
function firstTuesdays(): [string, string] {
  const now = new Date();
  const first = (monthOffset: number) => {
    const day = new Date(now.getFullYear(), now.getMonth() + monthOffset, 1);
    while (day.getDay() !== 2) day.setDate(day.getDate() + 1);
    return iso(day);
  };
  return [first(0), first(1)];
}

const cellName = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

describe('events and the calendar end to end (browser mode)', () => {
  it('adds a forum series on the KAIST–Seongnam agreement, sees it on the calendar, and exports an ICS file that parses back', async () => {
    const dataDir = tempDataDir();
    const downloads = tempDataDir();
    const app = await startApp(dataDir);
    const [first, second] = firstTuesdays();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(app.url);
      await loadDemo(page);

      await page.getByRole('link', { name: 'Agreements', exact: true }).click();
      await page.getByLabel('Search agreements').fill('Seongnam Research Center');
      await page.getByRole('grid', { name: 'Agreements' }).getByText('Agreement on the AI Graduate School Seongnam Research Center').first().click();
      const events = page.getByRole('region', { name: 'Events' });
      // The demo's regular forum is already there.
      await expect.poll(() => events.getByRole('link', { name: 'Seongnam AI Forum', exact: true }).count()).toBe(1);
      await events.getByRole('button', { name: 'New event' }).click();

      const form = page.getByRole('form', { name: 'New event' });
      await expect.poll(() => form.getByRole('combobox', { name: 'Agreement' }).inputValue()).toContain('Seongnam Research Center');
      await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Forum' });
      await form.getByLabel('Title', { exact: true }).fill('Pangyo AI startup forum');
      await form.getByLabel('Starts on', { exact: true }).fill(first);
      await form.getByLabel('Start time', { exact: true }).fill('15:00');
      await form.getByLabel('End time', { exact: true }).fill('17:00');
      await form.getByLabel('Time zone', { exact: true }).fill('Asia/Seoul');
      await form.getByLabel('Repeats', { exact: true }).selectOption({ label: 'Monthly' });
      await form.getByLabel('On', { exact: true }).selectOption({ label: 'The first Tuesday of the month' });
      await form.getByLabel('Ends', { exact: true }).selectOption({ label: 'After a number of times' });
      await form.getByLabel('Times', { exact: true }).fill('6');
      await form.getByLabel('Cooperation item it fulfils').selectOption({ label: 'Hold AI forums connecting KAIST with AI startups in the city.' });
      await form.getByRole('button', { name: 'Cancel or move a date' }).click();
      await form.getByRole('group', { name: 'Exception 1' }).getByLabel('Date in the series', { exact: true }).fill(second);
      await form.getByRole('button', { name: 'Save' }).click();

      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pangyo AI startup forum');
      await expect.poll(() => page.getByRole('region', { name: 'Details' }).textContent()).toContain('Every month on the first Tuesday, 6 times');

      // On the calendar: this month's date, at 15:00 Seoul time; next month's is cancelled.
      await page.getByRole('link', { name: 'Calendar' }).click();
      const thisMonth = page.getByRole('table').first();
      const cell = thisMonth.getByRole('cell', { name: cellName(first) });
      await expect.poll(() => cell.getByRole('link', { name: /Pangyo AI startup forum/ }).textContent()).toMatch(/^15:00 (\(Seoul\) )?Pangyo AI startup forum$/);
      await page.screenshot({ path: screenshotPath('calendar-month'), fullPage: true });
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByRole('table').first().getAttribute('aria-label')).toBe(
        new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${second}T12:00:00Z`)),
      );
      expect(await page.getByRole('table').first().getByRole('cell', { name: cellName(second) }).textContent()).not.toContain('Pangyo');
      await page.keyboard.press('t');
      await expect.poll(() => page.getByRole('table').first().getByRole('cell', { name: cellName(first) }).textContent()).toContain('Pangyo AI startup forum');
      await page.getByRole('button', { name: 'Agenda' }).click();
      await expect.poll(() => page.getByRole('region', { name: /./ }).first().textContent()).toBeTruthy();
      await page.screenshot({ path: screenshotPath('calendar-agenda'), fullPage: true });

      // The month as an ICS file, read back with ical.js.
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export .ics' }).click()]);
      const file = `${downloads}/${(download as Download).suggestedFilename()}`;
      await (download as Download).saveAs(file);
      const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const forum = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)).find((e) => e.summary === 'Pangyo AI startup forum');
      expect(forum).toBeDefined();
      expect(forum!.startDate.zone?.tzid).toBe('Asia/Seoul');
      const starts: string[] = [];
      const iterator = forum!.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) starts.push(new Date(forum!.getOccurrenceDetails(next).startDate.toUnixTime() * 1000).toISOString());
      // Six by the rule, one cancelled: five, each at 15:00 in Seoul (06:00 UTC).
      expect(starts).toHaveLength(5);
      expect(new Set(starts.map((s) => s.slice(11, 16)))).toEqual(new Set(['06:00']));
      expect(starts[0].slice(0, 10)).toBe(first);
      expect(starts.map((s) => s.slice(0, 10))).not.toContain(second);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
