import { statement, type Db } from '../../db/connection';

/**
 * The statements behind a partner's page, each reaching the partner's rows through an index
 * (`test/main/partners.test.ts` reads their plans over a large register): the cost is the
 * partner's agreements, projects and people, never the register. `?` lists are JSON arrays.
 */
export const PARTNER_SQL = {
  /** The organisation and its sub-organisations, through organisations_parent_live. */
  units: `WITH RECURSIVE unit(id, depth) AS (
      SELECT ?, 0
      UNION SELECT o.id, unit.depth + 1 FROM organisations o JOIN unit ON o.parent_id = unit.id WHERE o.deleted_at IS NULL AND unit.depth < 20
    ) SELECT o.id, o.name FROM unit JOIN organisations o ON o.id = unit.id WHERE o.deleted_at IS NULL ORDER BY unit.depth, o.name COLLATE NOCASE`,
  /** Agreements any unit is a party to, through agreement_parties_organisation_live (the partner's reports). */
  agreements: `SELECT DISTINCT a.id, a.reference_no, a.title, a.kind, a.status, a.signed_on, a.effective_on, a.expires_on, a.parent_id
      FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
     WHERE ap.organisation_id IN (SELECT value FROM json_each(?)) AND ap.deleted_at IS NULL AND a.deleted_at IS NULL`,
  /**
   * The same agreements as the partner's page reads them: only what its counts and its choice of
   * the listed ones need, since a partner may be in most of the register.
   */
  agreementKeys: `SELECT DISTINCT a.id, a.status, a.signed_on, a.effective_on
      FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
     WHERE ap.organisation_id IN (SELECT value FROM json_each(?)) AND ap.deleted_at IS NULL AND a.deleted_at IS NULL`,
  /** The listed agreements in full, by primary key. */
  agreementRows: `SELECT a.id, a.reference_no, a.title, a.kind, a.status, a.signed_on, a.effective_on, a.expires_on, a.parent_id
      FROM agreements a WHERE a.id IN (SELECT value FROM json_each(?))`,
  /** The other parties of those agreements, through agreement_parties_agreement. */
  counterparts: `SELECT ap.agreement_id, o.name FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
     WHERE ap.agreement_id IN (SELECT value FROM json_each(?)) AND ap.deleted_at IS NULL
       AND ap.organisation_id NOT IN (SELECT value FROM json_each(?)) ORDER BY ap.position`,
  /** Their cooperation items, through cooperation_items_agreement. */
  items: `SELECT ci.id, ci.agreement_id, ci.status, ci.due_on FROM cooperation_items ci
     WHERE ci.agreement_id IN (SELECT value FROM json_each(?)) AND ci.deleted_at IS NULL`,
  /** How many outcomes each item has, through outcomes_agreement. */
  outcomeCounts: `SELECT oc.item_id, count(*) AS n FROM outcomes oc
     WHERE oc.agreement_id IN (SELECT value FROM json_each(?)) AND oc.deleted_at IS NULL GROUP BY oc.item_id`,
  /** Programs a unit sponsors, through program_sponsors_organisation. */
  sponsoredPrograms: `SELECT DISTINCT s.program_id AS id FROM program_sponsors s
     WHERE s.organisation_id IN (SELECT value FROM json_each(?)) AND s.deleted_at IS NULL`,
  /** Programs the partner's agreements create, through program_agreements_agreement. */
  agreementPrograms: `SELECT pa.program_id AS id, CASE WHEN a.reference_no <> '' THEN a.reference_no || ' — ' || a.title ELSE a.title END AS agreement
      FROM program_agreements pa JOIN agreements a ON a.id = pa.agreement_id
     WHERE pa.agreement_id IN (SELECT value FROM json_each(?)) AND pa.deleted_at IS NULL ORDER BY a.signed_on`,
  /** Those programs' names, by primary key. */
  programNames: `SELECT p.id, p.name FROM programs p WHERE p.id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE`,
  /** Projects a unit is a partner in, through project_partners_organisation. */
  partnerProjects: `SELECT pp.project_id AS id, pp.role FROM project_partners pp
     WHERE pp.organisation_id IN (SELECT value FROM json_each(?)) AND pp.deleted_at IS NULL`,
  /** Projects the partner's agreements link to, through project_agreements_agreement. */
  agreementProjects: `SELECT DISTINCT pa.project_id AS id FROM project_agreements pa
     WHERE pa.agreement_id IN (SELECT value FROM json_each(?)) AND pa.deleted_at IS NULL`,
  /** Projects a unit funds, through project_budget_organisation. */
  fundedProjects: `SELECT DISTINCT b.project_id AS id FROM project_budget b
     WHERE b.organisation_id IN (SELECT value FROM json_each(?)) AND b.deleted_at IS NULL`,
  /** The first people at a unit by name (units, how many), through people_organisation_by_name. */
  people: `SELECT p.id, p.name, p.title, o.name AS organisation_name FROM people p JOIN organisations o ON o.id = p.organisation_id
     WHERE p.organisation_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id LIMIT ?`,
  /** How many people the units have, counted in people_organisation_by_name. */
  peopleCount: `SELECT count(*) AS n FROM people p WHERE p.organisation_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL`,
  /** What the units give in the partner's agreements, through contributions_agreement. */
  contributions: `SELECT c.agreement_id, c.kind, c.description, c.amount_minor, c.currency, c.quantity, c.unit
      FROM contributions c
     WHERE c.agreement_id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL
       AND c.organisation_id IN (SELECT value FROM json_each(?)) ORDER BY c.agreement_id, c.position`,
  /** Project budget the units give, per currency, through project_budget_organisation. */
  projectMoney: `SELECT b.currency, sum(b.amount_minor) AS amount FROM project_budget b JOIN projects pj ON pj.id = b.project_id
     WHERE b.organisation_id IN (SELECT value FROM json_each(?)) AND b.deleted_at IS NULL AND pj.deleted_at IS NULL
     GROUP BY b.currency`,
  /**
   * Events a unit organises (event_organisers_organisation), its people attend (people_organisation_by_name,
   * then event_attendees_person), or the partner's agreements hold (events_agreement). Units, units, agreements.
   */
  events: `SELECT s.event_id AS id FROM event_organisers s
     WHERE s.organisation_id IN (SELECT value FROM json_each(?)) AND s.deleted_at IS NULL
    UNION SELECT a.event_id FROM people p JOIN event_attendees a ON a.person_id = p.id AND a.deleted_at IS NULL
     WHERE p.organisation_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL
    UNION SELECT ev.id FROM events ev WHERE ev.agreement_id IN (SELECT value FROM json_each(?)) AND ev.deleted_at IS NULL`,
  /** Internships a unit hosts (placements_host_by_starts) or the partner's agreements created (placements_agreement). Units, agreements. */
  placements: `SELECT p.id, pe.name AS intern_name, o.name AS host_name, p.status, p.starts_on, p.ends_on FROM placements p
       JOIN people pe ON pe.id = p.intern_id JOIN organisations o ON o.id = p.host_id
     WHERE p.host_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL
    UNION SELECT p.id, pe.name, o.name, p.status, p.starts_on, p.ends_on FROM placements p
       JOIN people pe ON pe.id = p.intern_id JOIN organisations o ON o.id = p.host_id
     WHERE p.agreement_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL`,
} as const;

export type PartnerQuery = keyof typeof PARTNER_SQL;

/** Runs one of the partner statements; JSON lists are passed as arrays. */
export function partnerRows<T>(db: Db, query: PartnerQuery, ...params: Array<string | number | readonly string[]>): T[] {
  return statement(db, PARTNER_SQL[query]).all(...params.map((p) => (typeof p === 'string' || typeof p === 'number' ? p : JSON.stringify(p)))) as T[];
}
