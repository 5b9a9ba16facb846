import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { backupsDir } from '../../electron/main/services/backup-service';
import { PENDING_RESTORE_FILE } from '../../electron/main/services/pending-restore';
import { openTestCore, tempDir } from './fixtures';

async function names(t: ReturnType<typeof openTestCore>): Promise<string[]> {
  return (await t.call('organisations:list', {})).rows.map((o) => o.name).sort();
}

describe('restoring a backup from the app, at the next start', () => {
  it('backs up now, schedules the restore, and puts the backup in place when Liaison starts again', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'Before', kind: 'university' });
    const backup = await t.call('backups:create', {});
    expect(backup).toMatchObject({ kind: 'manual', name: expect.stringMatching(/^liaison-.*\.sqlite$/) });
    expect(backup.size).toBeGreaterThan(0);
    await t.call('organisations:create', { name: 'After', kind: 'company' });

    const pending = await t.call('backups:restore', { file: backup.name });
    expect(pending).toMatchObject({ name: backup.name, savedAt: backup.savedAt });
    expect(fs.existsSync(path.join(t.dataDir, PENDING_RESTORE_FILE))).toBe(true);
    // Nothing changes under the running app.
    expect(await names(t)).toEqual(['After', 'Before']);
    expect(await t.call('backups:list', {})).toMatchObject({ pending: { name: backup.name }, lastRestore: null });

    const next = t.reopen();
    expect(await names(next)).toEqual(['Before']);
    const overview = await next.call('backups:list', {});
    expect(overview.pending).toBeNull();
    expect(overview.lastRestore).toMatchObject({ status: 'restored', name: backup.name, setAside: expect.stringMatching(/^before-restore-/) });
    expect(fs.existsSync(path.join(t.dataDir, PENDING_RESTORE_FILE))).toBe(false);
    const aside = overview.backups.find((b) => b.kind === 'before-restore');
    expect(aside?.name).toBe(overview.lastRestore?.status === 'restored' ? overview.lastRestore.setAside : undefined);

    // The replaced register is kept whole: opened on its own, it still has both organisations.
    const elsewhere = tempDir();
    fs.copyFileSync(path.join(backupsDir(t.dataDir), aside!.name), databasePath(elsewhere));
    const walAside = path.join(backupsDir(t.dataDir), `${aside!.name}-wal`);
    if (fs.existsSync(walAside)) fs.copyFileSync(walAside, `${databasePath(elsewhere)}-wal`);
    next.core.close();
    expect(await names(openTestCore({ dataDir: elsewhere }))).toEqual(['After', 'Before']);

    // The start after that restores nothing again.
    const third = openTestCore({ dataDir: t.dataDir });
    expect(await names(third)).toEqual(['Before']);
    expect((await third.call('backups:list', {})).lastRestore).toBeNull();
  });

  it('refuses a damaged backup when it is chosen, and schedules nothing', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'Kept', kind: 'university' });
    fs.mkdirSync(backupsDir(t.dataDir), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(t.dataDir), 'liaison-damaged.sqlite'), 'SQLite format 3\0 and then nothing useful');
    const refused = await t.send('backups:restore', { file: 'liaison-damaged.sqlite' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'backup.failedCheck', message: expect.stringContaining('failed its integrity check') } });
    expect((await t.call('backups:list', {})).pending).toBeNull();
    expect(await names(t.reopen())).toEqual(['Kept']);
  });

  it('refuses a file outside backups/, however it is named', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'Kept', kind: 'university' });
    const outside = path.join(tempDir(), 'liaison-elsewhere.sqlite');
    fs.copyFileSync(t.dbFile, outside);
    for (const file of [outside, '../liaison.sqlite', `..${path.sep}liaison.sqlite`, 'sub/liaison-x.sqlite', '.partial-liaison-x.sqlite']) {
      const refused = await t.send('backups:restore', { file });
      expect(refused, file).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'backup.outsideFolder' } });
    }
    expect(await t.send('backups:restore', { file: 'liaison-none.sqlite' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'backup.notFound' } });
    expect(fs.existsSync(path.join(t.dataDir, PENDING_RESTORE_FILE))).toBe(false);
  });

  it('forgets a cancelled restore', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'Before', kind: 'university' });
    const backup = await t.call('backups:create', {});
    await t.call('organisations:create', { name: 'After', kind: 'company' });
    await t.call('backups:restore', { file: backup.name });
    expect(await t.call('backups:cancelRestore', {})).toEqual({ cancelled: true });
    expect(await t.call('backups:cancelRestore', {})).toEqual({ cancelled: false });
    const next = t.reopen();
    expect(await names(next)).toEqual(['After', 'Before']);
    expect((await next.call('backups:list', {})).lastRestore).toBeNull();
  });

  it('starts normally on the untouched register when the scheduled backup went bad, and says why', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'Before', kind: 'university' });
    const backup = await t.call('backups:create', {});
    await t.call('organisations:create', { name: 'After', kind: 'company' });
    await t.call('backups:restore', { file: backup.name });
    // Damaged between choosing it and the restart.
    fs.writeFileSync(path.join(backupsDir(t.dataDir), backup.name), 'SQLite format 3\0 broken since');

    const next = t.reopen();
    expect(await names(next)).toEqual(['After', 'Before']);
    const overview = await next.call('backups:list', {});
    expect(overview.lastRestore).toMatchObject({ status: 'failed', name: backup.name, key: 'backup.failedCheck' });
    expect(overview.pending).toBeNull();
    expect(overview.backups.some((b) => b.kind === 'before-restore')).toBe(false);
    expect(fs.existsSync(path.join(t.dataDir, PENDING_RESTORE_FILE))).toBe(false);
    expect(fs.existsSync(`${t.dbFile}.restoring`)).toBe(false);
  });
});
