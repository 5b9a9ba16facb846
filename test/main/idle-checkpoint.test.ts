import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { idleCheckpoints } from '../../electron/main/db/idle-checkpoint';
import { tempDir } from './fixtures';

/** A register with one table, its log emptied, and the idle checkpoints under fake timers. */
function register(quietMs: number) {
  vi.useFakeTimers();
  const file = path.join(tempDir(), 'register.sqlite');
  const db = openDatabase(file);
  db.exec('CREATE TABLE notes (body TEXT)');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const save = (bytes: number) => db.prepare('INSERT INTO notes (body) VALUES (?)').run('x'.repeat(bytes));
  return { file, db, save, idle: idleCheckpoints(db, { quietMs }), fileSize: () => fs.statSync(file).size };
}

describe('idle checkpoints', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves saves in the write-ahead log and copies them into the register file once saving has paused', () => {
    const { file, db, save, idle, fileSize } = register(1000);
    const before = fileSize();
    // 1,200 saves of a page or two each, 10 ms apart: no checkpoint in any of them (SQLite's own
    // would have come in the save that took the log past 1,000 pages; the backstop is at 4,000).
    for (let i = 0; i < 1200; i += 1) {
      save(3000);
      idle.wrote();
      vi.advanceTimersByTime(10);
    }
    expect(fileSize()).toBe(before);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
    vi.advanceTimersByTime(989);
    expect(fileSize()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(fileSize()).toBeGreaterThan(before + 1200 * 3000);
    // The register file alone, without its log, now holds every save.
    const copy = path.join(tempDir(), 'copy.sqlite');
    fs.copyFileSync(file, copy);
    const alone = openDatabase(copy, { readonly: true });
    expect(alone.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 1200 });
    alone.close();
    idle.stop();
    db.close();
  });

  it('leaves a log of at most 16 MiB on disk after a batch larger than that has been checkpointed', () => {
    const { file, db, save, idle } = register(1000);
    const logSize = () => fs.statSync(`${file}-wal`).size;
    // One batch of 24 MB: the log grows past the limit while it is written.
    db.transaction(() => {
      for (let i = 0; i < 6000; i += 1) save(4000);
    })();
    idle.wrote();
    expect(logSize()).toBeGreaterThan(24_000_000);
    vi.advanceTimersByTime(1000);
    // The next save starts the log again from its beginning and cuts the file down to the limit.
    save(100);
    expect(logSize()).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 6001 });
    idle.stop();
    db.close();
  });

  it('does nothing once stopped, nor on a closed register', () => {
    const { db, save, idle, fileSize } = register(10);
    const before = fileSize();
    save(4000);
    idle.wrote();
    idle.stop();
    vi.advanceTimersByTime(100);
    expect(fileSize()).toBe(before);
    idle.wrote();
    db.close();
    expect(() => vi.advanceTimersByTime(100)).not.toThrow();
  });
});
