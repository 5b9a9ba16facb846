import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
export const CHROMIUM = process.env.LIAISON_CHROMIUM ?? CANDIDATES.find((file) => fs.existsSync(file)) ?? CANDIDATES[0];

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

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set LIAISON_CHROMIUM.`);
  }
  // The flags keep Chromium from reaching for the network this machine does not have.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
