import { localToday } from '../../../shared/calendar';
import { AppError } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Person, PersonValues } from '../../../shared/models/person';
import { findOrganisation } from '../db/repos/organisation-repo';
import {
  endOpenAffiliations,
  findPerson,
  insertAffiliation,
  insertPerson,
  listPeople,
  signatoryCount,
  tombstonePerson,
  updatePersonRow,
} from '../db/repos/person-repo';
import { agreementIdsMentioning, reindexAgreement } from '../db/repos/agreement-parts-repo';
import { recordAudit } from './audit-service';
import { assertFresh } from './concurrency';
import { newId, timestamp, write, type ServiceContext } from './service-context';

const ENTITY = 'person';

export function getPerson(ctx: ServiceContext, id: string): Person {
  const person = findPerson(ctx.db, id);
  if (!person) throw new AppError('NOT_FOUND', 'That person does not exist or was deleted.');
  return person;
}

export function queryPeople(ctx: ServiceContext, query: ChannelParsedInput<'people:list'>) {
  return listPeople(ctx.db, query);
}

function checkOrganisation(ctx: ServiceContext, organisationId: string | null): void {
  if (organisationId && !findOrganisation(ctx.db, organisationId)) {
    throw new AppError('VALIDATION', 'The organisation does not exist.', [
      { path: 'organisationId', message: 'Choose an existing organisation.' },
    ]);
  }
}

export function createPerson(ctx: ServiceContext, values: PersonValues): Person {
  return write(ctx, ENTITY, () => {
    checkOrganisation(ctx, values.organisationId);
    const id = newId();
    const stamp = { at: timestamp(ctx), by: ctx.actor };
    insertPerson(ctx.db, id, values, stamp);
    if (values.organisationId) {
      insertAffiliation(
        ctx.db,
        { id: newId(), personId: id, organisationId: values.organisationId, title: values.title, startedOn: null, endedOn: null },
        stamp,
      );
    }
    const created = getPerson(ctx, id);
    recordAudit(ctx, { entity: ENTITY, entityId: id, action: 'create', before: null, after: created });
    return created;
  });
}

/** Saves the person; a change of organisation closes the old affiliation and opens a new one. */
export function updatePerson(ctx: ServiceContext, input: ChannelParsedInput<'people:update'>): Person {
  return write(ctx, ENTITY, () => {
    const before = getPerson(ctx, input.id);
    assertFresh(before.updatedAt, input.expectedUpdatedAt, 'person');
    checkOrganisation(ctx, input.values.organisationId);
    const stamp = { at: timestamp(ctx), by: ctx.actor };
    if (before.organisationId !== input.values.organisationId) {
      const movedOn = input.movedOn ?? localToday(ctx.now());
      endOpenAffiliations(ctx.db, input.id, movedOn, stamp);
      if (input.values.organisationId) {
        insertAffiliation(
          ctx.db,
          {
            id: newId(),
            personId: input.id,
            organisationId: input.values.organisationId,
            title: input.values.title,
            startedOn: movedOn,
            endedOn: null,
          },
          stamp,
        );
      }
    }
    updatePersonRow(ctx.db, input.id, input.values, stamp);
    // Agreements are found by their signatories' names: keep the index in step with a rename.
    agreementIdsMentioning(ctx.db, { personId: input.id }).forEach((id) => reindexAgreement(ctx.db, id));
    const after = getPerson(ctx, input.id);
    recordAudit(ctx, { entity: ENTITY, entityId: input.id, action: 'update', before, after });
    return after;
  });
}

export function deletePerson(ctx: ServiceContext, id: string): { id: string } {
  return write(ctx, ENTITY, () => {
    const before = getPerson(ctx, id);
    const signed = signatoryCount(ctx.db, id);
    if (signed > 0) {
      throw new AppError(
        'CONFLICT',
        `${before.name} is a signatory of ${signed} agreement${signed === 1 ? '' : 's'} and cannot be deleted.`,
      );
    }
    tombstonePerson(ctx.db, id, { at: timestamp(ctx), by: ctx.actor });
    recordAudit(ctx, { entity: ENTITY, entityId: id, action: 'delete', before, after: null });
    return { id };
  });
}
