import type { Affiliation, Person, PersonValues } from '../../../../shared/models/person';
import { statement, type Db } from '../connection';
import { defineRecordTable, jsonColumn, type RowStamp } from '../record-table';

/** People in any script; the organisation they are at now (their history is `person_affiliations`). */
export const personTable = defineRecordTable<PersonValues, Person>({
  table: 'people',
  alias: 'p',
  kind: 'person',
  columns: {
    name: 'name',
    altNames: jsonColumn('alt_names'),
    title: 'title',
    organisationId: 'organisation_id',
    email: 'email',
    phone: 'phone',
    notes: 'notes',
  },
  joins: 'LEFT JOIN organisations o ON o.id = p.organisation_id',
  computed: 'o.name AS organisation_name',
  // Lists show the current organisation; the history is loaded with the detail view.
  toRecord: (fields, meta, row) => ({ ...meta, ...fields, organisationName: row.organisation_name as string | null, affiliations: [] }),
  sorts: {
    name: 'p.name COLLATE NOCASE',
    // People at no organisation sort as an empty name (a key is never NULL: pages seek past it).
    organisation: { expr: "ifnull(o.name, '') COLLATE NOCASE", join: 'LEFT JOIN organisations o ON o.id = p.organisation_id' },
    updatedAt: 'p.updated_at',
  },
  filters: {
    organisationId: (organisationId: string) => ({ sql: 'p.organisation_id = ?', params: [organisationId] }),
  },
  tally: { table: 'person_tally', filters: {} },
  searchText: (db, id) =>
    (
      statement(
        db,
        `SELECT concat_ws(' ', p.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(p.alt_names) n), p.title, p.email, o.name) AS text
           FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?`,
      ).get(id) as { text: string }
    ).text,
});

export function listAffiliations(db: Db, personId: string): Affiliation[] {
  const rows = statement(
    db,
    `SELECT a.organisation_id, o.name AS organisation_name, a.title, a.started_on, a.ended_on
       FROM person_affiliations a JOIN organisations o ON o.id = a.organisation_id
      WHERE a.person_id = ? AND a.deleted_at IS NULL
      ORDER BY a.ended_on IS NOT NULL, a.ended_on DESC, a.started_on DESC, a.id DESC`,
  ).all(personId) as Array<{
    organisation_id: string;
    organisation_name: string;
    title: string;
    started_on: string | null;
    ended_on: string | null;
  }>;
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    title: row.title,
    startedOn: row.started_on,
    endedOn: row.ended_on,
  }));
}

export function insertAffiliation(
  db: Db,
  row: { id: string; personId: string; organisationId: string; title: string; startedOn: string | null; endedOn: string | null },
  stamp: RowStamp,
): void {
  statement(
    db,
    `INSERT INTO person_affiliations (id, person_id, organisation_id, title, started_on, ended_on, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.personId, row.organisationId, row.title, row.startedOn, row.endedOn, stamp.at, stamp.at, stamp.by);
}

/** Closes the person's open affiliation(s), e.g. when they move to another organisation. */
export function endOpenAffiliations(db: Db, personId: string, endedOn: string, stamp: RowStamp): void {
  statement(
    db,
    `UPDATE person_affiliations SET ended_on = ?, updated_at = ?, updated_by = ?
      WHERE person_id = ? AND ended_on IS NULL AND deleted_at IS NULL`,
  ).run(endedOn, stamp.at, stamp.by, personId);
}

/** How many live agreements name the person as a signatory. */
export function signatoryCount(db: Db, personId: string): number {
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM party_signatories s
         JOIN agreement_parties ap ON ap.id = s.party_id AND ap.deleted_at IS NULL
         JOIN agreements a ON a.id = ap.agreement_id AND a.deleted_at IS NULL
        WHERE s.person_id = ? AND s.deleted_at IS NULL`,
    ).get(personId) as { n: number }
  ).n;
}
