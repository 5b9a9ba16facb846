import { statement, type Db } from '../connection';

/** Local-only settings of this installation (device id, first-run state, index versions); never synced. */
export function readMeta(db: Db, key: string): string | null {
  const row = statement(db, 'SELECT value FROM local_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMeta(db: Db, key: string, value: string): void {
  statement(db, 'INSERT INTO local_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
