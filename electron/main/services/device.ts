import type { Db } from '../db/connection';
import { readMeta, writeMeta } from '../db/repos/local-meta-repo';
import { newId } from './service-context';

/** This installation's id, made once and kept in the local-only table. */
export function deviceId(db: Db): string {
  const known = readMeta(db, 'device_id');
  if (known) return known;
  const id = newId();
  writeMeta(db, 'device_id', id);
  return id;
}
