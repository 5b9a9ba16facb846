import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `content` so that after a crash or power cut the file holds either its old bytes or the
 * new ones, never nothing: a temp file is written and flushed, renamed into place, and the folder
 * flushed so the rename itself survives. The file is readable by its owner only.
 */
export function writeFileDurably(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  syncFolder(path.dirname(file));
}

/** Flushes a folder's entries (a rename or a new file) to disk; Windows cannot open folders, and needs no flush. */
export function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
