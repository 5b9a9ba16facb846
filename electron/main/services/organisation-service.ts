import { AppError } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Organisation, OrganisationValues } from '../../../shared/models/organisation';
import {
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  organisationReferences,
  tombstoneOrganisation,
  updateOrganisationRow,
} from '../db/repos/organisation-repo';
import { agreementIdsMentioning, reindexAgreement } from '../db/repos/agreement-parts-repo';
import { ancestorIds } from '../db/repos/lineage-repo';
import { recordAudit } from './audit-service';
import { assertFresh } from './concurrency';
import { newId, timestamp, write, type ServiceContext } from './service-context';

const ENTITY = 'organisation';

export function getOrganisation(ctx: ServiceContext, id: string): Organisation {
  const organisation = findOrganisation(ctx.db, id);
  if (!organisation) throw new AppError('NOT_FOUND', 'That organisation does not exist or was deleted.');
  return organisation;
}

export function queryOrganisations(ctx: ServiceContext, query: ChannelParsedInput<'organisations:list'>) {
  return listOrganisations(ctx.db, query);
}

function checkParent(ctx: ServiceContext, id: string | null, parentId: string | null): void {
  if (!parentId) return;
  if (!findOrganisation(ctx.db, parentId)) {
    throw new AppError('VALIDATION', 'The parent organisation does not exist.', [
      { path: 'parentId', message: 'Choose an existing organisation.' },
    ]);
  }
  if (id && (parentId === id || ancestorIds(ctx.db, 'organisations', parentId).includes(id))) {
    throw new AppError('VALIDATION', 'An organisation cannot sit under itself.', [
      { path: 'parentId', message: 'This would make a loop of parent organisations.' },
    ]);
  }
}

export function createOrganisation(ctx: ServiceContext, values: OrganisationValues): Organisation {
  return write(ctx, ENTITY, () => {
    checkParent(ctx, null, values.parentId);
    const id = newId();
    insertOrganisation(ctx.db, id, values, { at: timestamp(ctx), by: ctx.actor });
    const created = getOrganisation(ctx, id);
    recordAudit(ctx, { entity: ENTITY, entityId: id, action: 'create', before: null, after: created });
    return created;
  });
}

export function updateOrganisation(
  ctx: ServiceContext,
  input: ChannelParsedInput<'organisations:update'>,
): Organisation {
  return write(ctx, ENTITY, () => {
    const before = getOrganisation(ctx, input.id);
    assertFresh(before.updatedAt, input.expectedUpdatedAt, 'organisation');
    checkParent(ctx, input.id, input.values.parentId);
    updateOrganisationRow(ctx.db, input.id, input.values, { at: timestamp(ctx), by: ctx.actor });
    // Agreements are found by their parties' names: keep the index in step with a rename.
    agreementIdsMentioning(ctx.db, { organisationId: input.id }).forEach((id) => reindexAgreement(ctx.db, id));
    const after = getOrganisation(ctx, input.id);
    recordAudit(ctx, { entity: ENTITY, entityId: input.id, action: 'update', before, after });
    return after;
  });
}

/** Tombstones the organisation; refused while agreements, people or sub-units still point at it. */
export function deleteOrganisation(ctx: ServiceContext, id: string): { id: string } {
  return write(ctx, ENTITY, () => {
    const before = getOrganisation(ctx, id);
    const refs = organisationReferences(ctx.db, id);
    const blockers = [
      refs.agreements && `${refs.agreements} agreement${refs.agreements === 1 ? '' : 's'}`,
      refs.people && `${refs.people} ${refs.people === 1 ? 'person' : 'people'}`,
      refs.children && `${refs.children} sub-organisation${refs.children === 1 ? '' : 's'}`,
    ].filter(Boolean);
    if (blockers.length) {
      throw new AppError('CONFLICT', `${before.name} is still referenced by ${blockers.join(', ')}.`);
    }
    tombstoneOrganisation(ctx.db, id, { at: timestamp(ctx), by: ctx.actor });
    recordAudit(ctx, { entity: ENTITY, entityId: id, action: 'delete', before, after: null });
    return { id };
  });
}
