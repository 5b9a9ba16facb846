import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf } from '../main/document-fixtures';
import { launchBrowser, loadDemo, screenshotPath, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const STAGES = ['Applied', 'Accepted', 'Placed', 'Completed', 'Hired'] as const;

async function openProgram(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Programs', exact: true }).click();
  await page.getByRole('grid', { name: 'Programs' }).getByText('HKUST GZ MSc', { exact: false }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('HKUST GZ MSc');
}

/** The funnel's numbers, stage by stage, once loaded. */
async function funnel(page: Page): Promise<Record<(typeof STAGES)[number], number>> {
  const list = page.getByRole('list', { name: 'From application to hire' });
  await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10_000 }).toBe(5);
  const texts = await list.getByRole('listitem').allTextContents();
  return Object.fromEntries(STAGES.map((stage, i) => [stage, Number(texts[i].replace(stage, '').replace(/\D/g, ''))])) as Record<(typeof STAGES)[number], number>;
}

async function pick(page: Page, scope: ReturnType<Page['getByRole']>, label: string, text: string, option: RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

async function acceptApplicant(page: Page, intakeUrl: string, name: string): Promise<void> {
  await page.goto(intakeUrl);
  await page.getByRole('button', { name: 'New application' }).click();
  const form = page.getByRole('form', { name: 'New application' });
  await pick(page, form, 'Applicant', name, new RegExp(`^${name}`));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(name);
  await page.getByRole('button', { name: 'Start screening' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => page.getByText('The application is now “Accepted”.').count()).toBeGreaterThan(0);
}

describe('placements (browser mode)', () => {
  it('accepts two applicants to the demo program, places one, evaluates with a form, marks hired, and the funnel follows', async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await page.goto(app.url);
      await loadDemo(page);

      await openProgram(page);
      const programUrl = page.url();
      const before = await funnel(page);
      await page.getByRole('region', { name: 'Intakes' }).getByText('2026 intake').click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('2026 intake');
      const intakeUrl = page.url();

      // Two applicants accepted with the applications' own lifecycle buttons.
      await acceptApplicant(page, intakeUrl, 'Way Hai');
      await acceptApplicant(page, intakeUrl, 'Martin Wong');

      // A placement for one of them at Upstage, under the program.
      await page.getByRole('link', { name: 'Placements', exact: true }).click();
      await page.getByRole('button', { name: 'New placement' }).click();
      const form = page.getByRole('form', { name: 'New placement' });
      await pick(page, form, 'Intern', 'Way Hai', /^Way Hai/);
      await pick(page, form, 'Host', 'Upstage', /^Upstage( |$)/);
      await pick(page, form, 'Program', 'HKUST GZ MSc', /^HKUST GZ MSc/);
      await form.getByLabel('Starts', { exact: true }).fill('2026-09-01');
      await form.getByLabel('Ends', { exact: true }).fill('2027-08-31');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Way Hai');
      const placementUrl = page.url();

      // Hired waits for an evaluation: the button says why.
      await page.getByRole('button', { name: 'Mark completed' }).click();
      await expect.poll(() => page.getByText('Record at least one evaluation of the internship before marking it hired.').count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Mark hired' }).isDisabled()).toBe(true);

      // The evaluation form uploaded to the placement, then the evaluation that names it.
      const documents = page.getByRole('region', { name: 'Documents' });
      await documents.getByRole('button', { name: 'Attach document' }).click();
      const attach = page.getByRole('dialog', { name: 'Attach document' });
      await attach.getByLabel('File', { exact: true }).setInputFiles({ name: 'evaluation.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Upstage evaluation') });
      await attach.getByLabel('Title', { exact: true }).fill('Internship evaluation form');
      await attach.getByRole('button', { name: 'Attach', exact: true }).click();
      await expect.poll(() => documents.textContent()).toContain('evaluation.pdf');
      await page.getByRole('region', { name: 'Evaluations' }).getByRole('button', { name: 'New evaluation' }).click();
      const evaluation = page.getByRole('form', { name: 'New evaluation' });
      await pick(page, evaluation, 'Evaluator', 'Kim Sung-hoon', /^Kim Sung-hoon/);
      await evaluation.getByLabel('Score', { exact: true }).fill('91.5');
      await expect.poll(() => evaluation.getByLabel('Evaluation form', { exact: true }).locator('option').count()).toBe(2);
      await evaluation.getByLabel('Evaluation form', { exact: true }).selectOption({ index: 1 });
      await evaluation.getByRole('button', { name: 'Save' }).click();
      // Saved once the form has gone (the document's title was on the page before the save, so it proves nothing).
      await expect.poll(() => evaluation.count()).toBe(0);
      await expect.poll(() => page.getByText('Internship evaluation form').count()).toBeGreaterThan(0);

      // Marked hired: the hire is offered, filled in from the placement, and saved with its date.
      await page.goto(placementUrl);
      await expect.poll(() => page.getByRole('button', { name: 'Mark hired' }).isEnabled()).toBe(true);
      await page.getByRole('button', { name: 'Mark hired' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Mark hired' }).click();
      const hire = page.getByRole('form', { name: 'New hire' });
      await expect.poll(() => hire.getByRole('combobox', { name: 'Person' }).inputValue()).toBe('Way Hai');
      await hire.getByLabel('Date', { exact: true }).fill('2027-09-01');
      await hire.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Way Hai');
      await expect.poll(() => page.getByText('Intern hired').count()).toBeGreaterThan(0);

      // The program's funnel, after a reload.
      await page.goto(programUrl);
      await page.reload();
      const after = await funnel(page);
      expect(after).toEqual({
        Applied: before.Applied + 2,
        Accepted: before.Accepted + 2,
        Placed: before.Placed + 1,
        Completed: before.Completed + 1,
        Hired: before.Hired + 1,
      });
      await page.screenshot({ path: screenshotPath('program-funnel'), fullPage: true });
      await page.goto(placementUrl);
      await expect.poll(() => page.getByRole('region', { name: 'Evaluations' }).textContent()).toContain('Kim Sung-hoon');
      await page.screenshot({ path: screenshotPath('placement-hired'), fullPage: true });
      await page.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
