import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { openCore } from '../core';
import { currentUser, databasePath, defaultDataDir, hasFlag, readFlag, resolveDataDir } from '../data-dir';
import { openDatabase } from '../db/connection';
import { verifyExport } from '../exports/verify-export';
import { keyIdOf, parsePublicKey } from '../crypto/public-keys';
import { backupDatabase, checkIntegrity } from '../db/backup';

const USAGE = `Usage: liaison <command> [--data-dir DIR]

Commands:
  info                 where the register lives and what it holds
  demo                 load the demo data into an empty register
  backup [FILE]        write a consistent copy of the register (default: backups/ in the data folder)
  check                run SQLite's integrity check on the register
  verify FILE [--key PUBLIC_KEY_FILE]
                       check a signed MOU summary (JSON or Markdown export). With --key, no
                       register is needed; without it, the keys of the register in --data-dir
  verify-chain         walk the register's signing records and name the first broken link
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
  const core = openCore({ dataDir, actor: currentUser(), mode: 'browser', version: 'cli', offerDemo: true });
  try {
    const call = async (channel: string, input: unknown = {}) => {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
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
      case 'backup': {
        core.close();
        const target = rest[0] ?? path.join(dataDir, 'backups', `liaison-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
        await backupDatabase(dataDir, path.resolve(target));
        process.stdout.write(`Backed up to ${path.resolve(target)}\n`);
        return 0;
      }
      case 'check': {
        core.close();
        const problems = checkIntegrity(dataDir);
        process.stdout.write(problems.length ? `${problems.join('\n')}\n` : 'ok\n');
        return problems.length ? 1 : 0;
      }
      case 'verify-chain': {
        const report = (await call('signing:verify')) as { intact: boolean; records: number; reason?: string };
        process.stdout.write(report.intact ? `intact (${report.records} records)\n` : `BROKEN: ${report.reason}\n`);
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

/**
 * The public keys a register trusts, read without changing anything: verifying a file must not
 * create a register (or a key) where there was none.
 */
function registerKeys(dataDir: string): Map<string, string> {
  if (!fs.existsSync(databasePath(dataDir))) return new Map();
  const db = openDatabase(databasePath(dataDir), { readonly: true });
  try {
    const hasKeys = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'office_keys'").get();
    const rows = hasKeys ? (db.prepare('SELECT key_id, public_key FROM office_keys').all() as Array<{ key_id: string; public_key: string }>) : [];
    return new Map(rows.map((row) => [row.key_id, row.public_key]));
  } finally {
    db.close();
  }
}

/** Exit codes: 0 valid, 1 tampered, 3 unknown key, 4 not a Liaison export, 2 usage. */
async function verifyCommand(file: string | undefined, args: string[]): Promise<number> {
  if (!file) {
    process.stderr.write(USAGE);
    return 2;
  }
  const bytes = fs.readFileSync(path.resolve(file));
  const keyFile = readFlag(args, '--key');
  let trusted: Map<string, string>;
  if (keyFile) {
    const key = parsePublicKey(fs.readFileSync(path.resolve(keyFile), 'utf8'));
    if (!key) throw new Error(`${keyFile} is not an Ed25519 public key.`);
    trusted = new Map([[keyIdOf(key), key.export({ type: 'spki', format: 'pem' }).toString()]]);
  } else {
    trusted = registerKeys(resolveDataDir(args, process.env, defaultDataDir()));
  }
  const result = verifyExport(bytes, trusted);
  process.stdout.write(`${result.status.toUpperCase()}: ${result.message}\n`);
  if (result.title) process.stdout.write(`Agreement: ${result.title}\n`);
  return { valid: 0, tampered: 1, unknown_key: 3, not_liaison: 4 }[result.status];
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`liaison: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });

