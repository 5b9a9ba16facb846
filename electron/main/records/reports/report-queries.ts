import { statement, type Db } from '../../db/connection';

const AGREEMENT_NAME = `CASE WHEN a.reference_no <> '' THEN a.reference_no || ' — ' || a.title ELSE a.title END`;

/**
 * The statements behind the reports that the calendar and the partner page do not already have,
 * each one range of an index (`test/main/reports.test.ts` reads their plans over a large register):
 * a year's report costs that year's rows, a partner's its own rows. Dates keep their precision, so
 * a year is `BETWEEN '2026' AND '2026-12-31'`: `2026`, `2026-06` and `2026-06-13` all fall in it.
 * INDEXED BY holds each to its index, as the calendar's do, so a lost index fails in the tests.
 */
export const REPORT_SQL = {
  /** Agreements signed in the year, through agreements_signed_day. */
  signedInYear: `SELECT a.id, ${AGREEMENT_NAME} AS title, a.signed_on AS day FROM agreements a INDEXED BY agreements_signed_day
     WHERE a.deleted_at IS NULL AND a.signed_on IS NOT NULL AND a.signed_on BETWEEN ? AND ?`,
  /** Agreements whose term ends in the year (signed ones: a draft's expiry is only a plan), through agreements_expiry_day. */
  expiringInYear: `SELECT a.id, ${AGREEMENT_NAME} AS title, a.expires_on AS day FROM agreements a INDEXED BY agreements_expiry_day
     WHERE a.deleted_at IS NULL AND a.expires_on IS NOT NULL AND a.expires_on BETWEEN ? AND ? AND a.status IN ('active', 'expired', 'renewed')`,
  /** Outputs published in the year, through project_outputs_published (migration 17). */
  outputsInYear: `SELECT x.id, x.title, x.published_on AS day, pj.id AS project_id, pj.title AS project FROM project_outputs x INDEXED BY project_outputs_published
       JOIN projects pj ON pj.id = x.project_id AND pj.deleted_at IS NULL
     WHERE x.deleted_at IS NULL AND x.published_on IS NOT NULL AND x.published_on BETWEEN ? AND ?`,
  /** Money in the agreements signed in the year, through agreements_signed_day and contributions_agreement. */
  contributionsInYear: `SELECT c.currency, c.amount_minor AS minor, a.signed_on AS day FROM agreements a INDEXED BY agreements_signed_day
       JOIN contributions c ON c.agreement_id = a.id AND c.deleted_at IS NULL AND c.kind = 'money'
     WHERE a.deleted_at IS NULL AND a.signed_on IS NOT NULL AND a.signed_on BETWEEN ? AND ?`,
  /** Research budget of the projects that started in the year, through projects_by_start_asc and project_budget_project. */
  budgetInYear: `SELECT b.currency, b.amount_minor AS minor, pj.starts_on AS day FROM projects pj INDEXED BY projects_by_start_asc
       JOIN project_budget b ON b.project_id = pj.id AND b.deleted_at IS NULL
     WHERE pj.deleted_at IS NULL AND ifnull(pj.starts_on, '~') BETWEEN ? AND ?`,
  /** The partner's projects' outputs, through project_outputs_project. */
  partnerOutputs: `SELECT x.id, x.title, x.published_on AS day, pj.id AS project_id, pj.title AS project FROM project_outputs x
       JOIN projects pj ON pj.id = x.project_id AND pj.deleted_at IS NULL
     WHERE x.project_id IN (SELECT value FROM json_each(?)) AND x.deleted_at IS NULL`,
  /** Research budget the partner's units give, with the project's start, through project_budget_organisation. */
  partnerBudget: `SELECT b.currency, b.amount_minor AS minor, pj.starts_on AS day FROM project_budget b
       JOIN projects pj ON pj.id = b.project_id AND pj.deleted_at IS NULL
     WHERE b.organisation_id IN (SELECT value FROM json_each(?)) AND b.deleted_at IS NULL`,
  /** Internships that started in the year, through placements_by_starts (migration 13). */
  placementsInYear: `SELECT p.id, pe.name AS title, p.starts_on AS day, o.name AS host FROM placements p INDEXED BY placements_by_starts
       JOIN people pe ON pe.id = p.intern_id
       JOIN organisations o ON o.id = p.host_id
     WHERE p.deleted_at IS NULL AND p.starts_on BETWEEN ? AND ?`,
  /** Internships the partner's units host, through placements_host_by_starts. */
  partnerPlacements: `SELECT p.id, pe.name AS title, p.starts_on AS day, o.name AS host FROM placements p INDEXED BY placements_host_by_starts
       JOIN people pe ON pe.id = p.intern_id
       JOIN organisations o ON o.id = p.host_id
     WHERE p.host_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL`,
  /** The first signed date in the register (the year picker starts there): the first entry of agreements_signed_day. */
  firstSigned: `SELECT min(signed_on) AS first FROM agreements INDEXED BY agreements_signed_day WHERE deleted_at IS NULL AND signed_on IS NOT NULL`,
} as const;

export type ReportQuery = keyof typeof REPORT_SQL;

export function reportRows<T>(db: Db, query: ReportQuery, ...params: Array<string | readonly string[]>): T[] {
  return statement(db, REPORT_SQL[query]).all(...params.map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))) as T[];
}
