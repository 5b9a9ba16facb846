import type { Organisation, OrganisationValues } from '../../../../shared/models/organisation';
import { statement, type Db } from '../connection';
import { defineRecordTable, jsonColumn } from '../record-table';

/** Organisations: names in several scripts, a parent body, and how many agreements name them. */
export const organisationTable = defineRecordTable<OrganisationValues, Organisation>({
  table: 'organisations',
  alias: 'o',
  kind: 'organisation',
  columns: {
    name: 'name',
    altNames: jsonColumn('alt_names'),
    kind: 'kind',
    country: 'country',
    parentId: 'parent_id',
    website: 'website',
    notes: 'notes',
  },
  joins: 'LEFT JOIN organisations p ON p.id = o.parent_id',
  computed: `p.name AS parent_name,
    (SELECT count(DISTINCT ap.agreement_id) FROM agreement_parties ap
       JOIN agreements a ON a.id = ap.agreement_id AND a.deleted_at IS NULL
      WHERE ap.organisation_id = o.id AND ap.deleted_at IS NULL) AS agreement_count`,
  toRecord: (fields, meta, row) => ({
    ...meta,
    ...fields,
    parentName: row.parent_name as string | null,
    agreementCount: row.agreement_count as number,
  }),
  sorts: {
    name: 'o.name COLLATE NOCASE',
    kind: 'o.kind',
    country: 'o.country',
    updatedAt: 'o.updated_at',
  },
  filters: {
    kind: (kind: string) => ({ sql: 'o.kind = ?', params: [kind] }),
    country: (country: string) => ({ sql: 'o.country = ?', params: [country] }),
  },
  tally: { table: 'organisation_tally', filters: { kind: 'kind', country: 'country' } },
  searchText: (db, id) =>
    (
      statement(
        db,
        `SELECT concat_ws(' ', o.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(o.alt_names) n), o.country, o.website, o.notes) AS text
           FROM organisations o WHERE o.id = ?`,
      ).get(id) as { text: string }
    ).text,
});

/** Live records that point at the organisation and would dangle if it went. */
export function organisationReferences(db: Db, id: string): { agreements: number; children: number; people: number; programs: number } {
  return statement(
    db,
    `SELECT
       (SELECT count(*) FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
          WHERE ap.organisation_id = @id AND ap.deleted_at IS NULL AND a.deleted_at IS NULL) AS agreements,
       (SELECT count(*) FROM organisations WHERE parent_id = @id AND deleted_at IS NULL) AS children,
       (SELECT count(*) FROM people WHERE organisation_id = @id AND deleted_at IS NULL) AS people,
       (SELECT count(DISTINCT ps.program_id) FROM program_sponsors ps JOIN programs p ON p.id = ps.program_id AND p.deleted_at IS NULL
          WHERE ps.organisation_id = @id AND ps.deleted_at IS NULL) AS programs`,
  ).get({ id }) as { agreements: number; children: number; people: number; programs: number };
}

/** People whose search text carries the organisation's name, to re-index after a rename. */
export function peopleAt(db: Db, organisationId: string): string[] {
  return (
    statement(db, 'SELECT id FROM people WHERE organisation_id = ? AND deleted_at IS NULL').all(organisationId) as Array<{ id: string }>
  ).map((row) => row.id);
}

