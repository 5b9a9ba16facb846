import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/main/core';
import { databasePath } from '../../electron/main/data-dir';
import { checkIntegrity } from '../../electron/main/db/backup';
import { openDatabase } from '../../electron/main/db/connection';
import { DatabaseTooNewError, migrate } from '../../electron/main/db/migrate';
import type { Migration } from '../../electron/main/db/migrations/index';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/db/migrations/index';
import { RegisterFault, storageFault } from '../../electron/main/db/register-faults';
import { FolderInUseError } from '../../electron/main/files/instance-lock';
import { openTestCore, tempDir } from './fixtures';

const open = (dataDir: string) => openCore({ dataDir, actor: 't', mode: 'browser', version: 'test', backgroundJobs: false });

/** A register with a key and a document beside it, then closed: what a user's folder looks like. */
async function usedFolder(): Promise<string> {
  const t = openTestCore();
  await t.call('organisations:create', { name: 'KAIST', kind: 'university' });
  fs.mkdirSync(path.join(t.dataDir, 'documents'), { recursive: true });
  fs.writeFileSync(path.join(t.dataDir, 'documents', 'a'.repeat(64)), 'bytes');
  t.core.close();
  return t.dataDir;
}

function refusal(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('a register file that is not one', () => {
  it('refuses a 0-byte register beside documents and keys, and names the newest backup', async () => {
    const dataDir = await usedFolder();
    fs.mkdirSync(path.join(dataDir, 'backups'));
    const backup = path.join(dataDir, 'backups', 'scheduled-2026-01-01T00-00-00-000Z.sqlite');
    fs.copyFileSync(databasePath(dataDir), backup);
    fs.writeFileSync(databasePath(dataDir), '');
    fs.rmSync(`${databasePath(dataDir)}-wal`, { force: true });
    const error = refusal(() => open(dataDir));
    expect(error).toBeInstanceOf(RegisterFault);
    expect(error.message).toMatch(/is empty \(0 bytes\), but this folder still holds the documents and keys of a register/);
    expect(error.message).toContain(`The newest backup is ${backup}`);
    expect(error.message).toContain(`liaison restore "${backup}"`);
    expect(fs.statSync(databasePath(dataDir)).size).toBe(0);
  });

  it('starts a new register over a 0-byte file with nothing beside it (a first start that crashed)', () => {
    const dataDir = tempDir();
    fs.writeFileSync(databasePath(dataDir), '');
    const core = open(dataDir);
    core.close();
    expect(fs.statSync(databasePath(dataDir)).size).toBeGreaterThan(0);
  });

  it('refuses a file of other data, unchanged, and says there is no backup', async () => {
    const dataDir = await usedFolder();
    fs.rmSync(`${databasePath(dataDir)}-wal`, { force: true });
    fs.writeFileSync(databasePath(dataDir), 'Dear diary, today I overwrote the register.'.repeat(100));
    const before = fs.readFileSync(databasePath(dataDir));
    const error = refusal(() => open(dataDir));
    expect(error.message).toMatch(/is not a Liaison database: it holds other data/);
    expect(error.message).toMatch(/There is no backup in the backups folder/);
    expect(fs.readFileSync(databasePath(dataDir)).equals(before)).toBe(true);
    expect(fs.existsSync(`${databasePath(dataDir)}-wal`)).toBe(false);
  });

  it('refuses a register cut short, unchanged', async () => {
    const dataDir = await usedFolder();
    const file = databasePath(dataDir);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const error = refusal(() => open(dataDir));
    expect(error.message).toMatch(/is cut short \(smaller than the database it describes\)/);
    expect(fs.statSync(file).size).toBe(Math.floor(whole.length / 2));
  });

  it('refuses a damaged page with a sentence, not SQLite’s message', async () => {
    const dataDir = await usedFolder();
    const file = databasePath(dataDir);
    const bytes = fs.readFileSync(file);
    // Page 1 holds the schema: scribbling over its b-tree makes every query fail as corrupt.
    bytes.fill(0xff, 100, 4096);
    fs.writeFileSync(file, bytes);
    const error = refusal(() => open(dataDir));
    expect(error).toBeInstanceOf(RegisterFault);
    expect(error.message).toMatch(/is damaged: SQLite found pages it cannot read. Run `liaison check`/);
    expect(error.message).not.toMatch(/malformed/);
  });

  it('refuses a newer schema before anything is written to it: not even switched to WAL', () => {
    const dataDir = tempDir();
    const raw = new Database(databasePath(dataDir));
    raw.pragma('journal_mode = DELETE');
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(databasePath(dataDir));
    expect(() => open(dataDir)).toThrow(DatabaseTooNewError);
    expect(fs.readFileSync(databasePath(dataDir)).equals(before)).toBe(true);
    expect(fs.existsSync(`${databasePath(dataDir)}-wal`)).toBe(false);
    // Byte 18/19 of the header say 1 for rollback journal, 2 for WAL.
    expect(before[18]).toBe(1);
  });
});

describe('liaison check on a damaged register', () => {
  it('reports what is wrong instead of failing to open', async () => {
    const dataDir = await usedFolder();
    const file = databasePath(dataDir);
    expect(checkIntegrity(dataDir)).toEqual([]);
    fs.writeFileSync(file, '');
    expect(checkIntegrity(dataDir)).toEqual([`${file} is empty (0 bytes): it holds no register.`]);
    fs.writeFileSync(file, 'not a database at all, just text');
    expect(checkIntegrity(dataDir)).toEqual([`${file} is not an SQLite database: it holds other data.`]);
  });

  it('lists the damage SQLite finds inside a readable file', async () => {
    const dataDir = await usedFolder();
    const file = databasePath(dataDir);
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // A page past the schema: the file opens, and the check names what it cannot read.
    bytes.fill(0x55, pageSize * 3, pageSize * 4);
    fs.writeFileSync(file, bytes);
    const problems = checkIntegrity(dataDir);
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('faults while writing', () => {
  it('says a full disk in a sentence', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'x.sqlite'));
    db.exec('CREATE TABLE t (x)');
    db.pragma('max_page_count = 2');
    // SQLite answers SQLITE_FULL exactly as it does when the disk itself is full.
    const error = refusal(() => db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000)));
    db.close();
    const fault = storageFault(error, dir);
    expect(fault?.kind).toBe('disk-full');
    expect(fault?.message).toBe(`The disk that holds ${dir} is full, so Liaison could not write to the register. Free some space on it and try again; what was saved before is intact.`);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('says a read-only folder in a sentence', () => {
    const parent = tempDir();
    const dataDir = path.join(parent, 'Liaison');
    fs.chmodSync(parent, 0o500);
    try {
      const error = refusal(() => open(dataDir));
      expect(error.message).toMatch(/^Liaison cannot write to .*: the folder or the register in it is read-only/);
    } finally {
      fs.chmodSync(parent, 0o700);
    }
  });

  it('maps the file system’s read-only refusals to the same sentence', () => {
    for (const code of ['EACCES', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']) {
      expect(storageFault(Object.assign(new Error('x'), { code }), '/data')?.kind, code).toBe('read-only');
    }
  });
});

describe('one Liaison per data folder', () => {
  it('refuses a second core on the same folder with a sentence, and allows it once the first closes', () => {
    const t = openTestCore();
    const error = refusal(() => open(t.dataDir));
    expect(error).toBeInstanceOf(FolderInUseError);
    expect(error.message).toBe(`Liaison is already running on the data folder ${t.dataDir} (a desktop window, a browser-mode server or a command). Use that one, or close it and try again.`);
    t.core.close();
    open(t.dataDir).close();
  });

  it('lets a migration that lost the race to another process find the work done', () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.sqlite');
    const first = openDatabase(file);
    const second = openDatabase(file);
    // The list hands out its pending steps only after `first` has run them all: exactly what
    // happens when two processes start together and `second` read user_version before `first` wrote.
    class RacedList extends Array<Migration> {
      override slice(start?: number, end?: number): Migration[] {
        migrate(first, MIGRATIONS, null);
        return [...this].slice(start, end);
      }
    }
    const raced = RacedList.from(MIGRATIONS) as RacedList;
    expect(migrate(second, raced, null)).toMatchObject({ from: 0, to: LATEST_VERSION });
    expect(second.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    first.close();
    second.close();
  });
});

describe('file modes', () => {
  it.skipIf(process.platform === 'win32')('keeps the data folder, the register and documents/ private to the user', async () => {
    const dataDir = await usedFolder();
    fs.chmodSync(dataDir, 0o755);
    open(dataDir).close();
    const mode = (p: string) => fs.statSync(p).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(databasePath(dataDir))).toBe(0o600);
    expect(mode(path.join(dataDir, 'documents'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'keys'))).toBe(0o700);
  });
});

describe('a damaged office-key file', () => {
  it('does not stop the app: the key screen shows it damaged, signing says what to do, rotating is the way on', async () => {
    const t = openTestCore();
    const { makeAgreement } = await import('./fixtures');
    const { agreement } = await makeAgreement(t);
    const [key] = await t.call('keys:list', {});
    const keyFile = path.join(t.dataDir, 'keys', `${key.keyId}.key`);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    fs.writeFileSync(keyFile, '');
    const again = t.reopen();
    expect(await again.call('keys:list', {})).toMatchObject([{ keyId: key.keyId, protection: 'damaged' }]);
    const refused = await again.send('exports:summary', { agreementId: agreement.id, format: 'json' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(!refused.ok && refused.error.message).toBe(
      `The office key file ${keyFile} is damaged (empty or unreadable), so Liaison cannot sign with this key. ` +
        'Restore the keys folder from your backup, or make a new key on the Office key screen (“Rotate key”); summaries signed with the old key still verify.',
    );
    await again.call('keys:rotate', {});
    expect(await again.send('exports:summary', { agreementId: agreement.id, format: 'json' })).toMatchObject({ ok: true });
  });
});
