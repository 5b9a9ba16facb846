import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { launchBrowser, screenshotPath, startApp, tempDataDir, type RunningApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(app: RunningApp): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(app.url);
  return page;
}

async function createOrganisation(page: Page, name: string, kind: string, country: string) {
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'New organisation' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
  // The country is picked by its name and kept as its ISO code.
  await page.getByRole('combobox', { name: 'Country' }).fill(country);
  await page.getByRole('option', { name: /^South Korea/ }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(name);
}

describe('agreements end to end (browser mode)', () => {
  it('creates an organisation and an agreement, activates it, and finds it after a reload and a restart', async () => {
    const dataDir = tempDataDir();
    let app = await startApp(dataDir, ['--no-demo']);
    try {
      let page = await newPage(app);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBeTruthy();

      await createOrganisation(page, 'KAIST', 'University', 'Korea');

      await page.getByRole('link', { name: 'Agreements' }).click();
      await page.getByRole('button', { name: 'New agreement' }).first().click();
      await page.getByLabel('Title', { exact: true }).fill('AI Graduate School Seongnam Research Center');
      await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Collaboration agreement' }).catch(async () => {
        await page.getByLabel('Kind', { exact: true }).selectOption({ index: 3 });
      });
      // Signed this January for three years, so it is still in force whenever the test runs.
      await page.getByLabel('Signed on', { exact: true }).fill(`${new Date().getFullYear()}-01-15`);
      await page.getByLabel('Duration', { exact: true }).fill('3 years');

      // KAIST is found by searching; Seongnam City and both signatories are created without leaving the form.
      const party1 = page.getByRole('group', { name: 'Party 1', exact: true });
      await party1.getByRole('combobox', { name: 'Organisation', exact: true }).fill('KAI');
      await page.getByRole('option', { name: 'KAIST', exact: true }).click();
      const party2 = page.getByRole('group', { name: 'Party 2', exact: true });
      await party2.getByRole('combobox', { name: 'Organisation', exact: true }).fill('Seongnam City');
      await page.getByRole('option', { name: 'Create “Seongnam City”' }).click();
      const newOrganisation = page.getByRole('dialog', { name: 'New organisation' });
      await newOrganisation.getByLabel('Kind', { exact: true }).selectOption({ label: 'City' });
      await newOrganisation.getByRole('combobox', { name: 'Country' }).fill('대한민국');
      await page.getByRole('option', { name: /^South Korea/ }).click();
      await newOrganisation.getByRole('button', { name: 'Create', exact: true }).click();
      await expect.poll(() => newOrganisation.count()).toBe(0);
      await expect.poll(() => party2.getByRole('combobox', { name: 'Organisation', exact: true }).inputValue()).toBe('Seongnam City');

      const parties = [
        { group: party1, role: 'University', person: 'Lee Kwang-hyung' },
        { group: party2, role: 'City', person: 'Eun Soo-mi' },
      ];
      for (const party of parties) {
        await party.group.getByLabel('Role', { exact: true }).fill(party.role);
        await party.group.getByRole('button', { name: 'Add signatory' }).click();
        const person = party.group.getByRole('group', { name: 'Signatory 1' }).getByRole('combobox', { name: 'Person', exact: true });
        await person.fill(party.person);
        await page.getByRole('option', { name: `Create “${party.person}”` }).click();
        const newPerson = page.getByRole('dialog', { name: 'New person' });
        await newPerson.getByRole('button', { name: 'Create', exact: true }).click();
        await expect.poll(() => newPerson.count()).toBe(0);
        await expect.poll(() => person.inputValue()).toBe(party.person);
      }
      await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('AI Graduate School Seongnam Research Center');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('AI Graduate School Seongnam Research Center');

      await page.getByRole('button', { name: 'Send for signature' }).click();
      await page.getByRole('button', { name: 'Mark as signed' }).click();
      await expect.poll(() => page.getByText('Active', { exact: true }).first().isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('agreement-detail'), fullPage: true });

      // The agreement creates a program, which gets its first intake.
      const programs = page.getByRole('region', { name: 'Programs' });
      await programs.getByRole('button', { name: 'New program' }).click();
      const programForm = page.getByRole('form', { name: 'New program' });
      await expect.poll(() => programForm.getByRole('combobox', { name: 'Agreement 1' }).inputValue()).toContain('AI Graduate School Seongnam Research Center');
      await programForm.getByLabel('Name', { exact: true }).fill('Seongnam startup internships');
      await programForm.getByLabel('Fields of study').fill('Computer science, Mathematics');
      await programForm.getByRole('button', { name: 'Add sponsor' }).click();
      await programForm.getByRole('combobox', { name: 'Sponsor 1' }).fill('Seongnam');
      await page.getByRole('option', { name: 'Seongnam City', exact: true }).click();
      await programForm.getByRole('button', { name: 'Add phase' }).click();
      const phase = programForm.getByRole('group', { name: 'Phase 1' });
      await phase.getByLabel('Phase', { exact: true }).fill('Internship');
      await phase.getByLabel('Months').fill('6');
      await phase.getByLabel('Where').fill('Startups in Seongnam');
      await programForm.getByRole('button', { name: 'Add scholarship part' }).click();
      const part = programForm.getByRole('group', { name: 'Scholarship part 1' });
      await part.getByLabel('Pays for').selectOption('stipend');
      await part.getByLabel('Amount').fill('12,000,000');
      await part.getByLabel('Currency').fill('KRW');
      await programForm.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Seongnam startup internships');

      await page.getByRole('region', { name: 'Intakes' }).getByRole('button', { name: 'New intake' }).click();
      const intakeForm = page.getByRole('form', { name: 'New intake' });
      await expect.poll(() => intakeForm.getByRole('combobox', { name: 'Program' }).inputValue()).toBe('Seongnam startup internships');
      const year = new Date().getFullYear() + 1;
      await intakeForm.getByLabel('Name', { exact: true }).fill(`${year} intake`);
      await intakeForm.getByLabel('Applications open').fill(`${year}-04-01`);
      await intakeForm.getByLabel('Applications close').fill(`${year}-04-30`);
      await intakeForm.getByLabel('Starts', { exact: true }).fill(`${year}-09-01`);
      await intakeForm.getByLabel('Places').fill('5');
      await intakeForm.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`${year} intake`);
      await page.getByRole('link', { name: 'Seongnam startup internships' }).click();
      const intakes = page.getByRole('region', { name: 'Intakes' });
      await expect.poll(() => intakes.getByRole('row', { name: new RegExp(`${year} intake`) }).count()).toBe(1);
      await expect.poll(() => page.getByRole('region', { name: 'Scholarship' }).textContent()).toContain('₩12,000,000');
      await page.screenshot({ path: screenshotPath('program-detail'), fullPage: true });
      await page.getByRole('link', { name: /AI Graduate School Seongnam Research Center/ }).click();
      await expect.poll(() => page.getByRole('region', { name: 'Programs' }).textContent()).toContain('Seongnam startup internships');

      const findIt = async (p: Page) => {
        await p.getByRole('link', { name: 'Agreements' }).click();
        await p.getByLabel('Search agreements').fill('Seongnam Research');
        const grid = p.getByRole('grid', { name: 'Agreements' });
        await expect.poll(() => grid.getByText('AI Graduate School Seongnam Research Center').count()).toBe(1);
        await expect.poll(() => grid.getByText('Active', { exact: true }).count()).toBe(1);
        await p.getByRole('link', { name: 'Home' }).click();
        await expect.poll(() => p.getByText('AI Graduate School Seongnam Research Center').count()).toBe(0); // not expiring within 90 days
        const counts = p.getByRole('region', { name: 'Agreements by status' });
        await expect.poll(() => counts.textContent()).toMatch(/(^|\D)1\s*Active/);
      };

      await page.reload();
      await findIt(page);
      await page.screenshot({ path: screenshotPath('home'), fullPage: true });
      expect((page as Page & { errors: string[] }).errors, JSON.stringify((page as Page & { errors: string[] }).errors)).toEqual([]);
      await page.close();

      await app.stop();
      app = await startApp(dataDir, ['--no-demo']);
      page = await newPage(app);
      await findIt(page);
      await page.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('offers the demo data on first run and shows it', async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir);
    try {
      const page = await newPage(app);
      await page.getByRole('button', { name: 'Load demo data' }).click();
      const counts = page.getByRole('region', { name: 'Agreements by status' });
      await expect.poll(() => counts.textContent(), { timeout: 15_000 }).toMatch(/[1-9]\s*Active/);
      await page.screenshot({ path: screenshotPath('home-demo'), fullPage: true });
      await page.getByRole('link', { name: 'Agreements' }).click();
      await page.getByLabel('Search agreements').fill('업스테이지');
      const grid = page.getByRole('grid', { name: 'Agreements' });
      // Upstage (업스테이지) is a party to two of the six demo agreements: a header row and two rows.
      await expect.poll(() => grid.getByRole('row').count()).toBe(3);
      await expect.poll(() => grid.textContent()).not.toContain('Seongnam');
      await page.screenshot({ path: screenshotPath('agreements-search-korean'), fullPage: true });
      await page.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses calls without the token, and says what to open', async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir, ['--no-demo']);
    try {
      const origin = new URL(app.url).origin;
      const refused = await new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(`${origin.replace('http', 'ws')}/ipc`, { origin });
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('open', () => reject(new Error('a socket without the token was taken')));
      });
      expect(refused).toBe(401);
      const page = await browser.newPage();
      await page.goto(origin); // no #token: the page is served but cannot read or write
      await expect.poll(() => page.getByRole('alert').first().textContent().catch(() => '')).toMatch(/not signed in to Liaison/);
      await page.close();
      // A token from an earlier run (kept for reloads in the tab's session) is refused at the handshake.
      const stale = await browser.newPage();
      await stale.goto(`${origin}/#token=from-an-earlier-run`);
      await expect.poll(() => stale.getByRole('alert').first().textContent().catch(() => '')).toMatch(/not answering this page/);
      await stale.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
