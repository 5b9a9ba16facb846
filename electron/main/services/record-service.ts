import { AppError } from '../../../shared/errors';
import { refreshStatistics } from '../db/statistics';
import type { RecordTable, RowStamp } from '../db/record-table';
import { changedFields, createdFields, recordAudit, recordBatchAudit, type AuditAction } from './audit-service';
import { assertFresh } from './concurrency';
import { newId, timestamp, write, type ServiceContext } from './service-context';

type Stored = { id: string; updatedAt: string };

export type RecordServiceSpec<F, R extends Stored> = {
  table: RecordTable<F, unknown>;
  /** What one record is called in messages ("organisation"). */
  noun: string;
  /** Reads the record as the app shows it; the table's own row when not given. */
  load?: (ctx: ServiceContext, id: string) => R | null;
};

export type Edit = { id: string; expectedUpdatedAt?: string };

/** A removal: which record, and why (every delete says; the reason is kept in its history). */
export type Removal = { id: string; reason: string };

/**
 * A type's save-time link checks, run on a record being restored: one that names a deleted record
 * cannot come back yet. A save names the fields at fault in its form; a restore has no form, so it
 * is refused as a CONFLICT that says so, the fields still listed.
 */
export function linksStillLive(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION') throw new AppError('CONFLICT', 'record.restoreLinksRemoved', undefined, error.issues);
    throw error;
  }
}

/**
 * One row of a batch write: its number as the caller counts rows (a file's row, a seed's place),
 * used to name it when it is refused, and the same `prepare`/`after` a single create takes.
 */
export type BatchRow<F> = { row: number; prepare: () => F; after?: (id: string, stamp: RowStamp) => void };

/**
 * What made a batch ("import", "demo", "bench"), said in its one audit entry. A caller writing
 * several batches as one (an import in chunks) says `auditedByCaller` and writes that one entry
 * itself with `recordBatchAudit`, naming every row.
 */
export type BatchSource = { source: string; sourceId?: string; auditedByCaller?: boolean };

export type BatchCreated = { id: string; updatedAt: string };

/** Rows from which a batch counts as a bulk write, after which the statistics are refreshed. */
const BULK = 1000;

/** Rows per step of `createManyInSteps`: a step is a few tens of milliseconds, so the window stays answered. */
const STEP_ROWS = 100;

export type RecordService<F, R extends Stored> = {
  /** The record, or NOT_FOUND when it never existed or was deleted. */
  get(ctx: ServiceContext, id: string): R;
  /**
   * Creates a record. `prepare` runs inside the write transaction: it checks the domain's rules
   * (throwing an AppError) and returns the fields to store; `after` writes what hangs off the new row.
   */
  create(ctx: ServiceContext, prepare: () => F, after?: (id: string, stamp: RowStamp) => void): R;
  /**
   * Creates many records in one transaction with the same rules as `create` (each row's `prepare`
   * and `after`), prepared statements reused row after row, and one audit entry for the batch that
   * names every row. The first row refused refuses the batch: nothing is kept, and the error names
   * that row's number and why.
   */
  createMany(ctx: ServiceContext, rows: readonly BatchRow<F>[], batch: BatchSource): BatchCreated[];
  /**
   * `createMany` for a caller that holds the transaction over a long batch (the import): the rows
   * go in steps, with `step(done)` awaited between them so progress reaches the window, and what
   * is done once per batch (search rows, index rebuild, audit) is done once for all of them. A
   * refused row throws as in `createMany`; the caller rolls its transaction back.
   */
  createManyInSteps(ctx: ServiceContext, rows: readonly BatchRow<F>[], batch: BatchSource, step: (done: number) => Promise<void>): Promise<BatchCreated[]>;
  /** Saves an edit, refusing it if the record moved on since the editor loaded it. */
  update(
    ctx: ServiceContext,
    edit: Edit,
    prepare: (before: R) => F,
    options?: { after?: (id: string, stamp: RowStamp, before: R) => void; action?: AuditAction; reason?: string },
  ): R;
  /** Tombstones the record, saying why (the reason goes in its audit row); `check` refuses while something still depends on it. */
  remove(ctx: ServiceContext, removal: Removal, check?: (before: R) => void): { id: string };
  /**
   * Brings a removed record back as it was, saying why (the reason goes in its audit row); `check`
   * refuses, rolling it back, when it cannot come back as it is (a record it names is gone too).
   */
  restore(ctx: ServiceContext, removal: Removal, check?: (restored: R) => void): R;
};

/**
 * The one way services write a record: one transaction, optimistic concurrency, the row, its
 * search text, an audit row (the whole record on create and delete, the changed fields on edits)
 * and a change event once committed. A service keeps only its domain rules.
 */
export function recordService<F, R extends Stored>(spec: RecordServiceSpec<F, R>): RecordService<F, R> {
  const { table, noun } = spec;
  const load = spec.load ?? ((ctx: ServiceContext, id: string) => table.find(ctx.db, id) as R | null);
  const get = (ctx: ServiceContext, id: string): R => {
    const record = load(ctx, id);
    if (!record) throw new AppError('NOT_FOUND', 'record.notFound', { noun });
    return record;
  };
  const stampOf = (ctx: ServiceContext): RowStamp => ({ at: timestamp(ctx), by: ctx.actor });
  /**
   * The stamp of a write to a stored record, always later than the one it replaces: editors prove
   * they saw the latest version by its `updatedAt`, and two saves in one millisecond (a save takes
   * about 1.5 ms at 100,000 agreements) would otherwise leave it unchanged, so a stale editor's save
   * would overwrite the one before it.
   */
  const stampAfter = (ctx: ServiceContext, previous: string): RowStamp => {
    const at = timestamp(ctx);
    return { at: at > previous ? at : new Date(Date.parse(previous) + 1).toISOString(), by: ctx.actor };
  };

  /**
   * One batch: each row by the rules of a create, then what is cheaper done once for all of them —
   * the search rows back to back (FTS5 writes out what it holds in memory whenever a statement
   * opens a savepoint, which an insert firing a trigger does, so indexing between the rows' inserts
   * cost a flush and a merge per row: most of a profiled 20,000-row batch), the list indexes of a
   * bulk load rebuilt, and the batch's one audit entry.
   */
  const startBatch = (ctx: ServiceContext, rows: readonly BatchRow<F>[], batch: BatchSource) => {
    const stamp = stampOf(ctx);
    const rebuildIndexes = table.deferIndexes(ctx.db, rows.length);
    const created: BatchCreated[] = [];
    return {
      add({ row, prepare, after }: BatchRow<F>) {
        try {
          const fields = prepare();
          const id = newId();
          table.insert(ctx.db, id, fields, stamp);
          after?.(id, stamp);
          created.push({ id, updatedAt: stamp.at });
        } catch (error) {
          if (error instanceof AppError) {
            throw new AppError(error.code === 'INTERNAL' ? 'INTERNAL' : 'VALIDATION', 'batch.rowFailed', { row, reason: error.message }, error.issues);
          }
          throw error;
        }
      },
      finish(): BatchCreated[] {
        // The indexes first: the search text of a record reads its children through theirs.
        rebuildIndexes?.();
        table.indexBatch(ctx.db, created.map((c) => c.id));
        if (created.length && !batch.auditedByCaller) {
          recordBatchAudit(ctx, {
            entity: table.kind,
            action: 'create',
            ids: created.map((c) => c.id),
            after: { batch: batch.source, ...(batch.sourceId ? { sourceId: batch.sourceId } : {}), count: created.length, rows: created.map((c, i) => ({ row: rows[i].row, id: c.id })) },
          });
        }
        return created;
      },
    };
  };

  return {
    get,
    create(ctx, prepare, after) {
      return write(ctx, table.kind, () => {
        const fields = prepare();
        const id = newId();
        const stamp = stampOf(ctx);
        table.insert(ctx.db, id, fields, stamp);
        after?.(id, stamp);
        table.indexNew(ctx.db, id);
        const created = get(ctx, id);
        recordAudit(ctx, { entity: table.kind, entityId: id, action: 'create', before: null, after: createdFields(created) });
        return created;
      });
    },
    createMany(ctx, rows, batch) {
      const created = write(ctx, table.kind, () => {
        const run = startBatch(ctx, rows, batch);
        rows.forEach(run.add);
        return run.finish();
      });
      // A batch can change the table's shape a lot: keep the planner's statistics current (issue 13),
      // once it has committed (the import's outer transaction does this after its own commit).
      if (rows.length >= BULK && !ctx.db.inTransaction) refreshStatistics(ctx.db);
      return created;
    },
    async createManyInSteps(ctx, rows, batch, step) {
      if (!ctx.db.inTransaction) throw new Error('createManyInSteps runs inside its caller’s transaction');
      const run = startBatch(ctx, rows, batch);
      for (let at = 0; at < rows.length; at += STEP_ROWS) {
        rows.slice(at, at + STEP_ROWS).forEach(run.add);
        await step(Math.min(at + STEP_ROWS, rows.length));
      }
      const created = run.finish();
      ctx.onChange(table.kind, null);
      return created;
    },
    update(ctx, edit, prepare, options = {}) {
      return write(ctx, table.kind, () => {
        const before = get(ctx, edit.id);
        assertFresh(before.updatedAt, edit.expectedUpdatedAt, noun);
        const fields = prepare(before);
        const stamp = stampAfter(ctx, before.updatedAt);
        table.update(ctx.db, edit.id, fields, stamp);
        options.after?.(edit.id, stamp, before);
        table.reindex(ctx.db, edit.id);
        const after = get(ctx, edit.id);
        recordAudit(ctx, {
          entity: table.kind,
          entityId: edit.id,
          action: options.action ?? 'update',
          ...changedFields(before, after),
          ...(options.reason === undefined ? {} : { reason: options.reason }),
        });
        return after;
      });
    },
    remove(ctx, { id, reason }, check) {
      return write(ctx, table.kind, () => {
        const before = get(ctx, id);
        check?.(before);
        table.tombstone(ctx.db, id, stampAfter(ctx, before.updatedAt));
        recordAudit(ctx, { entity: table.kind, entityId: id, action: 'delete', before, after: null, reason });
        return { id };
      });
    },
    restore(ctx, { id, reason }, check) {
      return write(ctx, table.kind, () => {
        const removedAt = table.removedAt(ctx.db, id);
        if (removedAt === null) {
          if (table.exists(ctx.db, id)) throw new AppError('CONFLICT', 'record.notRemoved', { noun });
          throw new AppError('NOT_FOUND', 'record.notFound', { noun });
        }
        table.untombstone(ctx.db, id, stampAfter(ctx, removedAt));
        const restored = get(ctx, id);
        check?.(restored);
        recordAudit(ctx, { entity: table.kind, entityId: id, action: 'restore', before: null, after: restored, reason });
        return restored;
      });
    },
  };
}
