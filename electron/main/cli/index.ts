import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { openCore } from '../core';
import { currentUser, databasePath, defaultDataDir, hasFlag, readFlag, resolveDataDir } from '../data-dir';
import { openDatabase } from '../db/connection';
import type { VerifyResult } from '../../../shared/models/export';
import type { ChainReport } from '../../../shared/models/signing';
import { verifyExport, type TrustedKeys } from '../exports/verify-export';
import { keyIdOf, parsePublicKey } from '../crypto/public-keys';
import { parseRetirement, retirementHolds, retirementTimes } from '../crypto/key-retirement';
import { trustedRetirementRows } from '../db/repos/keys-repo';
import { readRetirementsFile } from '../files/retired-key-files';
import { backupDatabase, checkIntegrity } from '../db/backup';
import { trustedKeyRows } from '../db/repos/keys-repo';
import { LATEST_VERSION } from '../db/migrations/index';
import { inspectRegisterFile } from '../db/register-file';
import { storageFault } from '../db/register-faults';
import { claimDataFolder } from '../files/instance-lock';
import { ensurePrivateDir } from '../files/private-modes';
import { backupsDir, listBackups, restoreBackup } from '../services/backup-service';

const USAGE = `Usage: liaison <command> [--data-dir DIR]

Commands:
  info                 where the register lives and what it holds
  demo                 load the demo data into an empty register
  backup [FILE]        write a consistent copy of the register (default: backups/ in the data folder);
                       safe while Liaison is open
  backups              list the backups in the data folder, newest first
  restore FILE         put a backup in place of the register, after checking its integrity; the
                       register it replaces is kept in backups/. Liaison must be closed.
  check                run SQLite's integrity check on the register (works on a damaged one)
  verify FILE [--key PUBLIC_KEY_FILE]
                       check a signed MOU summary (JSON, Markdown or PDF export). With --key,
                       no register is needed; without it, the keys of the register in --data-dir.
                       Exit status: 0 VALID, 5 TAMPERED, 3 UNKNOWN_KEY, 4 not a Liaison export,
                       1 the check could not run (unreadable file or key), 2 usage
  verify-chain         walk the register's signing records and name every broken or missing one
`;

async function main(args: string[]): Promise<number> {
  const valued = new Set(['--data-dir', '--key']);
  const [command, ...rest] = args.filter((arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1]));
  if (!command || hasFlag(args, '--help')) {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'verify') return verifyCommand(rest[0], args);
  const dataDir = resolveDataDir(args, process.env, defaultDataDir());
  // These read the register file directly, never through the core: they must work while the app
  // has the folder open (backup) and on a register the core refuses to open (check, restore).
  if (command === 'check') return checkCommand(dataDir);
  if (command === 'backup') return backupCommand(dataDir, rest[0]);
  if (command === 'backups') return listCommand(dataDir);
  if (command === 'restore') return restoreCommand(dataDir, rest[0]);
  const core = openCore({ dataDir, actor: currentUser(), mode: 'browser', version: 'cli', offerDemo: true, backgroundJobs: false });
  try {
    const call = async (channel: string, input: unknown = {}) => {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw AppError.fromShape(result.error);
      return result.value;
    };
    switch (command) {
      case 'info': {
        const overview = (await call('agreements:overview')) as { total: number; byStatus: Record<string, number> };
        process.stdout.write(`Data folder: ${dataDir}\nAgreements: ${overview.total}\n`);
        for (const [status, n] of Object.entries(overview.byStatus)) if (n) process.stdout.write(`  ${status}: ${n}\n`);
        return 0;
      }
      case 'demo': {
        const loaded = (await call('demo:load')) as { organisations: number; people: number; agreements: number };
        process.stdout.write(`Loaded ${loaded.agreements} agreements, ${loaded.organisations} organisations and ${loaded.people} people.\n`);
        return 0;
      }
      case 'verify-chain': {
        const report = (await call('signing:verify')) as ChainReport;
        process.stdout.write(
          report.intact ? `intact (${report.records} records)\n` : report.problems.map((problem) => `BROKEN: ${problem.reason}\n`).join(''),
        );
        return report.intact ? 0 : 1;
      }
      default:
        process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } finally {
    core.close();
  }
}

function checkCommand(dataDir: string): number {
  const problems = checkIntegrity(dataDir);
  process.stdout.write(problems.length ? `${problems.join('\n')}\n` : 'ok\n');
  return problems.length ? 1 : 0;
}

async function backupCommand(dataDir: string, file: string | undefined): Promise<number> {
  const state = inspectRegisterFile(databasePath(dataDir));
  if (state.kind !== 'sqlite') {
    process.stderr.write(`liaison backup: there is no register to back up at ${databasePath(dataDir)} (${state.kind === 'missing' ? 'no file' : 'the file is not a usable register; run liaison check'}).\n`);
    return 1;
  }
  const target = path.resolve(file ?? path.join(backupsDir(dataDir), `liaison-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`));
  try {
    await backupDatabase(dataDir, target);
  } catch (error) {
    throw storageFault(error, path.dirname(target)) ?? error;
  }
  process.stdout.write(`Backed up to ${target}\n`);
  return 0;
}

function listCommand(dataDir: string): number {
  const entries = listBackups(dataDir);
  if (!entries.length) {
    process.stdout.write(`No backups in ${backupsDir(dataDir)}.\n`);
    return 0;
  }
  for (const entry of entries) {
    process.stdout.write(`${entry.savedAt.toISOString()}  ${entry.kind.padEnd(14)}  ${String(Math.ceil(entry.size / 1024)).padStart(8)} KiB  ${entry.file}\n`);
  }
  return 0;
}

function restoreCommand(dataDir: string, file: string | undefined): number {
  if (!file) {
    process.stderr.write(`liaison restore: name the backup to restore (\`liaison backups\` lists them).\n\n${USAGE}`);
    return 2;
  }
  // Holding the folder makes sure no Liaison has the register open while it is replaced.
  ensurePrivateDir(dataDir);
  const lock = claimDataFolder(dataDir);
  try {
    const result = restoreBackup(dataDir, file, { latestVersion: LATEST_VERSION, now: new Date() });
    process.stdout.write(`Restored ${result.restored}.\n`);
    if (result.setAside) process.stdout.write(`The register it replaced is kept as ${result.setAside}.\n`);
    return 0;
  } finally {
    lock.release();
  }
}

/**
 * The public keys a register trusts, with whose they are, read without changing anything:
 * verifying a file must not create a register (or a key) where there was none.
 */
function registerKeys(dataDir: string): TrustedKeys {
  if (!fs.existsSync(databasePath(dataDir))) return new Map();
  const db = openDatabase(databasePath(dataDir), { readonly: true });
  try {
    const rows = trustedKeyRows(db);
    // When our own keys stopped signing: the signed retirements in the register and beside the keys.
    const own = rows.filter((row) => row.origin === 'own').map((row) => ({ keyId: row.key_id, publicKeyPem: row.public_key, retiredAt: row.retired_at }));
    const retired = retirementTimes(own, [...trustedRetirementRows(db), ...readRetirementsFile(path.join(dataDir, 'keys', 'retirements.json'))]);
    return new Map(
      rows.map((row) => [row.key_id, { publicKeyPem: row.public_key, label: row.label, origin: row.origin, retiredAt: retired.get(row.key_id) ?? null }] as const),
    );
  } finally {
    db.close();
  }
}

/** The one key given with --key, named by the label in our key file or else by the file's name. */
function keyFileKeys(keyFile: string): TrustedKeys {
  const content = fs.readFileSync(path.resolve(keyFile), 'utf8');
  const key = parsePublicKey(content);
  if (!key) throw new Error(`${keyFile} is not an Ed25519 public key (PEM or a Liaison key file).`);
  let label = path.basename(keyFile);
  let retiredAt: string | null = null;
  const keyId = keyIdOf(key);
  try {
    const parsed = JSON.parse(content) as { label?: unknown; retirement?: { successorPublicKeyPem?: unknown } };
    if (typeof parsed.label === 'string' && parsed.label.trim()) label = parsed.label;
    if (parsed.retirement !== undefined) {
      // A retirement that does not hold is refused outright: the key file was edited.
      const retirement = parseRetirement(parsed.retirement);
      const successorPem = parsed.retirement?.successorPublicKeyPem;
      if (!retirement || retirement.retiredKeyId !== keyId || typeof successorPem !== 'string' || !retirementHolds(retirement, successorPem)) {
        throw new Error(`${keyFile} says its key was retired, but that retirement is not signed by the key that replaced it.`);
      }
      retiredAt = retirement.retiredAt;
    }
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // PEM text: the file name is the only name it has.
  }
  return new Map([[keyId, { publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString(), label, origin: 'key-file', retiredAt }]]);
}

/** Exit codes, one per verdict; 1 (Node's own for a failure) means the check itself could not run. */
const VERIFY_EXIT = { valid: 0, error: 1, usage: 2, unknown_key: 3, not_liaison: 4, tampered: 5 } as const;

/** Anything bigger is not an export of ours; reading it whole would only cost memory. */
const MAX_VERIFY_BYTES = 256 * 1024 * 1024;

/** Why a file could not be read, in a sentence rather than an errno. */
function unreadable(error: unknown, fallback: string): string {
  const { code, path: where = fallback } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return `${where} does not exist.`;
  if (code === 'EISDIR') return `${where} is a folder, not a file.`;
  if (code === 'EACCES' || code === 'EPERM') return `${where} cannot be read: permission denied.`;
  return error instanceof Error ? error.message : String(error);
}

function readExport(file: string, trusted: TrustedKeys): VerifyResult {
  const size = fs.statSync(path.resolve(file)).size;
  if (size > MAX_VERIFY_BYTES) {
    return {
      status: 'not_liaison',
      message: `${file} is ${Math.round(size / 1024 / 1024)} MiB, far larger than any Liaison signed summary.`,
      keyId: null,
      signedAt: null,
      title: null,
      parts: [],
      signer: null,
      fingerprint: null,
      digests: [],
      fileKind: null,
    };
  }
  return verifyExport(fs.readFileSync(path.resolve(file)), trusted);
}

async function verifyCommand(file: string | undefined, args: string[]): Promise<number> {
  if (!file) {
    process.stderr.write(USAGE);
    return VERIFY_EXIT.usage;
  }
  let result: VerifyResult;
  try {
    const keyFile = readFlag(args, '--key');
    const trusted = keyFile ? keyFileKeys(keyFile) : registerKeys(resolveDataDir(args, process.env, defaultDataDir()));
    result = readExport(file, trusted);
  } catch (error) {
    process.stderr.write(`liaison verify: the check could not run: ${unreadable(error, file)}\n`);
    return VERIFY_EXIT.error;
  }
  const out = [`${result.status.toUpperCase()}: ${result.message}`];
  if (result.title) out.push(`Agreement: ${result.title}`);
  if (result.fingerprint) out.push(`Key fingerprint: ${result.fingerprint}`);
  if (result.digests.length) {
    out.push('Section digests (SHA-256), to compare with a printed copy:');
    const width = Math.max(...result.digests.map((d) => d.section.length));
    for (const d of result.digests) out.push(`  ${d.section.padEnd(width)}  ${d.sha256}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return VERIFY_EXIT[result.status];
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`liaison: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });

