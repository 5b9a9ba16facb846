import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Organisation, OrganisationValues } from '../../../shared/models/organisation';
import { organisationReferences, organisationTable, peopleAt } from '../db/repos/organisation-repo';
import { agreementIdsMentioning } from '../db/repos/agreement-parts-repo';
import { agreementTable } from '../db/repos/agreement-repo';
import { personTable } from '../db/repos/person-repo';
import { ancestorIds } from '../db/repos/lineage-repo';
import { localToday } from '../../../shared/calendar';
import { recordService } from './record-service';
import type { ServiceContext } from './service-context';

const organisations = recordService<OrganisationValues, Organisation>({ table: organisationTable, noun: 'organisation' });

export const getOrganisation = organisations.get;

export function queryOrganisations(ctx: ServiceContext, query: ChannelParsedInput<'organisations:list'>) {
  return organisationTable.list(ctx.db, query, localToday(ctx.now()));
}

function checkParent(ctx: ServiceContext, id: string | null, parentId: string | null): void {
  if (!parentId) return;
  if (!organisationTable.find(ctx.db, parentId)) {
    throw new AppError('VALIDATION', 'organisation.parentMissing', undefined, [
      fieldIssue('parentId', 'field.chooseExistingOrganisation'),
    ]);
  }
  if (id && (parentId === id || ancestorIds(ctx.db, 'organisations', parentId).includes(id))) {
    throw new AppError('VALIDATION', 'organisation.parentLoop', undefined, [
      fieldIssue('parentId', 'organisation.parentLoopHere'),
    ]);
  }
}

export function createOrganisation(ctx: ServiceContext, values: OrganisationValues): Organisation {
  return organisations.create(ctx, () => {
    checkParent(ctx, null, values.parentId);
    return values;
  });
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
        // Agreements and people are found by the organisation's names: keep their index in step with a rename.
        if (before.name === input.values.name && JSON.stringify(before.altNames) === JSON.stringify(input.values.altNames)) return;
        agreementIdsMentioning(ctx.db, { organisationId: id }).forEach((agreementId) => agreementTable.reindex(ctx.db, agreementId));
        peopleAt(ctx.db, id).forEach((personId) => personTable.reindex(ctx.db, personId));
      },
    },
  );
}

/** Tombstones the organisation; refused while agreements, people or sub-units still point at it. */
export function deleteOrganisation(ctx: ServiceContext, id: string): { id: string } {
  return organisations.remove(ctx, id, (before) => {
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
