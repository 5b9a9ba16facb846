import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
/** The browser the end-to-end tests and the bench's transport figures drive: Debian's Chromium, or LIAISON_CHROMIUM. */
export const CHROMIUM = process.env.LIAISON_CHROMIUM ?? CANDIDATES.find((file) => fs.existsSync(file)) ?? CANDIDATES[0];

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
