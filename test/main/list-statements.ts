import type { Db } from '../../electron/main/db/connection';
import { readPage, type ListQuery, type ListSql, type Sql } from '../../electron/main/db/record-table';

/** Every statement a list may run for one query, named, for reading their plans. */
export function listStatements({ count, page, rest }: ListSql): Array<[string, Sql]> {
  return [['count', count], ['page', page], ...(rest ? ([['rest', rest.page], ['skip', rest.skip]] as Array<[string, Sql]>) : [])];
}

/** The ids of a page as the list reads them (its NULLs after its values, for a descending nullable sort). */
export function pageIds(db: Db, sql: ListSql, query: Pick<ListQuery, 'limit' | 'offset' | 'after'>): string[] {
  return readPage(db, sql, query).map((row) => row.id);
}
