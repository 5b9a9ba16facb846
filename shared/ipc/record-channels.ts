import type { z } from 'zod';
import { ById, Deleted, Page, RecordRemoval } from '../models/common';

/** The schemas a record type's five channels are made of. */
export type RecordChannelSchemas<
  Q extends z.ZodType,
  I extends z.ZodType,
  U extends z.ZodType,
  R extends z.ZodType,
  L extends z.ZodType,
> = {
  /** The list query (paging, search, filters, sort). */
  query: Q;
  /** What a create sends. */
  input: I;
  /** What an edit sends (`UpdateOf(input)`, plus anything the type adds). */
  update: U;
  /** The record as get, create and update answer it. */
  record: R;
  /** A list row, when lists show less (or other) than the record; the record otherwise. */
  row?: L;
};

export type RecordChannels<
  P extends string,
  Q extends z.ZodType,
  I extends z.ZodType,
  U extends z.ZodType,
  R extends z.ZodType,
  L extends z.ZodType,
> = { [K in `${P}:list`]: { input: Q; output: ReturnType<typeof Page<L>> } } & {
  [K in `${P}:get`]: { input: typeof ById; output: R };
} & { [K in `${P}:create`]: { input: I; output: R } } & { [K in `${P}:update`]: { input: U; output: R } } & {
  [K in `${P}:delete`]: { input: typeof RecordRemoval; output: typeof Deleted };
} & { [K in `${P}:restore`]: { input: typeof RecordRemoval; output: R } };

/**
 * A record type's `<types>:list | get | create | update | delete | restore` channels from its
 * schemas, so entering a type in the contract is one line and every type's channels have the same
 * shape. A delete says why (`RecordRemoval`), and so does the restore that undoes it: each reason
 * is kept in the record's history.
 */
export function recordChannels<
  const P extends string,
  Q extends z.ZodType,
  I extends z.ZodType,
  U extends z.ZodType,
  R extends z.ZodType,
  L extends z.ZodType = R,
>(prefix: P, schemas: RecordChannelSchemas<Q, I, U, R, L>): RecordChannels<P, Q, I, U, R, L> {
  const row = (schemas.row ?? schemas.record) as L;
  return {
    [`${prefix}:list`]: { input: schemas.query, output: Page(row) },
    [`${prefix}:get`]: { input: ById, output: schemas.record },
    [`${prefix}:create`]: { input: schemas.input, output: schemas.record },
    [`${prefix}:update`]: { input: schemas.update, output: schemas.record },
    [`${prefix}:delete`]: { input: RecordRemoval, output: Deleted },
    [`${prefix}:restore`]: { input: RecordRemoval, output: schemas.record },
  } as RecordChannels<P, Q, I, U, R, L>;
}
