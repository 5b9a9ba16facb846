import { localToday } from '../../../shared/calendar';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Hire, HireValues } from '../../../shared/models/hire';
import { statement } from '../db/connection';
import { defineRecordTable, type RowStamp } from '../db/record-table';
import { agreementTable } from '../db/repos/agreement-repo';
import { recordService, type Removal } from '../services/record-service';
import { newId, timestamp, write, type ServiceContext } from '../services/service-context';
import { defineMainRecord } from './define-main-record';
import { organisationTable } from './organisations';
import { personTable } from './people';
import { placementTable } from './placements/placement-table';
import { programTable } from './programs';
import { checkReferences, referencesOf } from './references';

/** Hires: who joined which organisation, when, as what, and the agreement, program or placement it came from. */
export const hireTable = defineRecordTable<HireValues, Hire>({
  table: 'hires',
  alias: 'hi',
  kind: 'hire',
  columns: {
    personId: 'person_id',
    organisationId: 'organisation_id',
    hiredOn: 'hired_on',
    kind: 'kind',
    title: 'title',
    agreementId: 'agreement_id',
    programId: 'program_id',
    placementId: 'placement_id',
    notes: 'notes',
  },
  joins: `JOIN people p ON p.id = hi.person_id JOIN organisations o ON o.id = hi.organisation_id
    LEFT JOIN agreements ag ON ag.id = hi.agreement_id LEFT JOIN programs pr ON pr.id = hi.program_id`,
  computed: 'p.name AS person_name, o.name AS organisation_name, ag.title AS agreement_title, pr.name AS program_name',
  toRecord: (fields, row) => ({
    ...fields,
    personName: row.person_name as string,
    organisationName: row.organisation_name as string,
    agreementTitle: (row.agreement_title as string | null) ?? null,
    programName: (row.program_name as string | null) ?? null,
  }),
  sorts: { hiredOn: 'hi.hired_on', updatedAt: 'hi.updated_at' },
  filters: {
    personId: (personId: string) => ({ sql: 'hi.person_id = ?', params: [personId] }),
    organisationId: (organisationId: string) => ({ sql: 'hi.organisation_id = ?', params: [organisationId] }),
    kind: (kind: string) => ({ sql: 'hi.kind = ?', params: [kind] }),
    agreementId: (agreementId: string) => ({ sql: 'hi.agreement_id = ?', params: [agreementId] }),
    programId: (programId: string) => ({ sql: 'hi.program_id = ?', params: [programId] }),
    placementId: (placementId: string) => ({ sql: 'hi.placement_id = ?', params: [placementId] }),
  },
  searchText: {
    text: `concat_ws(' ', p.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(p.alt_names) n), o.name, hi.title, ag.title, pr.name, hi.notes)`,
    join: `JOIN people p ON p.id = hi.person_id JOIN organisations o ON o.id = hi.organisation_id LEFT JOIN agreements ag ON ag.id = hi.agreement_id LEFT JOIN programs pr ON pr.id = hi.program_id`,
  },
});

const HIRE_REFERENCES = referencesOf<HireValues>([
  { field: 'personId', column: 'person_id', to: personTable, missing: 'field.chooseExistingPerson', blocksDelete: 'hire.blocksDelete', searchesName: true },
  { field: 'organisationId', column: 'organisation_id', to: organisationTable, missing: 'field.chooseExistingOrganisation', blocksDelete: 'hire.blocksDelete', searchesName: true },
  { field: 'agreementId', column: 'agreement_id', to: agreementTable, missing: 'field.chooseExistingAgreement', blocksDelete: 'hire.blocksDelete', searchesName: true },
  { field: 'programId', column: 'program_id', to: programTable, missing: 'field.chooseExistingProgram', blocksDelete: 'hire.blocksDelete', searchesName: true },
  { field: 'placementId', column: 'placement_id', to: placementTable, missing: 'field.chooseExistingPlacement', blocksDelete: 'hire.blocksDelete' },
]);

const hires = recordService<HireValues, Hire>({ table: hireTable, noun: 'hire' });

/**
 * The stretch a hire opens in the person's affiliation history: at the organisation, in the role,
 * from the hire's day (a month or a year is not a day, so the start is left unknown rather than
 * made up). It carries `hire_id`, so the hire's edits and removal follow it.
 */
function affiliationOf(values: HireValues) {
  return { organisationId: values.organisationId, title: values.title, startedOn: values.hiredOn.length === 10 ? values.hiredOn : null };
}

function openAffiliation(ctx: ServiceContext, hireId: string, values: HireValues, stamp: RowStamp): void {
  const a = affiliationOf(values);
  statement(
    ctx.db,
    `INSERT INTO person_affiliations (id, person_id, organisation_id, title, started_on, ended_on, hire_id, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(newId(), values.personId, a.organisationId, a.title, a.startedOn, hireId, stamp.at, stamp.at, stamp.by);
}

export function createHire(ctx: ServiceContext, values: HireValues): Hire {
  return hires.create(
    ctx,
    () => {
      checkReferences(ctx, values, HIRE_REFERENCES);
      return values;
    },
    (id, stamp) => openAffiliation(ctx, id, values, stamp),
  );
}

/** An edit moves the affiliation it opened with it (a person corrected moves it to that person's history). */
export function updateHire(ctx: ServiceContext, input: ChannelParsedInput<'hires:update'>): Hire {
  return hires.update(
    ctx,
    input,
    () => {
      checkReferences(ctx, input.values, HIRE_REFERENCES);
      return input.values;
    },
    {
      after: (id, stamp) => {
        const a = affiliationOf(input.values);
        const moved = statement(
          ctx.db,
          `UPDATE person_affiliations SET person_id = ?, organisation_id = ?, title = ?, started_on = ?, updated_at = ?, updated_by = ?
            WHERE hire_id = ? AND deleted_at IS NULL`,
        ).run(input.values.personId, a.organisationId, a.title, a.startedOn, stamp.at, stamp.by, id);
        // A hire whose affiliation was removed (or never opened) opens it again.
        if (moved.changes === 0) openAffiliation(ctx, id, input.values, stamp);
      },
    },
  );
}

/** Removing a hire removes the affiliation it opened, in the same transaction. */
export function deleteHire(ctx: ServiceContext, removal: Removal): { id: string } {
  return write(ctx, 'hire', () => {
    const removed = hires.remove(ctx, removal);
    const at = timestamp(ctx);
    statement(ctx.db, 'UPDATE person_affiliations SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE hire_id = ? AND deleted_at IS NULL').run(at, at, ctx.actor, removal.id);
    return removed;
  });
}

/** Restoring a hire opens its affiliation again, as an edit of a hire whose affiliation was removed does. */
function restoreHire(ctx: ServiceContext, removal: Removal): Hire {
  return hires.restore(ctx, removal, (restored) => openAffiliation(ctx, restored.id, hireTable.fieldsOf(restored), { at: restored.updatedAt, by: ctx.actor }));
}

export const hireRecords = defineMainRecord({
  channels: 'hires',
  table: hireTable,
  references: HIRE_REFERENCES,
  handlers: (ctx) => ({
    'hires:list': (query) => hireTable.list(ctx.db, query, localToday(ctx.now())),
    'hires:get': ({ id }) => hires.get(ctx, id),
    'hires:create': (values) => createHire(ctx, values),
    'hires:update': (input) => updateHire(ctx, input),
    'hires:delete': (removal) => deleteHire(ctx, removal),
    'hires:restore': (removal) => restoreHire(ctx, removal),
  }),
});
