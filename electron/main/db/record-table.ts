import { statement, type Db } from './connection';
import { clearSearch, deleteSearchText, searchClauses, writeSearchText } from './search-index';

/** Who wrote a row, and when: every shared table carries it. */
export type RowStamp = { at: string; by: string };

/** The bookkeeping columns every record has, as the app sees them. */
export type RecordMeta = { id: string; createdAt: string; updatedAt: string; updatedBy: string };

/** How a field is kept in its column when it is not stored as it is (lists and objects as JSON). */
export type Codec = { encode: (value: never) => unknown; decode: (raw: never) => unknown };

export const jsonColumn = (column: string) => ({
  column,
  codec: { encode: (value: unknown) => JSON.stringify(value), decode: (raw: string) => JSON.parse(raw) as unknown } as Codec,
});

type ColumnSpec = string | { column: string; codec: Codec };

/** A WHERE fragment with its positional parameters. */
export type Clause = { sql: string; params: unknown[] };

export type ListQuery = {
  search?: string;
  sort: string;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
  [filter: string]: unknown;
};

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
  /** The record as the app sees it, from its decoded fields, its bookkeeping and the raw row. */
  toRecord: (fields: F, meta: RecordMeta, row: Record<string, unknown>) => R;
  /** List sort keys → SQL; a sort that needs a join names it (the id query joins only then). */
  sorts: Record<string, string | { expr: string; join: string }>;
  /** List filters by query key → a clause, or null when the value asks for no filtering. */
  filters?: Record<string, (value: never, today: string) => Clause | null>;
  /** Searchable text of the stored record: the words of its fields and of the names it shows. */
  searchText?: (db: Db, id: string) => string;
};

export type RecordTable<F, R> = {
  readonly kind: string;
  readonly spec: RecordTableSpec<F, R>;
  find(db: Db, id: string): R | null;
  /** Whether a live (not deleted) record has this id: a primary-key lookup. */
  exists(db: Db, id: string): boolean;
  /** Reads many records by id in one query, in the order given (missing ones are skipped). */
  findMany(db: Db, ids: readonly string[]): R[];
  list(db: Db, query: ListQuery, today: string): { rows: R[]; total: number };
  insert(db: Db, id: string, fields: F, stamp: RowStamp): void;
  update(db: Db, id: string, fields: F, stamp: RowStamp): void;
  tombstone(db: Db, id: string, stamp: RowStamp): void;
  /** Rewrites the record's row in the search index from what is stored now. */
  reindex(db: Db, id: string): void;
  /** Rebuilds this type's whole search index (after an upgrade that changes what is indexed). */
  rebuildSearch(db: Db): void;
  /** The stored fields of a record (or of anything carrying them, such as a detail view). */
  fieldsOf(record: F): F;
};

function columnName(spec: ColumnSpec): string {
  return typeof spec === 'string' ? spec : spec.column;
}

/**
 * A record table described once: the repo's find / list / insert / update / tombstone come from
 * it, so a new record type writes its column mapping, sorts and filters and nothing else. Lists
 * select the page's ids first (through the index that serves the filter and sort), then read the
 * full records of that page only.
 */
export function defineRecordTable<F, R>(spec: RecordTableSpec<F, R>): RecordTable<F, R> {
  const { table, alias } = spec;
  const fields = Object.keys(spec.columns) as Array<keyof F & string>;
  const columns = fields.map((field) => columnName(spec.columns[field]));
  const read = `SELECT ${alias}.*${spec.computed ? `, ${spec.computed}` : ''} FROM ${table} ${alias} ${spec.joins ?? ''}`;

  const encode = (values: F): Record<string, unknown> =>
    Object.fromEntries(
      fields.map((field) => {
        const column = spec.columns[field];
        const value = values[field];
        return [field, typeof column === 'string' ? value : column.codec.encode(value as never)];
      }),
    );

  const toRecord = (row: Record<string, unknown>): R => {
    const decoded = Object.fromEntries(
      fields.map((field) => {
        const column = spec.columns[field];
        const raw = row[columnName(column)];
        return [field, typeof column === 'string' ? raw : column.codec.decode(raw as never)];
      }),
    ) as F;
    const meta: RecordMeta = {
      id: row.id as string,
      createdAt: row.created_at as string,
      updatedAt: row.updated_at as string,
      updatedBy: row.updated_by as string,
    };
    return spec.toRecord(decoded, meta, row);
  };

  const insertSql = `INSERT INTO ${table} (id, ${columns.join(', ')}, created_at, updated_at, updated_by)
    VALUES (@id, ${fields.map((f) => `@${f}`).join(', ')}, @at, @at, @by)`;
  const updateSql = `UPDATE ${table} SET ${fields.map((f, i) => `${columns[i]} = @${f}`).join(', ')},
    updated_at = @at, updated_by = @by WHERE id = @id`;

  const findMany = (db: Db, ids: readonly string[]): R[] => {
    if (ids.length === 0) return [];
    const rows = statement(db, `${read} WHERE ${alias}.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Array<
      Record<string, unknown>
    >;
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toRecord(row)] : [];
    });
  };

  const reindex = (db: Db, id: string) => {
    if (!spec.searchText) return;
    const live = statement(db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id);
    if (live) writeSearchText(db, spec.kind, id, spec.searchText(db, id));
    else deleteSearchText(db, spec.kind, id);
  };

  return {
    kind: spec.kind,
    spec,
    find(db, id) {
      const row = statement(db, `${read} WHERE ${alias}.id = ? AND ${alias}.deleted_at IS NULL`).get(id) as
        | Record<string, unknown>
        | undefined;
      return row ? toRecord(row) : null;
    },
    findMany,
    exists(db, id) {
      return statement(db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id) !== undefined;
    },
    list(db, query, today) {
      const clauses: Clause[] = [{ sql: `${alias}.deleted_at IS NULL`, params: [] }];
      if (query.search && spec.searchText) clauses.push(...searchClauses(spec.kind, `${alias}.id`, query.search));
      for (const [key, toClause] of Object.entries(spec.filters ?? {})) {
        const value = query[key];
        if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
        const clause = toClause(value as never, today);
        if (clause) clauses.push(clause);
      }
      const where = `WHERE ${clauses.map((c) => c.sql).join(' AND ')}`;
      const params = clauses.flatMap((c) => c.params);
      const total = (statement(db, `SELECT count(*) AS n FROM ${table} ${alias} ${where}`).get(...params) as { n: number }).n;
      const sort = spec.sorts[query.sort] ?? Object.values(spec.sorts)[0];
      const { expr, join } = typeof sort === 'string' ? { expr: sort, join: '' } : sort;
      const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
      const ids = (
        statement(db, `SELECT ${alias}.id FROM ${table} ${alias} ${join} ${where} ORDER BY ${expr} ${dir}, ${alias}.id ${dir} LIMIT ? OFFSET ?`).all(
          ...params,
          query.limit,
          query.offset,
        ) as Array<{ id: string }>
      ).map((row) => row.id);
      return { rows: findMany(db, ids), total };
    },
    insert(db, id, values, stamp) {
      statement(db, insertSql).run({ ...encode(values), id, at: stamp.at, by: stamp.by });
    },
    update(db, id, values, stamp) {
      statement(db, updateSql).run({ ...encode(values), id, at: stamp.at, by: stamp.by });
    },
    tombstone(db, id, stamp) {
      statement(db, `UPDATE ${table} SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(stamp.at, stamp.at, stamp.by, id);
      if (spec.searchText) deleteSearchText(db, spec.kind, id);
    },
    reindex,
    rebuildSearch(db) {
      if (!spec.searchText) return;
      clearSearch(db, spec.kind);
      const ids = statement(db, `SELECT id FROM ${table} WHERE deleted_at IS NULL`).all() as Array<{ id: string }>;
      for (const { id } of ids) writeSearchText(db, spec.kind, id, spec.searchText(db, id));
    },
    fieldsOf(record) {
      return Object.fromEntries(fields.map((field) => [field, (record as Record<string, unknown>)[field]])) as F;
    },
  };
}
