import type { Organisation, OrganisationValues } from '../../../../shared/models/organisation';
import { likePattern, statement, type Db } from '../connection';

export type RowStamp = { at: string; by: string };

type OrganisationRow = {
  id: string;
  name: string;
  alt_names: string;
  kind: Organisation['kind'];
  country: string;
  parent_id: string | null;
  parent_name: string | null;
  website: string;
  notes: string;
  agreement_count: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
};

const SELECT = `
  SELECT o.*, p.name AS parent_name,
    (SELECT count(DISTINCT ap.agreement_id) FROM agreement_parties ap
       JOIN agreements a ON a.id = ap.agreement_id AND a.deleted_at IS NULL
      WHERE ap.organisation_id = o.id AND ap.deleted_at IS NULL) AS agreement_count
  FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id`;

const SORT_COLUMNS = {
  name: 'o.name COLLATE NOCASE',
  kind: 'o.kind',
  country: 'o.country',
  updatedAt: 'o.updated_at',
} as const;

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    altNames: JSON.parse(row.alt_names),
    kind: row.kind,
    country: row.country,
    parentId: row.parent_id,
    parentName: row.parent_name,
    website: row.website,
    notes: row.notes,
    agreementCount: row.agreement_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function findOrganisation(db: Db, id: string): Organisation | null {
  const row = statement(db, `${SELECT} WHERE o.id = ? AND o.deleted_at IS NULL`).get(id) as
    | OrganisationRow
    | undefined;
  return row ? toOrganisation(row) : null;
}

export type OrganisationFilter = {
  search: string;
  kind?: string;
  country?: string;
  sort: keyof typeof SORT_COLUMNS;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
};

export function listOrganisations(db: Db, filter: OrganisationFilter): { rows: Organisation[]; total: number } {
  const clauses = ['o.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.search) {
    clauses.push(`(o.name LIKE ? ESCAPE '\\' OR o.alt_names LIKE ? ESCAPE '\\' OR o.notes LIKE ? ESCAPE '\\')`);
    const pattern = likePattern(filter.search);
    params.push(pattern, pattern, pattern);
  }
  if (filter.kind) {
    clauses.push('o.kind = ?');
    params.push(filter.kind);
  }
  if (filter.country) {
    clauses.push('o.country = ?');
    params.push(filter.country);
  }
  const where = `WHERE ${clauses.join(' AND ')}`;
  const total = (db.prepare(`SELECT count(*) AS n FROM organisations o ${where}`).get(...params) as { n: number }).n;
  const order = `${SORT_COLUMNS[filter.sort]} ${filter.dir === 'desc' ? 'DESC' : 'ASC'}, o.id`;
  const rows = db
    .prepare(`${SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset) as OrganisationRow[];
  return { rows: rows.map(toOrganisation), total };
}

/** Named parameters shared by insert and update, so the column list is written once. */
function rowParams(id: string, values: OrganisationValues, stamp: RowStamp) {
  return {
    id,
    name: values.name,
    altNames: JSON.stringify(values.altNames),
    kind: values.kind,
    country: values.country,
    parentId: values.parentId,
    website: values.website,
    notes: values.notes,
    at: stamp.at,
    by: stamp.by,
  };
}

export function insertOrganisation(db: Db, id: string, values: OrganisationValues, stamp: RowStamp): void {
  statement(
    db,
    `INSERT INTO organisations (id, name, alt_names, kind, country, parent_id, website, notes, created_at, updated_at, updated_by)
     VALUES (@id, @name, @altNames, @kind, @country, @parentId, @website, @notes, @at, @at, @by)`,
  ).run(rowParams(id, values, stamp));
}

export function updateOrganisationRow(db: Db, id: string, values: OrganisationValues, stamp: RowStamp): void {
  statement(
    db,
    `UPDATE organisations SET name = @name, alt_names = @altNames, kind = @kind, country = @country, parent_id = @parentId,
       website = @website, notes = @notes, updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run(rowParams(id, values, stamp));
}

export function tombstoneOrganisation(db: Db, id: string, stamp: RowStamp): void {
  statement(db, 'UPDATE organisations SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    stamp.at,
    stamp.at,
    stamp.by,
    id,
  );
}

/** Live records that point at the organisation and would dangle if it went. */
export function organisationReferences(db: Db, id: string): { agreements: number; children: number; people: number } {
  return statement(
    db,
    `SELECT
       (SELECT count(*) FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
          WHERE ap.organisation_id = @id AND ap.deleted_at IS NULL AND a.deleted_at IS NULL) AS agreements,
       (SELECT count(*) FROM organisations WHERE parent_id = @id AND deleted_at IS NULL) AS children,
       (SELECT count(*) FROM people WHERE organisation_id = @id AND deleted_at IS NULL) AS people`,
  ).get({ id }) as { agreements: number; children: number; people: number };
}
