// Bundles the Node/Electron side into dist/: one CJS file per entry, so the packaged app needs no
// TypeScript loader and only the two modules that must stay outside a bundle: `electron` (provided
// by the runtime) and `better-sqlite3` (loads a native addon). `npm run build` runs this after vite.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const nodeSide = {
  platform: 'node',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
};

// The preload's allow-lists are the contract's keys, computed here at build time, so the sandboxed
// preload stays a few KiB instead of carrying zod and every schema just to read their names.
const contractKeys = await loadContractKeys();

const entries = [
  { name: 'main', from: 'electron/main/index.ts', to: 'dist/main/index.cjs', ...nodeSide },
  {
    name: 'preload',
    from: 'electron/preload/index.ts',
    to: 'dist/preload/index.cjs',
    // A sandboxed preload has no Node: `require` knows only electron (and a few web-ish modules).
    // Bundling for the browser platform makes esbuild refuse any node: import at build time
    // instead of the preload failing silently at run time. Electron 45 is Chromium 142.
    platform: 'browser',
    target: 'chrome140',
    external: ['electron'],
    plugins: [contractKeysPlugin(contractKeys)],
  },
  { name: 'launcher', from: 'electron/main/launch.ts', to: 'dist/main/launch.cjs', ...nodeSide },
  { name: 'cli', from: 'electron/main/cli/index.ts', to: 'dist/main/cli.cjs', ...nodeSide },
];

let failed = false;
for (const entry of entries) {
  if (!existsSync(path.join(root, entry.from))) {
    console.warn(`build: skipping ${entry.name}: ${entry.from} does not exist yet`);
    continue;
  }
  try {
    await build({
      absWorkingDir: root,
      entryPoints: [entry.from],
      outfile: entry.to,
      bundle: true,
      format: 'cjs',
      platform: entry.platform,
      target: entry.target,
      external: entry.external,
      plugins: entry.plugins ?? [],
      // Readable names in main-process stack traces and logs; nothing is minified.
      keepNames: true,
      legalComments: 'none',
      sourcemap: false,
      logLevel: 'warning',
    });
  } catch {
    // esbuild has already printed the errors with file and line.
    failed = true;
    continue;
  }
  if (entry.name === 'preload') failed = !checkPreloadRequires(entry.to) || failed;
  const kib = (statSync(path.join(root, entry.to)).size / 1024).toFixed(0);
  console.log(`build: ${entry.from} → ${entry.to} (${kib} KiB)`);
}

if (failed) {
  console.error('build: failed');
  process.exit(1);
}

/** Bundles shared/ipc/contract.ts in memory and reads CHANNELS and EVENT_NAMES off it. */
async function loadContractKeys() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['shared/ipc/contract.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const contract = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { CHANNELS: [...contract.CHANNELS], EVENT_NAMES: [...contract.EVENT_NAMES] };
}

/** Serves the preload's import of shared/ipc/contract as just the two key lists. */
function contractKeysPlugin(keys) {
  return {
    name: 'contract-keys',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /[\\/]shared[\\/]ipc[\\/]contract(\.ts)?$/ }, () => ({
        path: 'contract-keys',
        namespace: 'contract-keys',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'contract-keys' }, () => ({
        contents: Object.entries(keys)
          .map(([name, list]) => `export const ${name} = ${JSON.stringify(list)};`)
          .join('\n'),
        loader: 'js',
      }));
    },
  };
}

/** The sandboxed preload may require `electron` and nothing else; anything more fails at run time. */
function checkPreloadRequires(file) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const required = new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]));
  required.delete('electron');
  if (required.size === 0) return true;
  console.error(`build: the preload requires ${[...required].join(', ')}; a sandboxed preload can only require electron`);
  return false;
}
