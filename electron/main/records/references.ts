import { AppError, fieldIssue, type FieldIssue, type MessageKey } from '../../../shared/errors';
import { inTransaction, statement, type Db } from '../db/connection';
import type { ServiceContext } from '../services/service-context';
import type { MainTable } from './define-main-record';

/**
 * One record type pointing at another (an application at its applicant): declared once by the type
 * that points, so the type pointed at needs no edit when a new type starts pointing at it.
 */
export type Reference = {
  /** The field of the saved values holding the other record's id (null or '' when none). */
  field: string;
  /** The column holding it; it needs an index, since a delete counts the rows that name one id. */
  column: string;
  /** The record type pointed at (its table). */
  to: Pick<MainTable, 'kind' | 'exists'>;
  /** Said at `field` when a save names a record that does not exist (see `checkReferences`). */
  missing?: MessageKey;
  /**
   * Said, with `{count}` and the other record's `{kind}`, when that record is to be deleted while live
   * records of this type still point at it; the delete is refused.
   */
  blocksDelete?: MessageKey;
  /** This type's search text carries the other record's name: re-indexed whenever that record is edited. */
  searchesName?: boolean;
};

/** The references of a type whose saved values are `F`: a field that `F` lacks fails to compile. */
export function referencesOf<F>(list: ReadonlyArray<Reference & { field: keyof F & string }>): readonly Reference[] {
  return list;
}

/**
 * Refuses a save that names a record that does not exist (or was deleted), each at its own field.
 * Services call it from `prepare`, inside the write transaction.
 */
export function checkReferences(ctx: ServiceContext, values: object, references: readonly Reference[]): void {
  const issues: FieldIssue[] = [];
  for (const reference of references) {
    const id = (values as Record<string, unknown>)[reference.field];
    if (!reference.missing || typeof id !== 'string' || id === '') continue;
    if (!reference.to.exists(ctx.db, id)) issues.push(fieldIssue(reference.field, reference.missing));
  }
  if (issues.length === 1) throw new AppError('VALIDATION', issues[0].key, issues[0].params, issues);
  if (issues.length > 1) throw new AppError('VALIDATION', 'validation.several', undefined, issues);
}

/** A record type as the reference checks see it. */
type Referrer = { channels: string; table: MainTable; references?: readonly Reference[] };

function pointingAt(types: readonly Referrer[], kind: string) {
  return types.flatMap((type) => (type.references ?? []).filter((r) => r.to.kind === kind).map((reference) => ({ type, reference })));
}

function liveReferrers(db: Db, table: MainTable, column: string, id: string): string[] {
  const rows = statement(db, `SELECT id FROM ${table.spec.table} WHERE ${column} = ? AND deleted_at IS NULL`).all(id) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

type AnyHandler = (input: unknown) => unknown;

/** Runs a handler inside a transaction of the caller's; main's handlers write synchronously. */
function inSameTransaction(db: Db, run: () => unknown): unknown {
  return inTransaction(db, () => {
    const result = run();
    if (result instanceof Promise) throw new Error('A record handler that deletes or edits must not be async: its reference checks share its transaction.');
    return result;
  });
}

/**
 * Wraps every record type's delete, restore and edit handlers with what the types declared: a
 * delete is refused while live records point at the record (`blocksDelete`), a restore while a
 * record the restored one names is deleted, and an edit re-indexes those whose search text carries
 * its name (`searchesName`), in the same transaction as the write.
 */
export function withReferences<H extends object>(ctx: ServiceContext, types: readonly Referrer[], handlers: H): H {
  const wrapped = { ...handlers } as Record<string, AnyHandler>;
  for (const type of types) {
    const referrers = pointingAt(types, type.table.kind);
    const blocking = referrers.filter(({ reference }) => reference.blocksDelete);
    const indexing = referrers.filter(({ reference }) => reference.searchesName);
    const remove = wrapped[`${type.channels}:delete`];
    const update = wrapped[`${type.channels}:update`];
    // A prefix that names no handler would leave the guard out silently: refuse to start instead.
    if ((blocking.length && !remove) || (indexing.length && !update)) {
      throw new Error(`Record type "${type.table.kind}" is pointed at, but "${type.channels}" names none of its delete or update handlers.`);
    }
    if (blocking.length) {
      wrapped[`${type.channels}:delete`] = (input) =>
        inSameTransaction(ctx.db, () => {
          const { id } = input as { id: string };
          for (const { type: from, reference } of blocking) {
            const count = liveReferrers(ctx.db, from.table, reference.column, id).length;
            if (count > 0) throw new AppError('CONFLICT', reference.blocksDelete!, { count, kind: type.table.kind });
          }
          return remove(input);
        });
    }
    const restore = wrapped[`${type.channels}:restore`];
    if (type.references?.length && restore) {
      const named = type.references;
      wrapped[`${type.channels}:restore`] = (input) =>
        inSameTransaction(ctx.db, () => {
          const restored = restore(input) as Record<string, unknown>;
          for (const reference of named) {
            const id = restored[reference.field];
            if (typeof id === 'string' && id !== '' && !reference.to.exists(ctx.db, id)) {
              throw new AppError('CONFLICT', 'record.restoreNamesRemoved', { kind: reference.to.kind });
            }
          }
          return restored;
        });
    }
    if (indexing.length) {
      wrapped[`${type.channels}:update`] = (input) =>
        inSameTransaction(ctx.db, () => {
          const result = update(input);
          const { id } = input as { id: string };
          for (const { type: from, reference } of indexing) {
            for (const referrer of liveReferrers(ctx.db, from.table, reference.column, id)) from.table.reindex(ctx.db, referrer);
          }
          return result;
        });
    }
  }
  return wrapped as H;
}
