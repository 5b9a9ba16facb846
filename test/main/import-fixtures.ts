import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { TestCore } from './fixtures';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'imports');

export function fixtureBytes(name: string): Buffer {
  return fs.readFileSync(path.join(DIR, name));
}

/** The messy 44-row register (test/fixtures/imports/register-rows.ts) read through `imports:read`. */
export function readFixture(t: TestCore, name = 'register.csv', options: Record<string, unknown> = { homeOrganisation: 'Example University' }) {
  return t.call('imports:read', { fileName: name, contentBase64: fixtureBytes(name).toString('base64'), options });
}

export type ZipEntry = { name: string; data: Buffer; declaredSize?: number; stored?: boolean };

/**
 * A zip archive made by hand, so a test can make one lie about its sizes the way a zip bomb does.
 * `declaredSize` is what the archive claims an entry inflates to.
 */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const body = entry.stored ? entry.data : zlib.deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.stored ? 0 : 8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.stored ? 0 : 8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
