import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Affiliation, Person, PersonValues } from '../../../shared/models/person';
import { statement, type Db } from '../db/connection';
import { defineRecordTable, jsonColumn, type RowStamp } from '../db/record-table';
import { agreementIdsMentioning } from '../db/repos/agreement-parts-repo';
import { agreementTable } from '../db/repos/agreement-repo';
import { recordService, type BatchCreated, type BatchSource, type Removal } from '../services/record-service';
import { newId, type ServiceContext } from '../services/service-context';
import { defineMainRecord } from './define-main-record';
import { similarRecords } from './similar-names';
import { organisationTable } from './organisations';
import { referencesOf } from './references';

/** People in any script; the organisation they are at now (their history is `person_affiliations`). */
export const personTable = defineRecordTable<PersonValues, Person>({
  table: 'people',
  alias: 'p',
  kind: 'person',
  rowKey: true,
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
  toRecord: (fields, row) => ({ ...fields, organisationName: row.organisation_name as string | null, affiliations: [] }),
  sorts: {
    name: 'p.name COLLATE NOCASE',
    // People at no organisation sort as an empty name (a key is never NULL: pages seek past it).
    organisation: { expr: "ifnull(o.name, '') COLLATE NOCASE", join: 'LEFT JOIN organisations o ON o.id = p.organisation_id' },
    updatedAt: 'p.updated_at',
  },
  filters: {
    organisationId: (organisationId: string) => ({ sql: 'p.organisation_id = ?', params: [organisationId] }),
  },
  tally: [{ table: 'person_tally', filters: {} }],
  names: { name: 'name', altNames: 'alt_names' },
  searchText: {
    text: `concat_ws(' ', p.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(p.alt_names) n), p.title, p.email, o.name)`,
    join: `LEFT JOIN organisations o ON o.id = p.organisation_id`,
  },
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
function endOpenAffiliations(db: Db, personId: string, endedOn: string, stamp: RowStamp): void {
  statement(
    db,
    `UPDATE person_affiliations SET ended_on = ?, updated_at = ?, updated_by = ?
      WHERE person_id = ? AND ended_on IS NULL AND deleted_at IS NULL`,
  ).run(endedOn, stamp.at, stamp.by, personId);
}

/** How many live agreements name the person as a signatory. */
function signatoryCount(db: Db, personId: string): number {
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM party_signatories s
         JOIN agreement_parties ap ON ap.row_key = s.party_key AND ap.deleted_at IS NULL
         JOIN agreements a ON a.row_key = ap.agreement_key AND a.deleted_at IS NULL
        WHERE s.person_key = (SELECT row_key FROM people WHERE id = ?) AND s.deleted_at IS NULL`,
    ).get(personId) as { n: number }
  ).n;
}

/** A person's likely duplicates, told apart by where they work now. */
const SIMILAR_PEOPLE = {
  kind: 'person',
  table: 'people',
  rowsSql: `SELECT p.id, p.name, p.alt_names, o.name AS detail, p.deleted_at FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
             WHERE p.id IN (SELECT value FROM json_each(?))`,
};

const people = recordService<PersonValues, Person>({
  table: personTable,
  noun: 'person',
  load: (ctx, id) => {
    const person = personTable.find(ctx.db, id);
    return person && { ...person, affiliations: listAffiliations(ctx.db, id) };
  },
});

export const getPerson = people.get;

function checkOrganisation(ctx: ServiceContext, organisationId: string | null): void {
  if (organisationId && !organisationTable.exists(ctx.db, organisationId)) {
    throw new AppError('VALIDATION', 'person.organisationMissing', undefined, [fieldIssue('organisationId', 'field.chooseExistingOrganisation')]);
  }
}

function openAffiliation(ctx: ServiceContext, personId: string, values: PersonValues, startedOn: string | null, stamp: RowStamp): void {
  if (!values.organisationId) return;
  insertAffiliation(ctx.db, { id: newId(), personId, organisationId: values.organisationId, title: values.title, startedOn, endedOn: null }, stamp);
}

export function createPerson(ctx: ServiceContext, values: PersonValues): Person {
  return people.create(
    ctx,
    () => {
      checkOrganisation(ctx, values.organisationId);
      return values;
    },
    (id, stamp) => openAffiliation(ctx, id, values, null, stamp),
  );
}

/** Many people in one transaction by the rules of `createPerson`, one audit entry for all. */
export function createPeople(ctx: ServiceContext, rows: ReadonlyArray<{ row: number; values: PersonValues }>, batch: BatchSource): BatchCreated[] {
  return people.createMany(
    ctx,
    rows.map(({ row, values }) => ({
      row,
      prepare: () => {
        checkOrganisation(ctx, values.organisationId);
        return values;
      },
      after: (id, stamp) => openAffiliation(ctx, id, values, null, stamp),
    })),
    batch,
  );
}

/** Saves the person; a change of organisation closes the old affiliation and opens a new one. */
export function updatePerson(ctx: ServiceContext, input: ChannelParsedInput<'people:update'>): Person {
  return people.update(
    ctx,
    input,
    () => {
      checkOrganisation(ctx, input.values.organisationId);
      return input.values;
    },
    {
      after: (id, stamp, before) => {
        if (before.organisationId !== input.values.organisationId) {
          const movedOn = input.movedOn ?? localToday(ctx.now());
          endOpenAffiliations(ctx.db, id, movedOn, stamp);
          openAffiliation(ctx, id, input.values, movedOn, stamp);
        }
        // Agreements are found by their signatories' names: keep the index in step with a rename.
        if (before.name !== input.values.name || JSON.stringify(before.altNames) !== JSON.stringify(input.values.altNames)) {
          agreementIdsMentioning(ctx.db, { personId: id }).forEach((agreementId) => agreementTable.reindex(ctx.db, agreementId));
        }
      },
    },
  );
}

export function deletePerson(ctx: ServiceContext, removal: Removal): { id: string } {
  const { id } = removal;
  return people.remove(ctx, removal, (before) => {
    const signed = signatoryCount(ctx.db, id);
    if (signed > 0) throw new AppError('CONFLICT', 'person.stillSignatory', { name: before.name, count: signed });
  });
}

export const personRecords = defineMainRecord({
  channels: 'people',
  table: personTable,
  // A person's search text carries their organisation's name. (Whether it exists is checked above,
  // with the person's own message; the organisation refuses its delete while people are at it.)
  references: referencesOf<PersonValues>([{ field: 'organisationId', column: 'organisation_id', to: organisationTable, searchesName: true }]),
  handlers: (ctx) => ({
    'people:list': (query) => personTable.list(ctx.db, query, localToday(ctx.now())),
    'people:get': ({ id }) => getPerson(ctx, id),
    'people:create': (values) => createPerson(ctx, values),
    'people:update': (input) => updatePerson(ctx, input),
    'people:delete': (removal) => deletePerson(ctx, removal),
    'people:restore': (removal) => people.restore(ctx, removal),
    'people:similar': (query) => ({ rows: similarRecords(ctx.db, SIMILAR_PEOPLE, query) }),
  }),
});
