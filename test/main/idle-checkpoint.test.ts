import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { idleCheckpoints } from '../../electron/main/db/idle-checkpoint';
import { tempDir } from './fixtures';

describe('idle checkpoints', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves saves in the write-ahead log and copies them into the register file once saving has paused', () => {
    vi.useFakeTimers();
    const file = path.join(tempDir(), 'register.sqlite');
    const db = openDatabase(file);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const idle = idleCheckpoints(db, { quietMs: 1000 });
    const fileSize = () => fs.statSync(file).size;
    const before = fileSize();
    // 1,200 saves of a page or two each, 10 ms apart: no checkpoint in any of them (SQLite's own
    // would have come in the save that took the log past 1,000 pages; the backstop is at 4,000).
    for (let i = 0; i < 1200; i += 1) {
      db.prepare('INSERT INTO notes (body) VALUES (?)').run('x'.repeat(3000));
      idle.wrote();
      vi.advanceTimersByTime(10);
    }
    expect(fileSize()).toBe(before);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
    vi.advanceTimersByTime(989);
    expect(fileSize()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(fileSize()).toBeGreaterThan(before + 1200 * 3000);
    // Nothing was lost on the way: the rows read back from the file after the log is gone.
    idle.stop();
    db.close();
    fs.rmSync(`${file}-wal`, { force: true });
    const reopened = openDatabase(file);
    expect(reopened.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 1200 });
    reopened.close();
  });

  it('does nothing once stopped, nor on a closed register', () => {
    vi.useFakeTimers();
    const file = path.join(tempDir(), 'register.sqlite');
    const db = openDatabase(file);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const idle = idleCheckpoints(db, { quietMs: 10 });
    const before = fs.statSync(file).size;
    db.prepare('INSERT INTO notes (body) VALUES (?)').run('x'.repeat(4000));
    idle.wrote();
    idle.stop();
    vi.advanceTimersByTime(100);
    expect(fs.statSync(file).size).toBe(before);
    idle.wrote();
    db.close();
    expect(() => vi.advanceTimersByTime(100)).not.toThrow();
  });
});
