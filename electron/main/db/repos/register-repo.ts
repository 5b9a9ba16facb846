import { statement, type Db } from '../connection';

/** No live organisations and no live agreements: a first run, where the demo data may be offered. */
export function registerIsEmpty(db: Db): boolean {
  const row = statement(
    db,
    `SELECT (SELECT count(*) FROM organisations WHERE deleted_at IS NULL) + (SELECT count(*) FROM agreements WHERE deleted_at IS NULL) AS n`,
  ).get() as { n: number };
  return row.n === 0;
}
