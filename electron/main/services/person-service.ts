import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Person, PersonValues } from '../../../shared/models/person';
import type { RowStamp } from '../db/record-table';
import { organisationTable } from '../db/repos/organisation-repo';
import { endOpenAffiliations, insertAffiliation, listAffiliations, personTable, signatoryCount } from '../db/repos/person-repo';
import { agreementIdsMentioning } from '../db/repos/agreement-parts-repo';
import { agreementTable } from '../db/repos/agreement-repo';
import { recordService } from './record-service';
import { newId, type ServiceContext } from './service-context';

const people = recordService<PersonValues, Person>({
  table: personTable,
  noun: 'person',
  load: (ctx, id) => {
    const person = personTable.find(ctx.db, id);
    return person && { ...person, affiliations: listAffiliations(ctx.db, id) };
  },
});

export const getPerson = people.get;

export function queryPeople(ctx: ServiceContext, query: ChannelParsedInput<'people:list'>) {
  return personTable.list(ctx.db, query, localToday(ctx.now()));
}

function checkOrganisation(ctx: ServiceContext, organisationId: string | null): void {
  if (organisationId && !organisationTable.find(ctx.db, organisationId)) {
    throw new AppError('VALIDATION', 'person.organisationMissing', undefined, [
      fieldIssue('organisationId', 'field.chooseExistingOrganisation'),
    ]);
  }
}

function openAffiliation(ctx: ServiceContext, personId: string, values: PersonValues, startedOn: string | null, stamp: RowStamp): void {
  if (!values.organisationId) return;
  insertAffiliation(
    ctx.db,
    { id: newId(), personId, organisationId: values.organisationId, title: values.title, startedOn, endedOn: null },
    stamp,
  );
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

export function deletePerson(ctx: ServiceContext, id: string): { id: string } {
  return people.remove(ctx, id, (before) => {
    const signed = signatoryCount(ctx.db, id);
    if (signed > 0) {
      throw new AppError('CONFLICT', 'person.stillSignatory', { name: before.name, count: signed });
    }
  });
}
