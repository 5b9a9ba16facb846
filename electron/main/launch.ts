import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from './core';
import { currentUser, defaultDataDir, hasFlag, readFlag, resolveDataDir } from './data-dir';
import { startWebServer } from './server/web-server';

/**
 * `npm start`: opens the desktop app, or, where Electron can't run (no binary, no display, no
 * Electron build of the database driver), says why in one sentence and serves the same app in
 * browser mode on 127.0.0.1. `npm run web` (`--browser`) goes straight to browser mode.
 */

const projectRoot = path.resolve(__dirname, '..', '..');
const argv = process.argv.slice(2);

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { cwd: projectRoot, stdio: 'pipe', timeout: 10 * 60_000 }).status === 0;
}

function electronBinary(): string | null {
  const pkg = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const installed = () =>
    fs.existsSync(pathFile) && fs.existsSync(path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));
  // Electron fetches its runtime on first use; try once, quietly, and judge by the result.
  if (!installed() && fs.existsSync(path.join(pkg, 'install.js'))) run(process.execPath, [path.join(pkg, 'install.js')]);
  return installed() ? path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim()) : null;
}

/** Runs the desktop app; returns null when it ran, or why it could not. */
async function tryDesktop(): Promise<string | null> {
  const binary = electronBinary();
  if (!binary) return 'The Electron runtime is not installed here and could not be downloaded, so the desktop window cannot open.';
  const binding = path.join(projectRoot, '.native', 'electron', 'better_sqlite3.node');
  if (!fs.existsSync(binding) && !run(process.execPath, [path.join(projectRoot, 'electron', 'rebuild-native.mjs')])) {
    return 'The database driver could not be built for Electron (its headers could not be downloaded), so the desktop window cannot open.';
  }
  const started = Date.now();
  const child = spawn(binary, [projectRoot, ...argv], { stdio: 'inherit' });
  const code = await new Promise<number>((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0 && Date.now() - started < 5_000) {
    return `Electron could not start (exit code ${code}; on Linux this usually means there is no display).`;
  }
  process.exitCode = code;
  return null;
}

function openInBrowser(url: string): void {
  if (hasFlag(argv, '--no-open') || process.env.CI) return;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? ['xdg-open', [url]]
          : [null, []];
  if (!command) return;
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function runBrowserMode(): Promise<void> {
  const dataDir = resolveDataDir(argv, process.env, defaultDataDir());
  const version = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const core = openCore({ dataDir, actor: currentUser(), mode: 'browser', version, offerDemo: !hasFlag(argv, '--no-demo') });
  const port = Number(readFlag(argv, '--port') ?? process.env.LIAISON_PORT ?? 0);
  const server = await startWebServer({ core, staticDir: path.join(projectRoot, 'dist', 'renderer'), port });
  const address = `${server.url}#token=${server.token}`;
  console.log('Liaison is running in browser mode.');
  console.log(`  Open:  ${address}`);
  console.log(`  Data:  ${dataDir}`);
  console.log('Press Ctrl+C to stop.');
  openInBrowser(address);
  const stop = async () => {
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  if (!hasFlag(argv, '--browser')) {
    const reason = await tryDesktop();
    if (reason === null) return;
    console.log(`${reason} Starting Liaison in browser mode instead.`);
  }
  await runBrowserMode();
}

main().catch((error: unknown) => {
  console.error(`Liaison could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
