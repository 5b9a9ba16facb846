import type { Channel } from '../../../shared/ipc/contract';
import type { Db } from '../db/connection';
import type { Handler } from '../ipc/register';
import type { ServiceContext } from '../services/service-context';
import type { Reference } from './references';

/** What the kit needs of a record table: its kind, its search index, and where its rows live. */
export type MainTable = {
  readonly kind: string;
  readonly spec: { readonly table: string };
  exists(db: Db, id: string): boolean;
  reindex(db: Db, id: string): void;
  rebuildSearch(db: Db): void;
};

/**
 * One record type as main serves it: its table, the records it points at, and the handlers of its
 * channels. `channels` is the prefix of those channels (`'intakes'` for `intakes:list` …), so the kit
 * knows which handler deletes and which edits a record of this type.
 */
export type MainRecord<C extends Channel> = {
  channels: string;
  table: MainTable;
  /** The records this type points at: checked on save, guarded on delete, followed in search. */
  references?: readonly Reference[];
  handlers: (ctx: ServiceContext) => { [K in C]: Handler<K> };
};

/**
 * Declares a record type's main module as one value, which `record-types.ts` lists in one line.
 * The handlers are typed from the contract: a name that is no channel, or a handler of the wrong
 * shape, fails to compile here; a channel that no record type handles fails to compile in core.
 */
export function defineMainRecord<C extends Channel>(record: MainRecord<C>): MainRecord<C> {
  return record;
}
