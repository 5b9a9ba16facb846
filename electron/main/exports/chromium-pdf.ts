import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

const CANDIDATES = [
  process.env.LIAISON_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter((file): file is string => Boolean(file));

export function findChromium(): string | null {
  return CANDIDATES.find((file) => fs.existsSync(file)) ?? null;
}

/**
 * Browser mode's printToPDF: headless Chromium prints the HTML file to PDF. Offline flags keep it
 * from reaching for the network; the page itself has no remote resources.
 */
export async function renderPdfWithChromium(html: string): Promise<Buffer> {
  const chromium = findChromium();
  if (!chromium) throw new AppError('IO', 'export.needsChromium');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-pdf-'));
  try {
    const input = path.join(dir, 'summary.html');
    const output = path.join(dir, 'summary.pdf');
    fs.writeFileSync(input, html, 'utf8');
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${output}`,
      `file://${input}`,
    ];
    const code = await new Promise<number>((resolve) => {
      const child = spawn(chromium, args, { stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('error', () => resolve(-1));
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode ?? 1);
      });
    });
    if (code !== 0 || !fs.existsSync(output)) throw new AppError('IO', 'export.chromiumFailed');
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
