import { statement, type Db } from '../db/connection';
import { newId } from './service-context';

/** This installation's id, made once and kept in the local-only table. */
export function deviceId(db: Db): string {
  const row = statement(db, "SELECT value FROM local_meta WHERE key = 'device_id'").get() as { value: string } | undefined;
  if (row) return row.value;
  const id = newId();
  statement(db, "INSERT INTO local_meta (key, value) VALUES ('device_id', ?)").run(id);
  return id;
}
