import { statement, type Db } from './connection';
import type { RowStamp } from './record-table';

/**
 * Rows that hang off one record and are saved with it as a whole list (a program's sponsors, its
 * scholarship parts). Described once: table, the column pointing at the record, and each field's
 * column; stamps, `position` and the tombstone are the kit's.
 */
export type ChildRowsSpec<T> = {
  table: string;
  parentColumn: string;
  columns: { [K in keyof T & string]-?: string };
};

export type ChildRows<T> = {
  /** The live rows of `parentId`, in their saved order. */
  list(db: Db, parentId: string): T[];
  /**
   * Saves `rows` as the record's list: a row equal to a live one keeps that row (and its id), new
   * ones are inserted, and the rest are tombstoned, so history and a later sync see what went.
   */
  save(db: Db, parentId: string, rows: readonly T[], stamp: RowStamp, newId: () => string): void;
};

export function defineChildRows<T extends Record<string, unknown>>(spec: ChildRowsSpec<T>): ChildRows<T> {
  const { table, parentColumn } = spec;
  const fields = Object.keys(spec.columns) as Array<keyof T & string>;
  const columns = fields.map((field) => spec.columns[field]);
  const select = `SELECT id, position, ${columns.map((c, i) => `${c} AS "${fields[i]}"`).join(', ')} FROM ${table}
    WHERE ${parentColumn} = ? AND deleted_at IS NULL ORDER BY position, id`;
  const insert = `INSERT INTO ${table} (id, ${parentColumn}, ${columns.join(', ')}, position, created_at, updated_at, updated_by)
    VALUES (@id, @parentId, ${fields.map((f) => `@${f}`).join(', ')}, @position, @at, @at, @by)`;
  const same = (a: Record<string, unknown>, b: T) => fields.every((field) => a[field] === b[field]);

  const live = (db: Db, parentId: string) => statement(db, select).all(parentId) as Array<Record<string, unknown> & { id: string; position: number }>;

  return {
    list(db, parentId) {
      return live(db, parentId).map((row) => Object.fromEntries(fields.map((field) => [field, row[field]])) as T);
    },
    save(db, parentId, rows, stamp, newId) {
      const existing = live(db, parentId);
      const kept = new Set<string>();
      rows.forEach((row, position) => {
        const match = existing.find((old) => !kept.has(old.id) && same(old, row));
        if (match) {
          kept.add(match.id);
          if (match.position !== position) {
            statement(db, `UPDATE ${table} SET position = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(position, stamp.at, stamp.by, match.id);
          }
          return;
        }
        statement(db, insert).run({ ...row, id: newId(), parentId, position, at: stamp.at, by: stamp.by });
      });
      for (const old of existing) {
        if (kept.has(old.id)) continue;
        statement(db, `UPDATE ${table} SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(stamp.at, stamp.at, stamp.by, old.id);
      }
    },
  };
}
