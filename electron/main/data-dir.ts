import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Liaison';
export const DATABASE_FILE = 'liaison.sqlite';

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

/**
 * Where Electron's `app.getPath('userData')` puts a "Liaison" app on each platform. Browser mode
 * and the CLI use the same folder so all three see one register.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** `--data-dir <dir>` or `--data-dir=<dir>` beats `LIAISON_DATA_DIR`, which beats the default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const fromArgs = readFlag(argv, '--data-dir');
  const chosen = fromArgs ?? (env.LIAISON_DATA_DIR?.trim() || undefined) ?? fallback;
  return path.resolve(chosen);
}

export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === name && i + 1 < argv.length) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

export function hasFlag(argv: readonly string[], name: string): boolean {
  return argv.includes(name);
}

/** Who the audit log names: the OS account, as the office knows its staff by their logins. */
export function currentUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
