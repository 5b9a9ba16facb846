import { statement, type Db } from '../../db/connection';
import { lastDayOfSql } from '../../db/precise-date-sql';

/**
 * The statements behind a partner's page, each reaching the partner's rows through an index
 * (`test/main/partners.test.ts` reads their plans over a large register): the cost is the
 * partner's agreements, projects and people, never the register. `?` lists are JSON arrays.
 */
/**
 * The integer keys (migration 25) of the organisations a JSON list of ids names, which party rows
 * name them by: read once per statement (the subquery does not depend on the row).
 */
const unitKeys = (param: string) => `(SELECT u.row_key FROM organisations u WHERE u.id IN (SELECT value FROM json_each(${param})))`;

export const PARTNER_SQL = {
  /**
   * The organisation and its sub-organisations, through organisations_parent_live, the units
   * leading (CROSS JOIN): in a register where few organisations have a parent the statistics
   * count every NULL as one value, the units look like thousands, and the planner read every
   * organisation at each step and again for their names (6–9 ms a page at 20,000).
   */
  units: `WITH RECURSIVE unit(id, depth) AS (
      SELECT ?, 0
      UNION SELECT o.id, unit.depth + 1 FROM unit CROSS JOIN organisations o INDEXED BY organisations_parent_live ON o.parent_id = unit.id
       WHERE o.deleted_at IS NULL AND unit.depth < 20
    ) SELECT o.id, o.name FROM unit CROSS JOIN organisations o ON o.id = unit.id WHERE o.deleted_at IS NULL ORDER BY unit.depth, o.name COLLATE NOCASE`,
  /** Agreements any unit is a party to, through agreement_parties_organisation_live (the partner's reports). */
  agreements: `SELECT DISTINCT a.id, a.reference_no, a.title, a.kind, a.status, a.signed_on, a.effective_on, a.expires_on, a.parent_id
      FROM agreement_parties ap JOIN agreements a ON a.row_key = ap.agreement_key
     WHERE ap.organisation_key IN ${unitKeys('?')} AND ap.deleted_at IS NULL AND a.deleted_at IS NULL`,
  /**
   * How many live agreements each unit is a party to, and how many of those are in force, from the
   * tally migration 23 keeps: one row per status, not a row per agreement.
   */
  agreementTally: `SELECT organisation_id AS id, sum(n) AS n, sum(CASE WHEN status = 'active' THEN n ELSE 0 END) AS active
      FROM agreement_partner_tally WHERE organisation_id IN (SELECT value FROM json_each(?)) GROUP BY organisation_id`,
  /**
   * The agreements of the other units (a JSON list) that the largest unit (an id) is not a party
   * to, by status: what the partner has beyond the largest unit's own count. Through
   * agreement_parties_organisation_live: the cost is the other units' agreements.
   */
  agreementsBeside: `SELECT a.status, count(DISTINCT a.id) AS n FROM agreement_parties ap JOIN agreements a ON a.row_key = ap.agreement_key
     WHERE ap.organisation_key IN ${unitKeys('?')} AND ap.deleted_at IS NULL AND a.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM agreement_parties b
         WHERE b.organisation_key = (SELECT row_key FROM organisations WHERE id = ?) AND b.agreement_key = a.row_key AND b.deleted_at IS NULL)
     GROUP BY a.status`,
  /** The listed agreements in full, by primary key. */
  agreementRows: `SELECT a.id, a.reference_no, a.title, a.kind, a.status, a.signed_on, a.effective_on, a.expires_on, a.parent_id
      FROM agreements a WHERE a.id IN (SELECT value FROM json_each(?))`,
  /** The other parties of those agreements, through agreement_parties_agreement. */
  counterparts: `SELECT a.id AS agreement_id, o.name FROM agreements a
       JOIN agreement_parties ap ON ap.agreement_key = a.row_key JOIN organisations o ON o.row_key = ap.organisation_key
     WHERE a.id IN (SELECT value FROM json_each(?)) AND ap.deleted_at IS NULL
       AND o.id NOT IN (SELECT value FROM json_each(?)) ORDER BY ap.position`,
  /**
   * The listed agreements' cooperation items (cooperation_items_agreement), with when each
   * agreement started and how many outcomes each item has (outcomes_once): what each listed
   * agreement's progress is read from.
   */
  listedItems: `SELECT ci.id, ci.agreement_id, ci.status, ci.due_on, a.signed_on, a.effective_on,
       (SELECT count(*) FROM outcomes oc WHERE oc.item_id = ci.id AND oc.deleted_at IS NULL) AS outcome_count
      FROM cooperation_items ci JOIN agreements a ON a.id = ci.agreement_id
     WHERE ci.agreement_id IN (SELECT value FROM json_each(?)) AND ci.deleted_at IS NULL`,
  /** Programs a unit sponsors, through program_sponsors_organisation. */
  sponsoredPrograms: `SELECT DISTINCT s.program_id AS id FROM program_sponsors s
     WHERE s.organisation_id IN (SELECT value FROM json_each(?)) AND s.deleted_at IS NULL`,
  /** Those programs' names, by primary key. */
  programNames: `SELECT p.id, p.name FROM programs p WHERE p.id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE`,
  /** Projects a unit is a partner in, through project_partners_organisation. */
  partnerProjects: `SELECT pp.project_id AS id, pp.role FROM project_partners pp
     WHERE pp.organisation_id IN (SELECT value FROM json_each(?)) AND pp.deleted_at IS NULL`,
  /** Projects a unit funds, through project_budget_organisation. */
  fundedProjects: `SELECT DISTINCT b.project_id AS id FROM project_budget b
     WHERE b.organisation_id IN (SELECT value FROM json_each(?)) AND b.deleted_at IS NULL`,
  /** The first people at a unit by name (units, how many), through people_organisation_by_name. */
  people: `SELECT p.id, p.name, p.title, o.name AS organisation_name FROM people p JOIN organisations o ON o.id = p.organisation_id
     WHERE p.organisation_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id LIMIT ?`,
  /** How many people the units have, counted in people_organisation_by_name. */
  peopleCount: `SELECT count(*) AS n FROM people p WHERE p.organisation_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL`,
  /** Project budget the units give, per currency, through project_budget_organisation. */
  projectMoney: `SELECT b.currency, sum(b.amount_minor) AS amount FROM project_budget b JOIN projects pj ON pj.id = b.project_id
     WHERE b.organisation_id IN (SELECT value FROM json_each(?)) AND b.deleted_at IS NULL AND pj.deleted_at IS NULL
     GROUP BY b.currency`,
} as const;

export type PartnerQuery = keyof typeof PARTNER_SQL;

/** Runs one of the partner statements; JSON lists are passed as arrays. */
export function partnerRows<T>(db: Db, query: PartnerQuery, ...params: Array<string | number | readonly string[]>): T[] {
  return statement(db, PARTNER_SQL[query]).all(...params.map((p) => (typeof p === 'string' || typeof p === 'number' ? p : JSON.stringify(p)))) as T[];
}

/**
 * How a statement reaches the partner's agreements. `few` reads them from the units' party rows
 * (agreement_parties_organisation_live), then the other table through its agreement index: the
 * cost is the partner's agreements. `wide` reads the other table and tests each row's agreement
 * with one seek into the same index: the cost is that table, for a partner in so much of the
 * register (the office's own university is in nearly all of it) that reading its agreements one by
 * one, in every statement, cost more than the page (at 100,000 agreements, 1.1–1.8 s).
 */
export type PartnerReach = 'few' | 'wide';

/**
 * Whether an agreement a unit (`@units`, a JSON list) is a live party to is named by `column`: its
 * text id in another table's row (`ci.agreement_id`), or its integer key where the statement reads
 * the agreement itself (`{ key: 'a.row_key' }`). A statement led by another table that also joins
 * the agreement gives both: `few` finds that table's rows by the ids, `wide` tests each row's key.
 * Each statement checks the agreement is live.
 */
function ofPartner(column: string | { id?: string; key: string }, reach: PartnerReach): string {
  const units = unitKeys('@units');
  if (typeof column !== 'string' && (reach === 'wide' || !column.id)) {
    return reach === 'few'
      ? `${column.key} IN (SELECT agreement_key FROM agreement_parties WHERE organisation_key IN ${units} AND deleted_at IS NULL)`
      : `EXISTS (SELECT 1 FROM agreement_parties pp WHERE pp.organisation_key IN ${units} AND pp.agreement_key = ${column.key} AND pp.deleted_at IS NULL)`;
  }
  const id = typeof column === 'string' ? column : column.id;
  return reach === 'few'
    ? `${id} IN (SELECT k.id FROM agreement_parties pp JOIN agreements k ON k.row_key = pp.agreement_key
         WHERE pp.organisation_key IN ${units} AND pp.deleted_at IS NULL)`
    : `EXISTS (SELECT 1 FROM agreements k JOIN agreement_parties pp ON pp.agreement_key = k.row_key
         WHERE k.id = ${id} AND pp.organisation_key IN ${units} AND pp.deleted_at IS NULL)`;
}

/** Whether the agreement `column` names is live, for a statement that does not join it. */
const liveAgreement = (column: string) => `(SELECT la.deleted_at FROM agreements la WHERE la.id = ${column}) IS NULL`;

/**
 * The statements that reach the partner's agreements, written for each reach; named parameters
 * `@units` (and `@limit`, `@from`, `@to`, `@today`, `@quietBy`). The other table leads its join with the agreement (CROSS JOIN): a
 * table the statistics know little of (empty until used) looked larger than the register, and
 * the planner read all 100,000 agreements to find it a few rows.
 */
function reachStatements(reach: PartnerReach) {
  return {
    /**
     * The latest `@limit` agreements, unsigned ones (still being made) first: sorted from the
     * partner's few, or found by walking agreements_by_signed_asc back from its end.
     */
    latest:
      reach === 'few'
        ? `SELECT a.id FROM agreements a WHERE a.deleted_at IS NULL AND ${ofPartner({ key: 'a.row_key' }, reach)}
            ORDER BY ifnull(a.signed_on, '~') DESC, a.rowid DESC LIMIT @limit`
        : `SELECT a.id FROM agreements a INDEXED BY agreements_by_signed_asc WHERE a.deleted_at IS NULL AND ${ofPartner({ key: 'a.row_key' }, reach)}
            ORDER BY ifnull(a.signed_on, '~') DESC, a.rowid DESC LIMIT @limit`,
    /**
     * The agreements signed or ending between `@from` and `@to` (a year's report: `2026` and
     * `2026-12-31` hold every date written in 2026, a month or a year alone among them), as
     * PARTNER_SQL.agreements reads them: from the partner's few, or through the year's ranges of
     * agreements_signed_day and agreements_expiry_day.
     */
    agreementsBetween: [
      ['agreements_signed_day', 'a.signed_on'],
      ['agreements_expiry_day', 'a.expires_on'],
    ]
      .map(
        ([index, day]) => `SELECT a.id, a.reference_no, a.title, a.kind, a.status, a.signed_on, a.effective_on, a.expires_on, a.parent_id
        FROM agreements a ${reach === 'wide' ? `INDEXED BY ${index}` : ''}
       WHERE a.deleted_at IS NULL AND ${day} IS NOT NULL AND ${day} BETWEEN @from AND @to AND ${ofPartner({ key: 'a.row_key' }, reach)}`,
      )
      .join(' UNION '),
    /**
     * How many of their cooperation items need attention on @today (`itemProgress`: overdue, or
     * nothing linked once a year has passed since the agreement's start), counted here, never read
     * one by one (the office's own university has every item of the register). @quietBy is
     * `quietStartsBy(today)`: an item is quiet long enough when its agreement's start, read as the
     * last day it may stand for, is on or before it.
     */
    itemsNeedingAttention: `SELECT count(*) AS n FROM cooperation_items ci CROSS JOIN agreements a ON a.id = ci.agreement_id
       WHERE ci.deleted_at IS NULL AND a.deleted_at IS NULL AND ci.status NOT IN ('done', 'dropped')
         AND (ci.due_on < @today
           OR (${lastDayOfSql('ifnull(a.effective_on, a.signed_on)')} <= @quietBy
             AND NOT EXISTS (SELECT 1 FROM outcomes oc WHERE oc.item_id = ci.id AND oc.deleted_at IS NULL)))
         AND ${ofPartner({ id: 'ci.agreement_id', key: 'a.row_key' }, reach)}`,
    /** Programs the partner's agreements create. */
    agreementPrograms: `SELECT pa.program_id AS id, CASE WHEN a.reference_no <> '' THEN a.reference_no || ' — ' || a.title ELSE a.title END AS agreement
        FROM program_agreements pa CROSS JOIN agreements a ON a.id = pa.agreement_id
       WHERE pa.deleted_at IS NULL AND a.deleted_at IS NULL AND ${ofPartner({ id: 'pa.agreement_id', key: 'a.row_key' }, reach)} ORDER BY a.signed_on`,
    /** Projects the partner's agreements link to. */
    agreementProjects: `SELECT DISTINCT pa.project_id AS id FROM project_agreements pa
       WHERE pa.deleted_at IS NULL AND ${ofPartner('pa.agreement_id', reach)} AND ${liveAgreement('pa.agreement_id')}`,
    /** What the units give in the partner's agreements, with the day each agreement was signed (for the reports' years). */
    contributions: `SELECT c.agreement_id, c.kind, c.description, c.amount_minor, c.currency, c.quantity, c.unit, a.signed_on
        FROM contributions c CROSS JOIN agreements a ON a.id = c.agreement_id
       WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL AND c.organisation_id IN (SELECT value FROM json_each(@units)) AND ${ofPartner({ id: 'c.agreement_id', key: 'a.row_key' }, reach)}
       ORDER BY c.agreement_id, c.position`,
    /**
     * Events a unit organises (event_organisers_organisation), its people attend (people_organisation_by_name,
     * then event_attendees_person), or the partner's agreements hold.
     */
    events: `SELECT s.event_id AS id FROM event_organisers s
       WHERE s.organisation_id IN (SELECT value FROM json_each(@units)) AND s.deleted_at IS NULL
      UNION SELECT a.event_id FROM people p JOIN event_attendees a ON a.person_id = p.id AND a.deleted_at IS NULL
       WHERE p.organisation_id IN (SELECT value FROM json_each(@units)) AND p.deleted_at IS NULL
      UNION SELECT ev.id FROM events ev WHERE ev.deleted_at IS NULL AND ${ofPartner('ev.agreement_id', reach)} AND ${liveAgreement('ev.agreement_id')}`,
    /**
     * Internships a unit hosts (placements_host_by_starts) or the partner's agreements created (the
     * placements leading: with the people first, the planner read every person to find them).
     */
    placements: `SELECT p.id, pe.name AS intern_name, o.name AS host_name, p.status, p.starts_on, p.ends_on FROM placements p
         JOIN people pe ON pe.id = p.intern_id JOIN organisations o ON o.id = p.host_id
       WHERE p.host_id IN (SELECT value FROM json_each(@units)) AND p.deleted_at IS NULL
      UNION SELECT p.id, pe.name, o.name, p.status, p.starts_on, p.ends_on FROM placements p
         CROSS JOIN people pe ON pe.id = p.intern_id JOIN organisations o ON o.id = p.host_id
       WHERE p.deleted_at IS NULL AND ${ofPartner('p.agreement_id', reach)} AND ${liveAgreement('p.agreement_id')}`,
  };
}

export const PARTNER_REACH_SQL = { few: reachStatements('few'), wide: reachStatements('wide') } as const;

export type PartnerReachQuery = keyof (typeof PARTNER_REACH_SQL)['few'];

/** Runs a statement that reaches the partner's agreements, the way `reach` says (with the named parameters the statement takes). */
export function partnerReachRows<T>(
  db: Db,
  reach: PartnerReach,
  query: PartnerReachQuery,
  unitIds: readonly string[],
  params: { limit?: number; from?: string; to?: string; today?: string; quietBy?: string } = {},
): T[] {
  return statement(db, PARTNER_REACH_SQL[reach][query]).all({ units: JSON.stringify(unitIds), ...params }) as T[];
}
