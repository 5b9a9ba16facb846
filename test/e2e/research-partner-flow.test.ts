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

const PROJECT = 'Seongnam startup matching study';
const OUTPUT = 'Matching AI startups with graduate researchers';

async function openKaist(page: Page) {
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByLabel('Search organisations').fill('KAIST');
  await page.getByRole('grid', { name: 'Organisations' }).getByRole('gridcell', { name: 'KAIST', exact: true }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('KAIST');
  return page.getByRole('region', { name: 'Research projects and centres' });
}

describe('research, what an agreement produced, and the partner page (browser mode)', () => {
  it('adds a project with a milestone and an output on the KAIST–Seongnam agreement, links them, and reports on the partner', async () => {
    const dataDir = tempDataDir();
    const downloads = tempDataDir();
    const app = await startApp(dataDir);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
      await page.goto(app.url);
      await loadDemo(page);

      // The partner page before: the demo's research centre (its graduate school's), not our study.
      const before = await openKaist(page);
      await expect.poll(() => before.textContent()).toContain('KAIST AI Graduate School Seongnam Research Center');
      expect(await before.textContent()).not.toContain(PROJECT);

      await page.getByRole('link', { name: 'Agreements' }).click();
      await page.getByLabel('Search agreements').fill('Seongnam Research Center');
      await page.getByRole('grid', { name: 'Agreements' }).getByText('Seongnam Research Center', { exact: false }).first().click();
      const produced = page.getByRole('region', { name: 'What this agreement produced' });
      const internships = produced.getByRole('listitem', { name: /internship opportunities/ });
      await expect.poll(() => internships.textContent()).toContain('Nothing after a year');
      const agreementUrl = page.url();

      // A new project under this agreement, with a milestone and an output.
      await produced.getByRole('button', { name: 'New research project' }).click();
      const form = page.getByRole('form', { name: 'New research project' });
      await expect.poll(() => form.getByRole('combobox', { name: 'Agreement 1' }).inputValue()).toContain('Seongnam Research Center');
      await form.getByLabel('Title', { exact: true }).fill(PROJECT);
      await form.getByLabel('Starts', { exact: true }).fill('2024-03-01');
      await form.getByRole('button', { name: 'Add partner' }).click();
      const partner = form.getByRole('group', { name: 'Partner 1' });
      await partner.getByRole('combobox', { name: 'Organisation' }).fill('KAIST AI');
      await page.getByRole('option', { name: 'KAIST AI Graduate School' }).click();
      await partner.getByLabel('Role', { exact: true }).fill('Runs the study');
      await form.getByRole('button', { name: 'Add milestone' }).click();
      const milestone = form.getByRole('group', { name: 'Milestone 1' });
      await milestone.getByLabel('Milestone', { exact: true }).fill('First matching round');
      await milestone.getByLabel('Due', { exact: true }).fill('2024-09-30');
      await milestone.getByLabel('Done on', { exact: true }).fill('2024-09-15');
      await form.getByRole('button', { name: 'Add output' }).click();
      const output = form.getByRole('group', { name: 'Output 1' });
      await output.getByLabel('Kind', { exact: true }).selectOption('paper');
      await output.getByLabel('Title', { exact: true }).fill(OUTPUT);
      await output.getByLabel('Identifier', { exact: true }).fill('10.5555/seongnam.2025.001');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(PROJECT);
      await expect.poll(() => page.getByRole('region', { name: 'Milestones' }).textContent()).toContain('done');
      await page.getByRole('group', { name: 'Change status' }).getByRole('button', { name: 'Mark running' }).click();
      await expect.poll(() => page.getByRole('group', { name: 'Change status' }).getByRole('button', { name: 'Mark completed' }).count()).toBe(1);

      // Link the project, then its output, to cooperation items of the agreement.
      const fulfils = page.getByRole('region', { name: 'Cooperation items it fulfils' });
      const link = async (what: string, item: RegExp) => {
        await fulfils.getByRole('button', { name: 'Link to a cooperation item' }).click();
        const dialog = page.getByRole('dialog', { name: 'Link to a cooperation item' });
        await dialog.getByLabel('What fulfils it', { exact: true }).selectOption({ label: what });
        await expect.poll(() => dialog.getByLabel('Cooperation item', { exact: true }).locator('option').count()).toBeGreaterThan(2);
        const value = await dialog
          .getByLabel('Cooperation item', { exact: true })
          .locator('option')
          .filter({ hasText: item })
          .getAttribute('value');
        await dialog.getByLabel('Cooperation item', { exact: true }).selectOption(value!);
        await dialog.getByRole('button', { name: 'Link', exact: true }).click();
        await expect.poll(() => dialog.count()).toBe(0);
      };
      await link(`This project: ${PROJECT}`, /internship opportunities/);
      await link(`Paper: ${OUTPUT}`, /Gradually increase/);
      await expect.poll(() => fulfils.getByRole('listitem').count()).toBe(2);
      await page.screenshot({ path: screenshotPath('project-page') });

      // What the agreement produced changes: the internships item is no longer quiet.
      await page.goto(agreementUrl);
      await expect.poll(() => internships.textContent()).toContain(PROJECT);
      expect(await internships.textContent()).toContain('On track');
      const gradually = produced.getByRole('listitem', { name: /Gradually increase/ });
      await expect.poll(() => gradually.textContent()).toContain(OUTPUT);
      await produced.screenshot({ path: screenshotPath('agreement-produced') });

      // The partner page now shows the study, through its graduate school.
      const after = await openKaist(page);
      await expect.poll(() => after.textContent()).toContain(PROJECT);
      await expect.poll(() => page.getByRole('region', { name: 'Agreements and their lineage' }).textContent()).toContain('Seongnam Research Center');
      await page.screenshot({ path: screenshotPath('partner-page'), fullPage: true });

      const markdown = fs.readFileSync(await download(page, 'Partner report (Markdown)', downloads), 'utf8');
      expect(markdown.split('\n')[0]).toBe('# Partner report: KAIST');
      expect(markdown).toContain(`**${PROJECT}** · Research project · Running · since 2024-03-01`);
      expect(markdown).toContain(`Paper: ${OUTPUT} (10.5555/seongnam.2025.001)`);
      expect(markdown).toContain('Team: 2 professors, 34 graduate students');
      expect(markdown).not.toMatch(/\b[a-z]+_[a-z_]+\b/);

      const pdf = await download(page, 'Partner report (PDF)', downloads);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Partner report: KAIST');
      expect(text).toContain(PROJECT);
      expect(text).toContain('카이스트');
      expect(text).toContain('Research centre');
      await page.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(downloads, { recursive: true, force: true });
    }
  });
});
