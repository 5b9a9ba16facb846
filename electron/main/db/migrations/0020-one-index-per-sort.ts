import type { Db } from '../connection';

/**
 * One index per nullable sort instead of two (issue 13). Steps 7, 9, 11, 12 and 13 indexed each
 * nullable sort key twice, `ifnull(x, '~')` for ascending and `ifnull(x, '')` for descending, so
 * NULLs came last both ways. A descending page now walks the ascending index back over the values,
 * then its NULLs as a second statement (`SortSpec`'s `nullable`), and these sixteen go. At 100,000
 * agreements: 13 MB less, and a create of an agreement no longer writes the 8 pages these took of
 * its ~60 in the log, nor a change of its status 4 of ~27 (a log reader over seven saves, mapping
 * each page to its index).
 */
export const DROPPED = [
  'agreements_by_signed_desc',
  'agreements_status_by_signed_desc',
  'agreements_kind_by_signed_desc',
  'agreements_by_expires_desc',
  'agreements_status_by_expires_desc',
  'agreements_kind_by_expires_desc',
  'projects_by_start_desc',
  'projects_status_by_start_desc',
  'projects_kind_by_start_desc',
  'applications_by_score_desc',
  'applications_intake_by_score_desc',
  'applications_status_by_score_desc',
  'placements_by_ends_desc',
  'placements_host_by_ends_desc',
  'placements_supervisor_by_ends_desc',
  'placements_status_by_ends_desc',
] as const;

export function up(db: Db): void {
  for (const name of DROPPED) db.exec(`DROP INDEX IF EXISTS ${name}`);
}
