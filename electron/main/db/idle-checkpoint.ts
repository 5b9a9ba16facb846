import type { Db } from './connection';

/**
 * Copies the write-ahead log into the register file when the app is idle, not inside a save.
 *
 * SQLite checkpoints at the commit that takes the log past `wal_autocheckpoint` pages (1,000 by
 * default): at 100,000 agreements a save writes ~45 pages, so every twentieth save or so also
 * copied a thousand pages into the file and synced it (p95 of a create 5–20 ms against a median
 * under 2). Here the log is checkpointed a moment after the last save instead, when nobody waits
 * on it; a higher limit stays as a backstop for a long burst of saves with no pause. (An import
 * writes on a connection of its own, whose commit still checkpoints: it is one long write already.)
 * Durability is unchanged: every commit is synced to the log (`synchronous = FULL`); a checkpoint
 * only copies pages from the log into the file.
 */
export type IdleCheckpoints = {
  /** A write was committed: checkpoint once things have been quiet for a moment. */
  wrote(): void;
  stop(): void;
};

/** Pages the log may reach before a commit checkpoints anyway (16 MB at 4 KiB pages). */
const BACKSTOP_PAGES = 4000;

export function idleCheckpoints(db: Db, options: { quietMs?: number } = {}): IdleCheckpoints {
  const quietMs = options.quietMs ?? 1000;
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  let timer: NodeJS.Timeout | null = null;
  const checkpoint = () => {
    timer = null;
    // PASSIVE: copies what no reader still needs and never waits; a busy register tries next time.
    if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
  };
  return {
    wrote() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(checkpoint, quietMs);
      // A pending checkpoint never keeps the process alive (the CLI exits when its work is done).
      timer.unref();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
