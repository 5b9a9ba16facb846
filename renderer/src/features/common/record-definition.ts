import type { MessageKey } from '../../i18n';
import { PAGE_SIZE, type ListQueryBase } from '../../store';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';

/** A channel that answers a list query with a page of rows. */
export type ListChannel = {
  [C in Channel]: ChannelOutput<C> extends { rows: unknown[]; total: number } ? C : never;
}[Channel];

/**
 * What a record type's own pages need to know about it. Each feature folder defines its own (the
 * pages import that, never the registry, which imports the pages); `features/record-types.ts` adds
 * the pages and lists them all.
 */
export type RecordDefinition<
  A extends string = string,
  E extends string = string,
  R extends readonly string[] = readonly string[],
  C extends ListChannel = ListChannel,
  Q extends ListQueryBase & ChannelInput<C> = ListQueryBase & ChannelInput<C>,
> = {
  /** The route segment (`#/<area>`, `#/<area>/<id>/edit`, `#/<area>/new`) and the prefix of the list's texts. */
  area: A;
  /** What main calls one of these in `db:changed`; our own saves and deletes invalidate it. */
  entity: E;
  /** The sidebar's label, also the way back to the list from a record that could not be loaded. */
  nav: MessageKey;
  /** The kinds of record its list shows (a party's name, a count): a change to any of them re-runs the list. */
  reads: R;
  list: {
    channel: C;
    /** No filters, the default sort, the first page. "Clear filters" goes back to it but keeps the sort. */
    initialQuery: Q;
  };
};

/** Declares a record type's definition, keeping its area, entity and reads as literal types. */
export function defineRecord<
  const A extends string,
  const E extends string,
  const R extends readonly string[],
  C extends ListChannel,
  Q extends ListQueryBase & ChannelInput<C>,
>(definition: RecordDefinition<A, E, R, C, Q>): RecordDefinition<A, E, R, C, Q> {
  return definition;
}

type Paging = 'search' | 'sort' | 'dir' | 'offset' | 'limit';

/**
 * A list's query as the renderer keeps it, from its channel's input: search, sort and paging always
 * set, each filter optional (absent = not filtering). Deep pages' `after` is the list page's own.
 */
export type ListQueryOf<C extends ListChannel> = { [K in Paging & keyof ChannelInput<C>]-?: Exclude<ChannelInput<C>[K], undefined> } & {
  [K in Exclude<keyof ChannelInput<C>, Paging | 'after'>]?: ChannelInput<C>[K];
};

/** A definition's `list`: its channel, and the query it starts from (no search, no filter, the first page, in `order`). */
export function listOf<C extends ListChannel>(channel: C, order: ListOrder<C>): { channel: C; initialQuery: ListQueryOf<C> } {
  // Every list channel's query has these fields (ListQueryBase); the compiler cannot see it for a generic C.
  return { channel, initialQuery: { search: '', offset: 0, limit: PAGE_SIZE, ...order } as unknown as ListQueryOf<C> };
}

/** One of the list's sorts, and its direction. */
export type ListOrder<C extends ListChannel> = {
  sort: ChannelInput<C> extends { sort?: infer S } ? Exclude<S, undefined> : never;
  dir: 'asc' | 'desc';
};
