import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { openCore } from '../core';
import { currentUser, defaultDataDir, hasFlag, resolveDataDir } from '../data-dir';
import { backupDatabase, checkIntegrity } from '../db/backup';

const USAGE = `Usage: liaison <command> [--data-dir DIR]

Commands:
  info                 where the register lives and what it holds
  demo                 load the demo data into an empty register
  backup [FILE]        write a consistent copy of the register (default: backups/ in the data folder)
  check                run SQLite's integrity check on the register
`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--data-dir');
  if (!command || hasFlag(args, '--help')) {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
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
      default:
        process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } finally {
    core.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`liaison: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });

