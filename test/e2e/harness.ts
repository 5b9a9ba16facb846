import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
export { CHROMIUM, launchBrowser } from './chromium';

export type RunningApp = { url: string; dataDir: string; output: () => string; stop(): Promise<void> };

/**
 * Starts the built app exactly as `npm run web` does (dist/main/launch.cjs --browser) on a temp
 * data folder and waits for the address it prints.
 */
export async function startApp(dataDir: string, extraArgs: string[] = []): Promise<RunningApp> {
  const launcher = path.join(ROOT, 'dist', 'main', 'launch.cjs');
  if (!fs.existsSync(launcher)) throw new Error('Run `npm run build` before the end-to-end tests.');
  const child: ChildProcess = spawn(process.execPath, [launcher, '--browser', '--no-open', '--data-dir', dataDir, ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start:\n${output}`)), 30_000);
    const poll = setInterval(() => {
      const match = /Open:\s+(\S+)/.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`The app exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-e2e-'));
}

/** Screenshots land in test-results/ (ignored by git) for a person to look at. */
export function screenshotPath(name: string): string {
  const dir = path.join(ROOT, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/** Clicks the button that downloads a file and saves the file in `dir`; returns its path. */
export async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button, exact: true }).click()]);
  const target = path.join(dir, (file as Download).suggestedFilename());
  await (file as Download).saveAs(target);
  return target;
}

/** Loads the demo register from the home page's offer and waits until its agreements are counted. */
export async function loadDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect.poll(() => page.getByRole('region', { name: 'Agreements by status' }).textContent(), { timeout: 15_000 }).toMatch(/[1-9]\s*Active/);
}
