import zlib from 'node:zlib';
import { AppError } from '../../../shared/errors';

/**
 * An XLSX file is a zip archive. A small archive can hold gigabytes once inflated (a zip bomb), and
 * the spreadsheet reader inflates everything it is given, so the archive is judged here first: from
 * the sizes its central directory declares, and then by inflating each entry with its declared size
 * as a hard limit, so an archive that lies about its sizes is stopped at the lie, not after it.
 */

/** What a register's workbook can reasonably hold once inflated; real ones are a few megabytes. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

type Entry = { name: string; method: number; compressedSize: number; size: number; localHeader: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function refuse(): never {
  throw new AppError('VALIDATION', 'import.zipUnreadable');
}

function endOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  return refuse();
}

function entries(bytes: Buffer): Entry[] {
  if (bytes.length < 22) refuse();
  const end = endOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: no register needs an archive that large.
  if (count === 0xffff || offset === 0xffffffff) throw new AppError('VALIDATION', 'import.zipTooLarge', { mib: MAX_INFLATED_BYTES / 1024 / 1024 });
  const found: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) refuse();
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    found.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return found;
}

/** The entry's compressed bytes, found through its local header. */
function dataOf(bytes: Buffer, entry: Entry): Buffer {
  const at = entry.localHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) refuse();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) refuse();
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Throws a VALIDATION error with a sentence when the archive would inflate past
 * `MAX_INFLATED_BYTES`, or when an entry inflates to more than it declares. Returns the entry names.
 */
export function checkZipArchive(bytes: Buffer, limit = MAX_INFLATED_BYTES): string[] {
  const list = entries(bytes);
  const tooLarge = () => new AppError('VALIDATION', 'import.zipTooLarge', { mib: Math.round(limit / 1024 / 1024) });
  const declared = list.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limit) throw tooLarge();
  for (const entry of list) {
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw tooLarge();
      continue;
    }
    if (entry.method !== 8) refuse();
    try {
      // One byte more than declared is enough to catch a lie, and no more is ever inflated.
      const out = zlib.inflateRawSync(dataOf(bytes, entry), { maxOutputLength: entry.size + 1 });
      if (out.length !== entry.size) throw tooLarge();
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      refuse();
    }
  }
  return list.map((entry) => entry.name);
}
