import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { parseAck, READY_LINE, type AcknowledgedWrite } from './acknowledged-write';
import { verifyRegister } from './verify-register';

// `npm run test:crash [-- --kills N --seed S]`: a child writes agreements, documents and signing
// records through the real core in a loop; this parent SIGKILLs it at random moments, then checks
// the register as the next start would find it (verify-register.ts). One data folder for the whole
// run, so each start also recovers from the previous kill's WAL and half-written files.
//
// Starting the child is the cost that bounds the run, so it is bundled once into one CJS file and
// started with plain node (no TypeScript loader per fork).

const root = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const KILLS = Number(option('--kills') ?? 300);
const SEED = Number(option('--seed') ?? Date.now() % 2 ** 31);
if (!Number.isInteger(KILLS) || KILLS < 1 || !Number.isInteger(SEED)) {
  console.error('Usage: npm run test:crash -- [--kills N] [--seed S]  (N ≥ 1, S an integer)');
  process.exit(2);
}
/** Share of kills aimed at start-up (opening, WAL recovery, the document sweep) rather than the write loop. */
const STARTUP_SHARE = 0.2;
/** Longest wait after READY before the kill: long enough for several write cycles. */
const MAX_WRITE_MS = 300;

/** mulberry32: small, seeded, so a failing run can be replayed with its --seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

async function bundleChild(): Promise<string> {
  // Inside the project (test-results/ is ignored) so the bundle's require('better-sqlite3') resolves.
  const outfile = path.join(root, 'test-results', 'crash', 'child.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['test/crash/child.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}

type Round = { acks: AcknowledgedWrite[]; killedBeforeReady: boolean; exitedOnItsOwn: string | null; readyMs: number | null };

/** One life of the child: start it, kill it at a random moment, collect what it acknowledged. */
function runChild(childFile: string, dataDir: string, next: () => number, typicalReadyMs: number): Promise<Round> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [childFile, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let readyMs: number | null = null;
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    const killBeforeReady = next() < STARTUP_SHARE;
    if (killBeforeReady) timer = setTimeout(kill, next() * typicalReadyMs);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (readyMs === null && stdout.startsWith(`${READY_LINE}\n`)) {
        readyMs = performance.now() - started;
        if (!killBeforeReady) timer = setTimeout(kill, next() * MAX_WRITE_MS);
      }
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Only complete lines count: a line the kill cut short was never acknowledged.
      const lines = stdout.split('\n').slice(0, -1);
      const acks = lines.map(parseAck).filter((ack): ack is AcknowledgedWrite => ack !== null);
      const exitedOnItsOwn = killed ? null : `exit code ${code ?? signal}: ${stderr.trim() || '(no message)'}`;
      resolve({ acks, killedBeforeReady: killBeforeReady && readyMs === null, exitedOnItsOwn, readyMs });
    });
  });
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const childFile = await bundleChild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-crash-'));
  const next = random(SEED);
  const allAcks: AcknowledgedWrite[] = [];
  const counts = { agreement: 0, document: 0, signing: 0 };
  let killsAtStartup = 0;
  let typicalReadyMs = 300;

  console.log(`Crash harness: ${KILLS} kills, seed ${SEED}, data in ${dataDir}`);
  for (let kill = 1; kill <= KILLS; kill++) {
    const round = await runChild(childFile, dataDir, next, typicalReadyMs);
    if (round.readyMs !== null) typicalReadyMs = 0.8 * typicalReadyMs + 0.2 * round.readyMs;
    if (round.killedBeforeReady) killsAtStartup++;
    for (const ack of round.acks) counts[ack.kind]++;
    allAcks.push(...round.acks);

    const problems = round.exitedOnItsOwn ? [`the child stopped before it was killed (${round.exitedOnItsOwn})`] : [];
    if (problems.length === 0) {
      try {
        problems.push(...(await verifyRegister(dataDir, allAcks, round.acks)));
      } catch (error) {
        // The register would not even open: the worst finding of all, reported like the others.
        problems.push(`a fresh core could not open the register: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (problems.length > 0) {
      console.error(`\nFAILED after kill ${kill} (seed ${SEED}); the data folder is kept: ${dataDir}`);
      for (const problem of problems.slice(0, 20)) console.error(`  - ${problem}`);
      if (problems.length > 20) console.error(`  … and ${problems.length - 20} more`);
      process.exit(1);
    }
    if (kill % 25 === 0) console.log(`  ${kill} kills, ${allAcks.length} acknowledged writes, all present`);
  }

  const seconds = (performance.now() - startedAt) / 1000;
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(
    [
      `Crash harness passed: ${KILLS} SIGKILLs (${killsAtStartup} during start-up, ${KILLS - killsAtStartup} in the write loop) in ${seconds.toFixed(1)} s.`,
      `  ${allAcks.length} acknowledged writes all present: ${counts.agreement} agreements, ${counts.document} documents, ${counts.signing} signing records.`,
      '  After every kill: PRAGMA integrity_check ok, no dangling foreign keys, signing chain intact through a fresh core.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`Crash harness could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
