import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Organisation, OrganisationValues } from '../../../shared/models/organisation';
import { statement, type Db } from '../db/connection';
import { defineRecordTable, jsonColumn } from '../db/record-table';
import { agreementIdsMentioning } from '../db/repos/agreement-parts-repo';
import { agreementTable } from '../db/repos/agreement-repo';
import { ancestorIds } from '../db/repos/lineage-repo';
import { recordService, type BatchCreated, type BatchSource, type Removal } from '../services/record-service';
import type { ServiceContext } from '../services/service-context';
import { defineMainRecord } from './define-main-record';
import { referencesOf } from './references';
import { similarRecords } from './similar-names';

/** Organisations: names in several scripts, a parent body, and how many agreements name them. */
export const organisationTable = defineRecordTable<OrganisationValues, Organisation>({
  table: 'organisations',
  alias: 'o',
  kind: 'organisation',
  rowKey: true,
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
  // The live agreements naming it, each once: summed from its few rows of agreement_partner_tally,
  // never counted from its agreements (the office's own university is in all of them).
  computed: `p.name AS parent_name,
    (SELECT ifnull(sum(t.n), 0) FROM agreement_partner_tally t WHERE t.organisation_id = o.id) AS agreement_count`,
  toRecord: (fields, row) => ({
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
  tally: [{ table: 'organisation_tally', filters: { kind: 'kind', country: 'country' } }],
  names: { name: 'name', altNames: 'alt_names' },
  searchText: {
    text: `concat_ws(' ', o.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(o.alt_names) n), o.country, o.website, o.notes)`,
  },
});

/** Live records that point at the organisation and would dangle if it went. */
export function organisationReferences(db: Db, id: string): { agreements: number; children: number; people: number; programs: number } {
  return statement(
    db,
    `SELECT
       (SELECT ifnull(sum(n), 0) FROM agreement_partner_tally WHERE organisation_id = @id) AS agreements,
       (SELECT count(*) FROM organisations WHERE parent_id = @id AND deleted_at IS NULL) AS children,
       (SELECT count(*) FROM people WHERE organisation_id = @id AND deleted_at IS NULL) AS people,
       (SELECT count(DISTINCT ps.program_id) FROM program_sponsors ps JOIN programs p ON p.id = ps.program_id AND p.deleted_at IS NULL
          WHERE ps.organisation_id = @id AND ps.deleted_at IS NULL) AS programs`,
  ).get({ id }) as { agreements: number; children: number; people: number; programs: number };
}

/** An organisation's likely duplicates, told apart by their country. */
const SIMILAR_ORGANISATIONS = {
  kind: 'organisation',
  table: 'organisations',
  rowsSql: 'SELECT id, name, alt_names, country AS detail, deleted_at FROM organisations WHERE id IN (SELECT value FROM json_each(?))',
};

const organisations = recordService<OrganisationValues, Organisation>({ table: organisationTable, noun: 'organisation' });

export const getOrganisation = organisations.get;

function checkParent(ctx: ServiceContext, id: string | null, parentId: string | null): void {
  if (!parentId) return;
  if (!organisationTable.exists(ctx.db, parentId)) {
    throw new AppError('VALIDATION', 'organisation.parentMissing', undefined, [fieldIssue('parentId', 'field.chooseExistingOrganisation')]);
  }
  if (id && (parentId === id || ancestorIds(ctx.db, 'organisations', parentId).includes(id))) {
    throw new AppError('VALIDATION', 'organisation.parentLoop', undefined, [fieldIssue('parentId', 'organisation.parentLoopHere')]);
  }
}

/**
 * A live organisation's name (null when there is none): a key lookup. A rule needing only the
 * name reads it here, not through `find`, which joins its parent and sums its agreement tally.
 */
export function organisationName(db: Db, id: string): string | null {
  const row = statement(db, 'SELECT name FROM organisations WHERE id = ? AND deleted_at IS NULL').get(id) as { name: string } | undefined;
  return row?.name ?? null;
}

export function createOrganisation(ctx: ServiceContext, values: OrganisationValues): Organisation {
  return organisations.create(ctx, () => {
    checkParent(ctx, null, values.parentId);
    return values;
  });
}

/** Many organisations in one transaction by the rules of `createOrganisation`, one audit entry for all. */
export function createOrganisations(ctx: ServiceContext, rows: ReadonlyArray<{ row: number; values: OrganisationValues }>, batch: BatchSource): BatchCreated[] {
  return organisations.createMany(
    ctx,
    rows.map(({ row, values }) => ({
      row,
      prepare: () => {
        checkParent(ctx, null, values.parentId);
        return values;
      },
    })),
    batch,
  );
}

export function updateOrganisation(ctx: ServiceContext, input: ChannelParsedInput<'organisations:update'>): Organisation {
  return organisations.update(
    ctx,
    input,
    () => {
      checkParent(ctx, input.id, input.values.parentId);
      return input.values;
    },
    {
      after: (id, _stamp, before) => {
        // Agreements are found by their parties' names: keep their index in step with a rename. (People
        // follow through their reference to the organisation.)
        if (before.name === input.values.name && JSON.stringify(before.altNames) === JSON.stringify(input.values.altNames)) return;
        agreementIdsMentioning(ctx.db, { organisationId: id }).forEach((agreementId) => agreementTable.reindex(ctx.db, agreementId));
      },
    },
  );
}

/** Tombstones the organisation; refused while agreements, people or sub-units still point at it. */
export function deleteOrganisation(ctx: ServiceContext, removal: Removal): { id: string } {
  const { id } = removal;
  return organisations.remove(ctx, removal, (before) => {
    const refs = organisationReferences(ctx.db, id);
    if (refs.agreements || refs.people || refs.children || refs.programs) {
      throw new AppError('CONFLICT', 'organisation.stillReferenced', {
        name: before.name,
        agreements: refs.agreements,
        people: refs.people,
        children: refs.children,
        programs: refs.programs,
      });
    }
  });
}

export const organisationRecords = defineMainRecord({
  channels: 'organisations',
  table: organisationTable,
  // Its parent: a restore waits for a deleted parent to come back first (a save checks the parent,
  // and refuses a loop, in `checkParent`).
  references: referencesOf<OrganisationValues>([{ field: 'parentId', column: 'parent_id', to: organisationTable }]),
  handlers: (ctx) => ({
    'organisations:list': (query) => organisationTable.list(ctx.db, query, localToday(ctx.now())),
    'organisations:get': ({ id }) => getOrganisation(ctx, id),
    'organisations:create': (values) => createOrganisation(ctx, values),
    'organisations:update': (input) => updateOrganisation(ctx, input),
    'organisations:delete': (removal) => deleteOrganisation(ctx, removal),
    'organisations:restore': (removal) => organisations.restore(ctx, removal),
    'organisations:similar': (query) => ({ rows: similarRecords(ctx.db, SIMILAR_ORGANISATIONS, query) }),
  }),
});
