import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { LATEST_VERSION } from '../../electron/main/db/migrations/index';
import { backupDue, createBackup, listBackups, newestBackup, pruneBackups, restoreBackup } from '../../electron/main/services/backup-service';
import { openTestCore, tempDir } from './fixtures';

const run = promisify(execFile);

/** The CLI as users run it, from source, so these tests need no build. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.resolve('electron/main/cli/index.ts'), ...args], { env: { ...process.env, LIAISON_DATA_DIR: '' } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

async function organisationNames(dataDir: string): Promise<string[]> {
  const t = openTestCore({ dataDir });
  const page = await t.call('organisations:list', {});
  t.core.close();
  return page.rows.map((o) => o.name);
}

describe('scheduled backups', () => {
  it('is due when the newest is a day old, and keeps only the newest fourteen scheduled ones', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'KAIST', kind: 'university' });
    const db = openDatabase(t.dbFile, { readonly: true });
    const start = new Date('2026-03-01T09:00:00Z');
    expect(backupDue(t.dataDir, start)).toBe(true);
    for (let day = 0; day < 16; day += 1) {
      const entry = await createBackup(db, t.dataDir, 'scheduled', new Date(start.getTime() + day * 86_400_000));
      // Backdated as if made on that day, so "newest" is judged as it would be over two weeks.
      fs.utimesSync(entry.file, new Date(start.getTime() + day * 86_400_000), new Date(start.getTime() + day * 86_400_000));
    }
    const manual = await createBackup(db, t.dataDir, 'manual', new Date('2020-01-01T00:00:00Z'));
    fs.utimesSync(manual.file, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    db.close();
    expect(pruneBackups(t.dataDir)).toHaveLength(2);
    const kept = listBackups(t.dataDir);
    expect(kept.filter((b) => b.kind === 'scheduled')).toHaveLength(14);
    expect(kept.some((b) => b.file === manual.file)).toBe(true);
    const lastDay = new Date(start.getTime() + 15 * 86_400_000);
    expect(backupDue(t.dataDir, new Date(lastDay.getTime() + 3_600_000))).toBe(false);
    expect(backupDue(t.dataDir, new Date(lastDay.getTime() + 86_400_000))).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(kept[0].file).mode & 0o777).toBe(0o600);
  });
});

describe('restoring a backup', () => {
  it('puts a sound backup in place and keeps the register it replaced', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'Before', kind: 'university' });
    const db = openDatabase(t.dbFile, { readonly: true });
    const backup = await createBackup(db, t.dataDir, 'manual', new Date());
    db.close();
    await t.call('organisations:create', { name: 'After', kind: 'company' });
    t.core.close();
    const result = restoreBackup(t.dataDir, backup.file, { latestVersion: LATEST_VERSION, now: new Date() });
    expect(await organisationNames(t.dataDir)).toEqual(['Before']);
    expect(result.setAside).toMatch(/before-restore-/);
    const aside = tempDir();
    fs.copyFileSync(result.setAside!, databasePath(aside));
    if (fs.existsSync(`${result.setAside}-wal`)) fs.copyFileSync(`${result.setAside}-wal`, `${databasePath(aside)}-wal`);
    expect((await organisationNames(aside)).sort()).toEqual(['After', 'Before']);
    // What a restore set aside is not offered as "the newest backup".
    expect(newestBackup(t.dataDir)?.file).toBe(backup.file);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'Kept', kind: 'university' });
    t.core.close();
    const bad = path.join(tempDir(), 'bad.sqlite');
    fs.writeFileSync(bad, 'SQLite format 3\0 and then nothing useful');
    expect(() => restoreBackup(t.dataDir, bad, { latestVersion: LATEST_VERSION, now: new Date() })).toThrow(/failed its integrity check, so it was not restored/);
    expect(await organisationNames(t.dataDir)).toEqual(['Kept']);
  });
});

// Each CLI run compiles the sources with tsx: seconds, not milliseconds, on a busy machine.
describe('the CLI on a damaged or busy register', { timeout: 60_000 }, () => {
  it('restores the newest backup over an empty register, then checks it sound', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'KAIST', kind: 'university' });
    t.core.close();
    const dataDir = t.dataDir;
    const made = await cli('backup', '--data-dir', dataDir);
    expect(made).toMatchObject({ code: 0, out: expect.stringMatching(/^Backed up to /) });
    fs.writeFileSync(databasePath(dataDir), '');
    fs.rmSync(`${databasePath(dataDir)}-wal`, { force: true });

    const info = await cli('info', '--data-dir', dataDir);
    expect(info.code).toBe(1);
    expect(info.err).toMatch(/^liaison: The register .* is empty \(0 bytes\)/);
    expect(info.err).not.toMatch(/\n\s+at /);
    const check = await cli('check', '--data-dir', dataDir);
    expect(check).toMatchObject({ code: 1, out: `${databasePath(dataDir)} is empty (0 bytes): it holds no register.\n` });

    const backup = /liaison restore "([^"]+)"/.exec(info.err)![1];
    expect(await cli('restore', backup, '--data-dir', dataDir)).toMatchObject({ code: 0, out: expect.stringContaining(`Restored ${backup}.`) });
    expect(await cli('check', '--data-dir', dataDir)).toMatchObject({ code: 0, out: 'ok\n' });
    expect(await organisationNames(dataDir)).toEqual(['KAIST']);
  });

  it('refuses to restore while Liaison has the folder open, but backs up alongside it', async () => {
    const t = openTestCore();
    const backup = await cli('backup', '--data-dir', t.dataDir);
    expect(backup.code).toBe(0);
    const file = backup.out.replace(/^Backed up to /, '').trim();
    const refused = await cli('restore', file, '--data-dir', t.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`liaison: Liaison is already running on the data folder ${t.dataDir} (a desktop window, a browser-mode server or a command). Use that one, or close it and try again.\n`);
  });
});
