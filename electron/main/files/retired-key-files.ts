import { randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseRetirement, type KeyRetirement } from '../crypto/key-retirement';

function fsyncFolder(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Destroys a retired private key: its bytes are overwritten with random data and flushed before
 * the file is unlinked, so the key is not left readable in the freed blocks of a plain file
 * system. (Copy-on-write file systems, SSD wear levelling and backups can still hold old copies:
 * the signed retirement, not the deletion, is what makes later signatures fail.)
 */
export function destroyKeyFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, randomFillSync(Buffer.alloc(size)), 0, size, 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.unlinkSync(file);
  fsyncFolder(path.dirname(file));
}

/**
 * The signed retirements, kept beside the keys as well as in the database: someone who rolls
 * the database back to before a rotation still leaves this copy behind. Written atomically.
 */
export function writeRetirementsFile(file: string, retirements: readonly KeyRetirement[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(retirements, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  fsyncFolder(path.dirname(file));
}

/** The retirements on disk; a missing or damaged file holds none (the database keeps its own copy). */
export function readRetirementsFile(file: string): KeyRetirement[] {
  if (!fs.existsSync(file)) return [];
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.map(parseRetirement).filter((r): r is KeyRetirement => r !== null) : [];
  } catch {
    return [];
  }
}
