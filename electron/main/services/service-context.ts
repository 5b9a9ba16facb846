import { newRecordId } from './record-id';
import { inTransaction, type Db } from '../db/connection';
import type { DocumentStore } from '../files/document-store';

export type ChangeListener = (entity: string, id: string | null) => void;

/** What every service needs: the database, who is acting, a clock, and a way to announce changes. */
export type ServiceContext = {
  db: Db;
  actor: string;
  now: () => Date;
  onChange: ChangeListener;
  /** The content-addressed documents folder. */
  files: DocumentStore;
  /** This installation's id; signing records carry it so an office-wide chain can order them later. */
  deviceId: string;
};

export function newId(): string {
  return newRecordId();
}

export function timestamp(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}

/**
 * The only way services write: one IMMEDIATE transaction (rolled back on any throw), then a
 * `db:changed` notice once it has committed. Keeping every write here gives sync one place to hook.
 */
export function write<T>(ctx: ServiceContext, entity: string, fn: () => T): T {
  const result = inTransaction(ctx.db, fn);
  const id = (result as { id?: unknown } | null)?.id;
  ctx.onChange(entity, typeof id === 'string' ? id : null);
  return result;
}
