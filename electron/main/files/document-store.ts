import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

const SHA256 = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Content-addressed files under `<dataDir>/documents/<sha256>`: identical files are stored once,
 * and a stored file can always be checked against its name.
 */
export class DocumentStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'documents');
  }

  private pathFor(sha256: string): string {
    if (!SHA256.test(sha256)) throw new AppError('VALIDATION', 'document.notAHash');
    return path.join(this.root, sha256);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathFor(sha256));
  }

  /**
   * Writes the bytes to a temporary file, flushes it to disk and renames it into place, so a crash
   * never leaves a half-written document under a real hash. A file already there is kept only if
   * its bytes still hash to its name: a copy changed on disk is replaced by the genuine bytes, so
   * attaching the original again repairs it. Returns whether the file is new, and whether a damaged
   * copy was replaced.
   */
  put(bytes: Uint8Array): { sha256: string; created: boolean; repaired: boolean } {
    const sha256 = sha256Hex(bytes);
    const target = this.pathFor(sha256);
    const existed = fs.existsSync(target);
    if (existed && this.holds(target, sha256)) return { sha256, created: false, repaired: false };
    fs.mkdirSync(this.root, { recursive: true });
    const temp = path.join(this.root, `.incoming-${randomBytes(8).toString('hex')}`);
    try {
      const fd = fs.openSync(temp, 'wx', 0o600);
      try {
        fs.writeSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      // rename replaces an existing target in one step, so readers see the old or the new file.
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw new AppError('IO', 'document.storeFailed', { reason: (error as NodeJS.ErrnoException).code ?? 'write failed' });
    }
    return { sha256, created: !existed, repaired: existed };
  }

  /** Whether the file at `file` still hashes to `sha256`; an unreadable file does not. */
  private holds(file: string, sha256: string): boolean {
    try {
      return sha256Hex(fs.readFileSync(file)) === sha256;
    } catch {
      return false;
    }
  }

  /** Reads a stored file and checks it still matches its hash. */
  read(sha256: string): Buffer {
    const file = this.pathFor(sha256);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'document.fileMissing');
    const bytes = fs.readFileSync(file);
    if (sha256Hex(bytes) !== sha256) {
      throw new AppError('TAMPERED', 'document.fileTampered');
    }
    return bytes;
  }

  /** Removes a file written for a save that then failed (only if nothing else refers to it). */
  discard(sha256: string): void {
    fs.rmSync(this.pathFor(sha256), { force: true });
  }

  /** Clears temporary files a crash may have left behind. */
  sweep(): void {
    if (!fs.existsSync(this.root)) return;
    for (const name of fs.readdirSync(this.root)) {
      if (name.startsWith('.incoming-')) fs.rmSync(path.join(this.root, name), { force: true });
    }
  }
}
