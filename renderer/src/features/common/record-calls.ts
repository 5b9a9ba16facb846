import { send } from '../../ipc/client';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';

/** The prefixes that have a record type's channels (`intakes` for `intakes:get`, `intakes:create` …). */
export type RecordPrefix = { [C in Channel]: C extends `${infer P}:update` ? (`${P}:create` extends Channel ? P : never) : never }[Channel];

type ChannelOf<P extends RecordPrefix, Verb extends string> = Extract<`${P}:${Verb}`, Channel>;

/** A record of type `P` as `get`, `create` and `update` answer it. */
export type RecordOf<P extends RecordPrefix> = ChannelOutput<ChannelOf<P, 'get'>>;
/** What a form of type `P` saves: the create input, which is also an edit's `values`. */
export type ValuesOf<P extends RecordPrefix> = ChannelInput<ChannelOf<P, 'create'>>;

/** What every stored record carries: its id, and the version an edit must start from. */
export type StoredRecord = { id: string; updatedAt: string };

/**
 * A record type's own calls, by its channels' prefix: so a page of the kit can load, save and delete
 * any record type without naming its channels one by one.
 */
export function recordCalls<P extends RecordPrefix>(prefix: P) {
  // The channel is built from the prefix, which the compiler cannot follow; the types above can.
  const call = (verb: string, input: unknown) => send(`${prefix}:${verb}` as Channel, input as never) as Promise<unknown>;
  return {
    get: (id: string) => call('get', { id }) as Promise<RecordOf<P>>,
    /** Deletes the record, saying why (main keeps the reason in its history). */
    remove: (id: string, reason: string) => call('delete', { id, reason }),
    /** Brings a deleted record back, saying why. */
    restore: (id: string, reason: string) => call('restore', { id, reason }),
    /** Creates the record, or saves an edit of `base` (main refuses it when someone saved since: CONFLICT). */
    save: (values: ValuesOf<P>, base?: StoredRecord) =>
      (base ? call('update', { id: base.id, expectedUpdatedAt: base.updatedAt, values }) : call('create', values)) as Promise<RecordOf<P>>,
  };
}
