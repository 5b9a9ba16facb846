// Builds better-sqlite3 for Electron's ABI into .native/electron/better_sqlite3.node.
//
// node_modules/better-sqlite3/build holds the Node-ABI build that tests, the CLI and browser mode
// load; rebuilding it in place (as electron-rebuild does) would break them. So we compile a copy of
// the package in a temp folder and keep only the resulting .node file. The app passes that file to
// better-sqlite3 as `nativeBinding` (electron/main/index.ts); electron-builder ships it as an extra
// resource (electron-builder.yml).
//
// Usage: npm run rebuild:electron [-- --arch=arm64] [-- --nodedir=<unpacked Electron headers>] [-- --verbose]
// --nodedir builds offline against headers you already have instead of downloading them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADERS_URL = 'https://electronjs.org/headers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.native', 'electron');
const outFile = path.join(outDir, 'better_sqlite3.node');
const logFile = path.join(outDir, 'rebuild.log');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const arch = readOption('--arch') ?? process.arch;
const nodedir = readOption('--nodedir');

const electronVersion = readPackageVersion('electron');
const sqliteVersion = readPackageVersion('better-sqlite3');
const sourceDir = path.join(root, 'node_modules', 'better-sqlite3');
const nodeGyp = findNodeGyp();

fs.mkdirSync(outDir, { recursive: true });
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-sqlite-electron-'));
let problem;
try {
  problem = buildInto(path.join(workDir, 'better-sqlite3'));
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
if (problem) fail(problem);

/** Returns undefined on success, or the one sentence that says why not. */
function buildInto(buildDir) {
  // Everything but the Node-ABI build output and nested node_modules: binding.gyp, src/, deps/ (SQLite).
  fs.cpSync(sourceDir, buildDir, {
    recursive: true,
    filter: (from) => {
      const relative = path.relative(sourceDir, from);
      return relative !== 'build' && relative !== 'node_modules';
    },
  });

  console.log(
    `rebuild:electron: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${arch})` +
      `${nodedir ? ` against ${nodedir}` : ''}…`,
  );
  if (!runNodeGyp(buildDir)) return explainFailure(fs.readFileSync(logFile, 'utf8'));

  const built = path.join(buildDir, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(built)) return `node-gyp finished but produced no better_sqlite3.node; see ${path.relative(root, logFile)}.`;
  // Copy then rename, so a running app never sees a half-written addon.
  fs.copyFileSync(built, `${outFile}.tmp`);
  fs.renameSync(`${outFile}.tmp`, outFile);
  fs.writeFileSync(
    path.join(outDir, 'build-info.json'),
    `${JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, arch, platform: process.platform }, null, 2)}\n`,
  );
  console.log(`rebuild:electron: wrote ${path.relative(root, outFile)}`);
  return undefined;
}

function runNodeGyp(cwd) {
  const gypArgs = [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    // Electron's headers live apart from Node's in node-gyp's cache (as electron-rebuild does), so
    // an Electron version number can never be mistaken for a Node one.
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    ...(nodedir ? [`--nodedir=${path.resolve(nodedir)}`] : [`--dist-url=${HEADERS_URL}`]),
  ];
  const log = fs.openSync(logFile, 'w');
  try {
    const result = spawnSync(process.execPath, gypArgs, {
      cwd,
      env: gypEnvironment(),
      stdio: verbose ? 'inherit' : ['ignore', log, log],
    });
    if (result.error) fs.writeSync(log, `\n${result.error.message}\n`);
    return result.status === 0;
  } finally {
    fs.closeSync(log);
  }
}

/**
 * npm passes its config to scripts as npm_config_* variables, and node-gyp obeys them: a user-wide
 * `nodedir`, `target` or `runtime` (this machine's ~/.npmrc sets nodedir) would silently build
 * against Node's headers instead of Electron's. Our flags must be the only say.
 */
function gypEnvironment() {
  const overriding = new Set(['nodedir', 'target', 'runtime', 'disturl', 'dist_url', 'devdir', 'arch', 'target_arch', 'tarball']);
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    const match = /^npm_config_(.+)$/i.exec(key);
    if (match && overriding.has(match[1].toLowerCase().replaceAll('-', '_'))) continue;
    env[key] = value;
  }
  return env;
}

/** One plain sentence for the usual causes; the full node-gyp output stays in the log. */
function explainFailure(log) {
  const where = `see ${path.relative(root, logFile)}`;
  // Judge by node-gyp's error lines only: its info lines mention Python and downloads on success too.
  const errors = log
    .split('\n')
    .filter((line) => /\bERR!|\berror\b/i.test(line))
    .join('\n');
  if (!nodedir && /network connectivity|proxy|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|certificate|40[34]/i.test(errors)) {
    return (
      `Could not download the Electron ${electronVersion} headers from ${HEADERS_URL} (this needs network access, ` +
      `or pass --nodedir=<unpacked headers> to build offline), so better-sqlite3 was not built for Electron; ${where}.`
    );
  }
  if (/find Python|Python is not set/i.test(errors)) {
    return `node-gyp could not find Python 3, which it needs to build better-sqlite3 for Electron; ${where}.`;
  }
  if (/not found: make|make: not found|Visual Studio|xcrun|g\+\+: not found|c\+\+: not found/i.test(errors)) {
    return `No C++ build tools were found (make and a C++20 compiler, Visual Studio on Windows, Xcode tools on macOS); ${where}.`;
  }
  return `node-gyp could not build better-sqlite3 for Electron ${electronVersion}; ${where}.`;
}

/** node-gyp from the project, else the copy npm bundles, else npm's own pointer to it. */
function findNodeGyp() {
  const candidates = [];
  try {
    candidates.push(createRequire(path.join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // Not a project dependency; fall through to npm's copy.
  }
  const nodeBin = path.dirname(process.execPath);
  candidates.push(
    path.join(nodeBin, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeBin, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) fail('node-gyp was not found in node_modules or in the npm that came with Node; install it with `npm install --no-save node-gyp`.');
  return found;
}

function readPackageVersion(name) {
  const file = path.join(root, 'node_modules', name, 'package.json');
  if (!fs.existsSync(file)) fail(`${name} is not installed; run \`npm install\` first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

function readOption(name) {
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === name && i + 1 < args.length) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return undefined;
}

function fail(sentence) {
  console.error(`rebuild:electron: ${sentence}`);
  process.exit(1);
}
