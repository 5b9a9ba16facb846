/**
 * `lastDayOf` (shared/precise-date.ts) in SQL, for a column holding a date at its own precision:
 * a year's 31 December, a month's last day, or the day itself (NULL stays NULL). What a statement
 * compares with a day, so that June 2016 is never taken for 1 June.
 */
export function lastDayOfSql(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-12-31'
    WHEN 7 THEN date(${column} || '-01', '+1 month', '-1 day') ELSE ${column} END`;
}
