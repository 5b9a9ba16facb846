import { AppError } from '../../../shared/errors';
import { statement, type Db } from './connection';
import { decodeCursor, encodeCursor } from './list-cursor';
import type { NameColumns } from './name-keys';
import { defineRecordIndexing } from './record-indexing';
import { defineRecordRows, type ColumnSpec, type RecordMeta, type RowStamp } from './record-rows';
import { searchClause, searchCount, type SearchTarget } from './search-index';

export { jsonColumn, type Codec, type RecordMeta, type RowStamp } from './record-rows';

/**
 * A WHERE fragment with its positional parameters. `anyOf` says the clause is the same as "any of
 * these": a list then walks each alternative through its own index and merges them in sort order
 * (SQLite's MERGE of a UNION ALL), instead of sorting every match of `status IN (…)`.
 *
 * `drive` is the same filter as the ids it lets through (`SELECT agreement_id FROM …`), read from
 * an index. Written as `sql` the filter is tested on each row a list walks in sort order (one seek
 * per row: cheap while matches are common); when they are few, walking would pass most of the
 * register to find a page, so the list starts from these ids and sorts them instead.
 *
 * `keys` (a search's) is the same filter as rows of the search index; a list filtered by
 * search words alone is counted there.
 */
export type Clause = { sql: string; params: unknown[]; anyOf?: Clause[]; drive?: Sql; keys?: Sql };

export type ListQuery = {
  search?: string;
  sort: string;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
  /** Keyset paging: the `next` of the previous page. Deep pages seek to it instead of counting off `offset` rows. */
  after?: string;
  [filter: string]: unknown;
};

/**
 * A sort key. Its expression must never be NULL (a NULL key cannot be sought past). A nullable
 * column sorts by stand-ins that keep its NULLs last both ways: `{ nullable: 'a.signed_on', high:
 * "'~'", low: "''" }` is keyed `ifnull(column, high)` ascending and `ifnull(column, low)`
 * descending, and one index on `ifnull(column, high)` serves both: a descending page walks it
 * back over the values, then over the NULLs (`ListSql.rest`) as a second statement.
 */
export type SortSpec = string | { expr: string; join?: string } | { nullable: string; high: string; low: string; join?: string };

/** A statement and its parameters, as the list runs it (tests read its plan, the benchmark runs it raw). */
export type Sql = { sql: string; params: unknown[] };

export type ListPage<R> = { rows: R[]; total: number; next?: string };

/**
 * The statements a list runs: its count and its page of ids, each ending `LIMIT ? OFFSET ?`. A
 * descending nullable sort has the `rest` of its page in a second walk (the NULLs, after every
 * value), with `skip` counting the rows before them.
 */
export type ListSql = { count: Sql; page: Sql; rest?: { page: Sql; skip: Sql } };

/** A row of a page of ids: the record's id, rowid and sort key (a page link is made of the last). */
export type PageRow = { id: string; rid: number; k: unknown };

export type RecordTableSpec<F, R> = {
  table: string;
  /** The table's alias in every query (`o` for organisations). */
  alias: string;
  /** The record kind: audit rows, change events and the search index use it. */
  kind: string;
  /** Each field the services set, and the column that holds it. */
  columns: { [K in keyof F]-?: ColumnSpec };
  /** Joins and computed columns that reading a record needs (the names of what it points at). */
  joins?: string;
  computed?: string;
  /**
   * The record as the app sees it, from its decoded fields with its bookkeeping, and the raw row
   * (for the names a join computed). Write it as one spread of `fields` plus what it adds: a
   * second spread in the same literal copies property by property (V8), ten times slower per row.
   */
  toRecord: (fields: F & RecordMeta, row: Record<string, unknown>) => R;
  /** List sort keys → SQL; a sort that needs a join names it (the id query joins only then). */
  sorts: Record<string, SortSpec>;
  /** List filters by query key → a clause, or null when the value asks for no filtering. */
  filters?: Record<string, (value: never, today: string) => Clause | null>;
  /**
   * Searchable text of the stored record, the words of its fields and of the names it shows: an SQL
   * expression over the table's alias and what `join` adds. The one expression serves a single
   * save (for one id) and a batch (for all its ids in one statement, see `addSearchTexts`).
   */
  searchText?: { text: string; join?: string };
  /**
   * A table of live-row counts kept by triggers (see migration 7), by the columns some filters
   * match on: a list whose only filters are these is counted from a few tally rows, not by reading
   * an index entry per record. Filter key → tally column.
   */
  tally?: Array<{ table: string; filters: Record<string, string> }>;
  /**
   * Where the record's names are, for a type whose duplicates a form warns of (organisations,
   * people): their match keys are kept in `name_keys` alongside the search index.
   */
  names?: NameColumns;
  /**
   * Bulk loads (issue 13): a batch that is large beside the table drops the table's non-unique
   * indexes and rebuilds each with one sort when the batch ends, in the same transaction, instead
   * of updating some thirty indexes row by row. `keep` names the indexes a create's own reads seek
   * on while the batch runs (unique indexes always stay: they are rules). `children` names the
   * tables a create also writes (an agreement's parties and signatories), whose indexes go and
   * come back the same way: nothing in a batch reads them before it ends, and the batch's search
   * text, which does, is written after the rebuild.
   */
  bulkLoad?: { keep: readonly string[]; children?: readonly string[] };
  /**
   * Other rows name this table's records by an integer key (`row_key`, migration 25: an
   * agreement's parties name the agreement and the organisation, a signatory the person), which
   * each insert gives.
   */
  rowKey?: boolean;
};

export type RecordTable<F, R> = {
  readonly kind: string;
  readonly spec: RecordTableSpec<F, R>;
  find(db: Db, id: string): R | null;
  /** Whether a live (not deleted) record has this id: a primary-key lookup. */
  exists(db: Db, id: string): boolean;
  /** About how many records the table holds, removed ones too (its highest rowid: a count would read an index). */
  size(db: Db): number;
  /** Reads many records by id in one query, in the order given (missing ones are skipped). */
  findMany(db: Db, ids: readonly string[]): R[];
  list(db: Db, query: ListQuery, today: string): ListPage<R>;
  /**
   * The count and page-of-ids statements `list` runs for this query; `fromMatches` is the page
   * that starts from a filter's few matches (`list` chooses it from the count: `startsFromMatches`).
   */
  listSql(query: ListQuery, today: string, fromMatches?: boolean): ListSql;
  startsFromMatches(db: Db, query: ListQuery, today: string, total: number): boolean;
  insert(db: Db, id: string, fields: F, stamp: RowStamp): void;
  update(db: Db, id: string, fields: F, stamp: RowStamp): void;
  tombstone(db: Db, id: string, stamp: RowStamp): void;
  /** A removed record's last stamp (its tombstone's `updated_at`), or null when it is live or never was. */
  removedAt(db: Db, id: string): string | null;
  /** Brings a tombstoned row back and into the indexes it was taken out of. */
  untombstone(db: Db, id: string, stamp: RowStamp): void;
  /** Rewrites the record's row in the search index from what is stored now. */
  reindex(db: Db, id: string): void;
  /** Indexes a record made in this write, which has no row in the search index yet (a batch's). */
  indexNew(db: Db, id: string): void;
  /** `indexNew` for each record a batch made; after a bulk load the search index is merged (`loadSearchTexts`). */
  indexBatch(db: Db, ids: readonly string[]): void;
  /** Rebuilds this type's whole search index (after an upgrade that changes what is indexed). */
  rebuildSearch(db: Db): void;
  /** The stored fields of a record (or of anything carrying them, such as a detail view). */
  fieldsOf(record: F): F;
  /**
   * Before a batch of `rows` creates, inside its transaction: drops the indexes `bulkLoad` lets
   * go when the batch is large beside the table, and returns what rebuilds them (null when the
   * indexes stay). A batch that fails rolls the drop back with everything else.
   */
  deferIndexes(db: Db, rows: number): (() => void) | null;
};

/**
 * Runs a page's statements as `list` does: the page, and when a descending nullable sort's values
 * run out before the page is full, its NULLs (from their start, unless an offset page lies beyond
 * every value; a page link seeks by key). Tests and the benchmark read pages through it too.
 */
export function readPage(db: Db, { page, rest }: Pick<ListSql, 'page' | 'rest'>, query: Pick<ListQuery, 'limit' | 'offset' | 'after'>): PageRow[] {
  const found = statement(db, page.sql).all(...page.params) as PageRow[];
  if (!rest || found.length >= query.limit) return found;
  const past = found.length === 0 && !query.after && query.offset > 0;
  const offset = past ? Math.max(0, query.offset - (statement(db, rest.skip.sql).get(...rest.skip.params) as { n: number }).n) : 0;
  const params = [...rest.page.params.slice(0, -2), query.limit - found.length, offset];
  return [...found, ...(statement(db, rest.page.sql).all(...params) as PageRow[])];
}

/**
 * A batch this many rows long, and at least a quarter of the table, is a bulk load: it rebuilds the
 * table's indexes instead of updating them, and merges its search index afterwards.
 */
const BULK_LOAD_ROWS = 1000;

/** A filter value that asks for filtering (not absent, blank or an empty list). */
function isSet(value: unknown): boolean {
  return !(value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0));
}

/**
 * Whether a page of `limit` from `total` matches among `size` records is cheaper sorted from the
 * matches than found by walking the sort order: walking reads about limit × size ÷ total rows,
 * sorting about total.
 */
export function fewBeside(total: number, limit: number, size: number): boolean {
  return total === 0 || total * total <= Math.max(limit, 1) * size;
}

/**
 * A record table described once: the repo's find / list / insert / update / tombstone come from
 * it, so a new record type writes its column mapping, sorts and filters and nothing else. Lists
 * select the page's ids first (through the index that serves the filter and sort), then read the
 * full records of that page only.
 */
export function defineRecordTable<F, R>(spec: RecordTableSpec<F, R>): RecordTable<F, R> {
  const { table, alias } = spec;
  const read = `SELECT ${alias}.*${spec.computed ? `, ${spec.computed}` : ''} FROM ${table} ${alias} ${spec.joins ?? ''}`;
  const stored = defineRecordRows<F, R>(table, spec.columns, spec.toRecord, spec.rowKey);
  const searchTarget: SearchTarget = { kind: spec.kind, table };
  const indexing = defineRecordIndexing(spec);

  const findMany = (db: Db, ids: readonly string[]): R[] => {
    if (ids.length === 0) return [];
    const records = stored.read(db, `${read} WHERE ${alias}.id IN (SELECT value FROM json_each(?))`, JSON.stringify(ids));
    const byId = new Map(records.map((record) => [(record as { id: string }).id, record]));
    return ids.flatMap((id) => {
      const record = byId.get(id);
      return record ? [record] : [];
    });
  };

  const cursorScope = (query: ListQuery) => `${spec.kind}:${query.sort}:${query.dir}`;

  const filterClauses = (query: ListQuery, today: string): Clause[] => {
    const clauses: Clause[] = [];
    const search = query.search && spec.searchText ? searchClause(searchTarget, alias, query.search) : null;
    if (search) clauses.push(search);
    for (const [key, toClause] of Object.entries(spec.filters ?? {})) {
      if (!isSet(query[key])) continue;
      const clause = toClause(query[key] as never, today);
      if (clause) clauses.push(clause);
    }
    return clauses;
  };

  const countSql = (query: ListQuery, clauses: Clause[]): Sql => {
    const active = Object.keys(spec.filters ?? {}).filter((key) => isSet(query[key]));
    const tally = query.search ? undefined : spec.tally?.find((t) => active.every((key) => key in t.filters));
    if (tally) {
      const parts = active.map((key) => {
        const values = ([] as unknown[]).concat(query[key]);
        return { sql: `${tally.filters[key]} IN (${values.map(() => '?').join(', ')})`, params: values };
      });
      const where = parts.length ? `WHERE ${parts.map((p) => p.sql).join(' AND ')}` : '';
      return { sql: `SELECT coalesce(sum(n), 0) AS n FROM ${tally.table} ${where}`, params: parts.flatMap((p) => p.params) };
    }
    // A search and nothing else is counted in the search index, without reading the records.
    if (clauses.length === 1 && clauses[0].keys) return searchCount(clauses[0].keys);
    // A count reads every match, so a filter that can name its ids is counted from them.
    const counted = clauses.map((c) => (c.drive ? driven(c.drive) : c));
    const where = [`${alias}.deleted_at IS NULL`, ...counted.map((c) => c.sql)].join(' AND ');
    return { sql: `SELECT count(*) AS n FROM ${table} ${alias} WHERE ${where}`, params: counted.flatMap((c) => c.params) };
  };

  // The highest rowid stands in for the table's size: a count would read an index.
  const tableSize = (db: Db): number => (statement(db, `SELECT ifnull(max(rowid), 0) AS n FROM ${table}`).get() as { n: number }).n;

  /** Whether a batch of `rows` is a bulk load: long, and at least a quarter of the table. */
  const largeBeside = (db: Db, rows: number): boolean => rows >= BULK_LOAD_ROWS && rows * 4 >= tableSize(db);

  const driven = (ids: Sql): Clause => ({ sql: `${alias}.id IN (${ids.sql})`, params: ids.params });

  const fewMatches = (db: Db, total: number, limit: number): boolean => fewBeside(total, limit, tableSize(db));

  /** Whether this query's page, with `total` matches, starts from the ids a filter names. */
  const startsFrom = (db: Db, query: ListQuery, clauses: Clause[], total: number): boolean =>
    clauses.some((c) => c.drive) && fewMatches(db, total, query.limit);

  /**
   * The sort's key for this query's direction. A descending nullable sort walked through its index
   * is keyed by the ascending stand-in and read as two ranges: the values, then the NULLs (keyed
   * `low` so that their page links compare below every value). Sorted from a few matches, the
   * descending key itself.
   */
  const sortKey = (query: ListQuery, drive: boolean): { expr: string; join: string; nulls?: { values: string; missing: string; low: string } } => {
    const sort = spec.sorts[query.sort] ?? Object.values(spec.sorts)[0];
    if (typeof sort === 'string') return { expr: sort, join: '' };
    const join = sort.join ?? '';
    if ('expr' in sort) return { expr: sort.expr, join };
    const expr = `ifnull(${sort.nullable}, ${sort.high})`;
    if (query.dir !== 'desc') return { expr, join };
    if (drive) return { expr: `ifnull(${sort.nullable}, ${sort.low})`, join };
    return { expr, join, nulls: { values: `${expr} < ${sort.high}`, missing: `${expr} = ${sort.high}`, low: sort.low } };
  };

  /**
   * The page's ids, through the index that serves the filter and sort: ties broken by rowid (the
   * last column of every index, so the tie-break costs nothing); a cursor seeks past the previous
   * page's last key; an `anyOf` filter becomes one index walk per alternative, merged in order.
   * A descending nullable sort's NULLs are `rest`: the page continues there when the values run
   * out, `skip` counting the values for an offset beyond them.
   */
  const pageSql = (query: ListQuery, clauses: Clause[], drive: boolean): Omit<ListSql, 'count'> => {
    const { expr, join, nulls } = sortKey(query, drive);
    const desc = query.dir === 'desc';
    const dir = desc ? 'DESC' : 'ASC';
    const fixed: Clause[] = [{ sql: `${alias}.deleted_at IS NULL`, params: [] }];
    const driver = drive ? clauses.find((c) => c.drive) : undefined;
    const split = driver ? undefined : clauses.find((c) => c.anyOf && c.anyOf.length > 1);
    for (const clause of clauses) if (clause !== split) fixed.push(clause === driver ? driven(clause.drive!) : clause);
    let offset = query.offset;
    let cursor: { key: string | number; rowid: number } | null = null;
    if (query.after) {
      cursor = decodeCursor(query.after, cursorScope(query));
      if (!cursor) throw new AppError('VALIDATION', 'list.staleLink');
      offset = 0;
    }
    const [cmp, cmpEq] = desc ? ['<', '<='] : ['>', '>='];
    const seek = (key: string): Clause[] =>
      cursor ? [{ sql: `${key} ${cmpEq} ? AND (${key} ${cmp} ? OR ${alias}.rowid ${cmp} ?)`, params: [cursor.key, cursor.key, cursor.rowid] }] : [];
    // `key` is what the rows are ordered and sought by; a constant key (the NULLs') orders by rowid alone.
    const walk = (key: string, range: Clause[], constant = false): Sql => {
      const where = [...fixed, ...range, ...seek(key)];
      const select = (extra: Clause | null): Sql => {
        const all = extra ? [...where, extra] : where;
        return {
          sql: `SELECT ${alias}.id AS id, ${alias}.rowid AS rid, ${key} AS k FROM ${table} ${alias} ${join} WHERE ${all.map((c) => c.sql).join(' AND ')}`,
          params: all.flatMap((c) => c.params),
        };
      };
      if (!split) {
        const one = select(null);
        // Starting from a few matches, the sort key is written so that no index can give the order
        // (unary + is a no-op on the value): the planner then reads the matches and sorts them.
        const order = driver
          ? `+${key} ${dir}, +${alias}.rowid ${dir}`
          : constant
            ? `${alias}.rowid ${dir}`
            : `${key} ${dir}, ${alias}.rowid ${dir}`;
        return { sql: `${one.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, params: [...one.params, query.limit, offset] };
      }
      const arms = split.anyOf!.map(select);
      return {
        sql: `${arms.map((a) => a.sql).join(' UNION ALL ')} ORDER BY ${constant ? '' : `k ${dir}, `}rid ${dir} LIMIT ? OFFSET ?`,
        params: [...arms.flatMap((a) => a.params), query.limit, offset],
      };
    };
    if (!nulls) return { page: walk(expr, []) };
    const values: Clause = { sql: nulls.values, params: [] };
    // Counted as a list's count is: a filter that names its ids from them, not tested per row.
    const counted = [fixed[0], ...clauses.map((c) => (c.drive ? driven(c.drive) : c)), values];
    return {
      page: walk(expr, [values]),
      rest: {
        page: walk(nulls.low, [{ sql: nulls.missing, params: [] }], true),
        skip: {
          sql: `SELECT count(*) AS n FROM ${table} ${alias} ${join} WHERE ${counted.map((c) => c.sql).join(' AND ')}`,
          params: counted.flatMap((c) => c.params),
        },
      },
    };
  };

  const listSql = (query: ListQuery, today: string, fromMatches = false): ListSql => {
    const clauses = filterClauses(query, today);
    return { count: countSql(query, clauses), ...pageSql(query, clauses, fromMatches) };
  };

  const startsFromMatches = (db: Db, query: ListQuery, today: string, total: number) => startsFrom(db, query, filterClauses(query, today), total);

  return {
    kind: spec.kind,
    spec,
    find(db, id) {
      return stored.read(db, `${read} WHERE ${alias}.id = ? AND ${alias}.deleted_at IS NULL`, id)[0] ?? null;
    },
    findMany,
    exists(db, id) {
      return statement(db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id) !== undefined;
    },
    size: tableSize,
    list(db, query, today) {
      const clauses = filterClauses(query, today);
      const count = countSql(query, clauses);
      const total = (statement(db, count.sql).get(...count.params) as { n: number }).n;
      const { page, rest } = pageSql(query, clauses, startsFrom(db, query, clauses, total));
      const found = readPage(db, { page, rest }, query);
      const last = found[found.length - 1];
      const next = found.length === query.limit && last ? encodeCursor(cursorScope(query), last.k, last.rid) : undefined;
      return { rows: findMany(db, found.map((row) => row.id)), total, ...(next ? { next } : {}) };
    },
    listSql,
    startsFromMatches,
    insert: stored.insert,
    update: stored.update,
    tombstone(db, id, stamp) {
      statement(db, `UPDATE ${table} SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(stamp.at, stamp.at, stamp.by, id);
      indexing.forget(db, id);
    },
    removedAt(db, id) {
      const row = statement(db, `SELECT updated_at AS at FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`).get(id) as { at: string } | undefined;
      return row?.at ?? null;
    },
    untombstone(db, id, stamp) {
      statement(db, `UPDATE ${table} SET deleted_at = NULL, updated_at = ?, updated_by = ? WHERE id = ?`).run(stamp.at, stamp.by, id);
      indexing.reindex(db, id);
    },
    reindex: indexing.reindex,
    indexNew: indexing.indexNew,
    indexBatch(db, ids) {
      indexing.indexBatch(db, ids, Boolean(spec.searchText) && largeBeside(db, ids.length));
    },
    rebuildSearch: indexing.rebuild,
    deferIndexes(db, rows) {
      if (!spec.bulkLoad || !db.inTransaction || !largeBeside(db, rows)) return null;
      const keep = new Set(spec.bulkLoad.keep);
      const tables = [table, ...(spec.bulkLoad.children ?? [])];
      const indexes = (
        statement(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN (SELECT value FROM json_each(?)) AND sql IS NOT NULL").all(
          JSON.stringify(tables),
        ) as Array<{ name: string; sql: string }>
      ).filter((index) => !keep.has(index.name) && !/^CREATE\s+UNIQUE\b/i.test(index.sql));
      for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
      return () => {
        for (const index of indexes) db.exec(index.sql);
      };
    },
    fieldsOf: stored.fieldsOf,
  };
}
