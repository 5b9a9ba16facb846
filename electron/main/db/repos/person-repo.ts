import type { Affiliation, Person, PersonValues } from '../../../../shared/models/person';
import { likePattern, statement, type Db } from '../connection';
import type { RowStamp } from './organisation-repo';

type PersonRow = {
  id: string;
  name: string;
  alt_names: string;
  title: string;
  organisation_id: string | null;
  organisation_name: string | null;
  email: string;
  phone: string;
  notes: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
};

const SELECT = `SELECT p.*, o.name AS organisation_name FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`;

const SORT_COLUMNS = {
  name: 'p.name COLLATE NOCASE',
  organisation: 'o.name COLLATE NOCASE',
  updatedAt: 'p.updated_at',
} as const;

function toPerson(row: PersonRow, affiliations: Affiliation[]): Person {
  return {
    id: row.id,
    name: row.name,
    altNames: JSON.parse(row.alt_names),
    title: row.title,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    affiliations,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

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

export function findPerson(db: Db, id: string): Person | null {
  const row = statement(db, `${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as PersonRow | undefined;
  return row ? toPerson(row, listAffiliations(db, id)) : null;
}

export type PersonFilter = {
  search: string;
  organisationId?: string;
  sort: keyof typeof SORT_COLUMNS;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
};

export function listPeople(db: Db, filter: PersonFilter): { rows: Person[]; total: number } {
  const clauses = ['p.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.search) {
    const pattern = likePattern(filter.search);
    clauses.push(
      `(p.name LIKE ? ESCAPE '\\' OR p.alt_names LIKE ? ESCAPE '\\' OR p.title LIKE ? ESCAPE '\\' OR p.email LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\')`,
    );
    params.push(pattern, pattern, pattern, pattern, pattern);
  }
  if (filter.organisationId) {
    clauses.push('p.organisation_id = ?');
    params.push(filter.organisationId);
  }
  const where = `WHERE ${clauses.join(' AND ')}`;
  const from = 'FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(...params) as { n: number }).n;
  const order = `${SORT_COLUMNS[filter.sort]} ${filter.dir === 'desc' ? 'DESC' : 'ASC'}, p.id`;
  const rows = db
    .prepare(`${SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset) as PersonRow[];
  // Lists show the current organisation; the history is loaded with the detail view.
  return { rows: rows.map((row) => toPerson(row, [])), total };
}

/** Named parameters shared by insert and update, so the column list is written once. */
function rowParams(id: string, values: PersonValues, stamp: RowStamp) {
  return {
    id,
    name: values.name,
    altNames: JSON.stringify(values.altNames),
    title: values.title,
    organisationId: values.organisationId,
    email: values.email,
    phone: values.phone,
    notes: values.notes,
    at: stamp.at,
    by: stamp.by,
  };
}

export function insertPerson(db: Db, id: string, values: PersonValues, stamp: RowStamp): void {
  statement(
    db,
    `INSERT INTO people (id, name, alt_names, title, organisation_id, email, phone, notes, created_at, updated_at, updated_by)
     VALUES (@id, @name, @altNames, @title, @organisationId, @email, @phone, @notes, @at, @at, @by)`,
  ).run(rowParams(id, values, stamp));
}

export function updatePersonRow(db: Db, id: string, values: PersonValues, stamp: RowStamp): void {
  statement(
    db,
    `UPDATE people SET name = @name, alt_names = @altNames, title = @title, organisation_id = @organisationId,
       email = @email, phone = @phone, notes = @notes, updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run(rowParams(id, values, stamp));
}

export function tombstonePerson(db: Db, id: string, stamp: RowStamp): void {
  statement(db, 'UPDATE people SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    stamp.at,
    stamp.at,
    stamp.by,
    id,
  );
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
