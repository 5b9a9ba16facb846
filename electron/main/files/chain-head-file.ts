import fs from 'node:fs';
import { writeFileDurably } from './durable-write';
import type { SignedHead } from '../services/signing-chain';

/**
 * The signed chain head, kept beside the office key as well as in the database: someone who
 * rolls the database back (or deletes its newest signing records and the head stored with them)
 * still leaves this copy behind. Written atomically: temp file, fsync, rename, fsync of the folder.
 */
export function writeHeadFile(file: string, head: SignedHead): void {
  writeFileDurably(file, `${JSON.stringify(head)}\n`);
}

/** The head on disk; null when there is none. A damaged file reads as a head no key signed. */
export function readHeadFile(file: string): SignedHead | null {
  if (!fs.existsSync(file)) return null;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SignedHead>;
    return {
      count: Number(parsed.count),
      hash: String(parsed.hash),
      signedFrom: Number(parsed.signedFrom),
      keyId: String(parsed.keyId),
      signature: String(parsed.signature),
    };
  } catch {
    return { count: 0, hash: '', signedFrom: 1, keyId: '', signature: '' };
  }
}
