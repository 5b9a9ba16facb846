import fs from 'node:fs';

/** What is on disk where the register should be, judged from its bytes before SQLite touches it. */
export type RegisterFileState =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'truncated'; size: number; expected: number }
  | { kind: 'sqlite'; userVersion: number };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

/**
 * Reads the 100-byte SQLite header (https://sqlite.org/fileformat.html#the_database_header):
 * magic, page size, page count and `user_version` (our schema version). Reading it is the only way
 * to judge a file without SQLite first rewriting it (it would switch a newer file to WAL).
 */
export function inspectRegisterFile(file: string): RegisterFileState {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return { kind: 'empty' };
    const header = Buffer.alloc(HEADER_BYTES);
    const read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    if (read < MAGIC.length || !header.subarray(0, MAGIC.length).equals(MAGIC)) return { kind: 'not-sqlite' };
    if (read < HEADER_BYTES) return { kind: 'truncated', size, expected: HEADER_BYTES };
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pageCount = header.readUInt32BE(28);
    // The page count is trusted only when the writer that set it also set "version valid for".
    const countValid = header.readUInt32BE(24) === header.readUInt32BE(92) && pageCount > 0;
    if (countValid && size < pageSize * pageCount) return { kind: 'truncated', size, expected: pageSize * pageCount };
    return { kind: 'sqlite', userVersion: header.readInt32BE(60) };
  } finally {
    fs.closeSync(fd);
  }
}
