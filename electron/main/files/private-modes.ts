import fs from 'node:fs';

// Windows has no POSIX modes; the per-user profile folder already keeps others out there.
const POSIX = process.platform !== 'win32';

/** Creates `dir` (and parents) if needed and makes it private to the user, like keys/. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode does not change a folder that already exists (an older install made it 0755).
  if (POSIX) fs.chmodSync(dir, 0o700);
}

/** Makes an existing file private to the user; a file that is not there is left alone. */
export function makePrivate(file: string): void {
  if (!POSIX) return;
  try {
    fs.chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
