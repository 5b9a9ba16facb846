import type { Statement } from 'better-sqlite3';
import { rawStatement, statement, type Db } from './connection';

/**
 * A record's row as stored, and the record as the app sees it: each field's column and codec,
 * read into one object per row, written by position, and an edit written column by column.
 * `defineRecordTable` builds its reads and writes on this.
 */

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

export type ColumnSpec = string | { column: string; codec: Codec };

function columnName(spec: ColumnSpec): string {
  return typeof spec === 'string' ? spec : spec.column;
}

/** Whether a stored column already holds the value a write would give it (bytes compared as bytes). */
function sameValue(stored: unknown, next: unknown): boolean {
  if (Buffer.isBuffer(stored) && Buffer.isBuffer(next)) return stored.equals(next);
  return (stored ?? null) === (next ?? null);
}

export type RecordRows<F, R> = {
  /**
   * The records a `SELECT <alias>.*, <computed>` finds: its rows read as arrays (`rawStatement`) and
   * each built once, by a reader made for the statement's columns. The columns after the table's
   * own (what the read joined or computed) are what the type's `toApp` gets as its row.
   */
  read(db: Db, sql: string, ...params: unknown[]): R[];
  insert(db: Db, id: string, values: F, stamp: RowStamp): void;
  update(db: Db, id: string, values: F, stamp: RowStamp): void;
  /** The stored fields of a record (or of anything carrying them, such as a detail view). */
  fieldsOf(record: F): F;
};

export function defineRecordRows<F, R>(
  table: string,
  columnSpecs: { [K in keyof F]-?: ColumnSpec },
  toApp: (fields: F & RecordMeta, row: Record<string, unknown>) => R,
  rowKey = false,
): RecordRows<F, R> {
  const fields = Object.keys(columnSpecs) as Array<keyof F & string>;
  const columns = fields.map((field) => columnName(columnSpecs[field]));

  // Each field with its column and codec, in column order: reads decode with it, writes encode.
  const mapped = fields.map((field) => {
    const column = columnSpecs[field];
    const codec = typeof column === 'string' ? null : column.codec;
    return {
      field,
      column: columnName(column),
      decode: codec ? (codec.decode as (raw: unknown) => unknown) : null,
      encode: codec ? (codec.encode as (value: unknown) => unknown) : null,
    };
  });

  /**
   * The values to store, in column order (bound by position: see `insertSql`). A field left out is
   * a mistake in the caller, not a NULL: binding by name refused it, and so does this.
   */
  const encode = (values: F): unknown[] =>
    mapped.map(({ field, column, encode: encodeField }) => {
      const value = (values as Record<string, unknown>)[field];
      if (value === undefined) throw new Error(`${table}.${column}: no value given for ${field}`);
      return encodeField ? encodeField(value) : value;
    });

  // Decoded field by field into one object, the same shape for every row: building each record
  // from an array of pairs (Object.fromEntries) cost five times the query's own time per row
  // (profiled: the 100,000-row CSV spent most of its time there and in collecting the garbage).
  const rawReader = (columns: readonly string[], ownColumns: number) => {
    // A later column of the same name wins, as it does in a row read as an object.
    const at = new Map(columns.map((name, index) => [name, index]));
    const index = (column: string) => {
      const found = at.get(column);
      if (found === undefined) throw new Error(`${table}: the read has no column ${column}`);
      return found;
    };
    const [id, createdAt, updatedAt, updatedBy] = ['id', 'created_at', 'updated_at', 'updated_by'].map(index);
    const slots = mapped.map(({ field, column, decode }) => ({ field, index: index(column), decode }));
    const extra = columns.flatMap((name, i) => (i >= ownColumns && at.get(name) === i ? [{ name, i }] : []));
    return (values: readonly unknown[]): R => {
      const decoded: Record<string, unknown> = {
        id: values[id] as string,
        createdAt: values[createdAt] as string,
        updatedAt: values[updatedAt] as string,
        updatedBy: values[updatedBy] as string,
      };
      for (const { field, index: i, decode } of slots) {
        const raw = values[i];
        decoded[field] = decode ? decode(raw) : raw;
      }
      const row: Record<string, unknown> = {};
      for (const { name, i } of extra) row[name] = values[i];
      return toApp(decoded as F & RecordMeta, row);
    };
  };

  // Positional: a batch inserts thousands of rows, and binding thirty named parameters (an object
  // built for each row, then each name looked up in it) cost as much as SQLite's own insert.
  // A table whose rows others name by integer (`rowKey`) gives each new row the next key, one step
  // down the key's unique index.
  const insertSql = rowKey
    ? `INSERT INTO ${table} (id, ${columns.join(', ')}, created_at, updated_at, updated_by, row_key)
    VALUES (?, ${fields.map(() => '?').join(', ')}, ?, ?, ?, (SELECT ifnull(max(row_key), 0) + 1 FROM ${table}))`
    : `INSERT INTO ${table} (id, ${columns.join(', ')}, created_at, updated_at, updated_by)
    VALUES (?, ${fields.map(() => '?').join(', ')}, ?, ?, ?)`;
  const storedSql = `SELECT ${columns.join(', ')} FROM ${table} WHERE id = ?`;

  /**
   * An edit names only the columns whose stored value it changes: SQLite rewrites every index on
   * a column the SET names, changed or not, so naming all of them wrote a page of each of an
   * agreement's 33 indexes on every save (at 100k, 28 of the 46 pages of an edit of its title).
   * The comparison is with the row as stored, so a value is never left unwritten by mistake.
   */
  const updateRow = (db: Db, id: string, values: F, stamp: RowStamp) => {
    const next = encode(values);
    const stored = statement(db, storedSql).get(id) as Record<string, unknown> | undefined;
    const changed = mapped.flatMap(({ column }, i) => (stored && sameValue(stored[column], next[i]) ? [] : [i]));
    const sets = [...changed.map((i) => `${mapped[i].column} = ?`), 'updated_at = ?', 'updated_by = ?'];
    statement(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`).run(...changed.map((i) => next[i]), stamp.at, stamp.by, id);
  };

  const readers = new WeakMap<Statement, (values: readonly unknown[]) => R>();
  const read = (db: Db, sql: string, ...params: unknown[]): R[] => {
    const prepared = rawStatement(db, sql);
    let reader = readers.get(prepared);
    if (!reader) {
      const own = statement(db, `SELECT * FROM ${table} LIMIT 0`).columns().length;
      reader = rawReader(prepared.columns().map((column) => column.name), own);
      readers.set(prepared, reader);
    }
    return (prepared.all(...params) as unknown[][]).map(reader);
  };

  return {
    read,
    insert(db, id, values, stamp) {
      statement(db, insertSql).run(id, ...encode(values), stamp.at, stamp.at, stamp.by);
    },
    update: updateRow,
    fieldsOf(record) {
      return Object.fromEntries(fields.map((field) => [field, (record as Record<string, unknown>)[field]])) as F;
    },
  };
}
