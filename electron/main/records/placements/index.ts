import { localToday } from '../../../../shared/calendar';
import type { ChannelParsedInput } from '../../../../shared/ipc/contract';
import { placementLifecycle, type Placement, type PlacementValues } from '../../../../shared/models/placement';
import { agreementTable } from '../../db/repos/agreement-repo';
import { recordService } from '../../services/record-service';
import type { ServiceContext } from '../../services/service-context';
import { defineMainRecord } from '../define-main-record';
import { moveAlong } from '../lifecycle-moves';
import { organisationTable } from '../organisations';
import { personTable } from '../people';
import { programTable } from '../programs';
import { checkReferences, referencesOf } from '../references';
import { exportPlacements } from './placement-export';
import { placementTable, type PlacementColumns } from './placement-table';
import { programFunnel, upcomingReminders } from './placement-views';

export { placementTable } from './placement-table';

/**
 * A placement names its intern, host and, when known, supervisor, program and agreement: each must
 * exist when it is saved, none can be deleted while it names them, and it is found by their names.
 */
export const PLACEMENT_REFERENCES = referencesOf<PlacementValues>([
  { field: 'internId', column: 'intern_id', to: personTable, missing: 'field.chooseExistingPerson', blocksDelete: 'placement.blocksDelete', searchesName: true },
  { field: 'hostId', column: 'host_id', to: organisationTable, missing: 'field.chooseExistingOrganisation', blocksDelete: 'placement.blocksDelete', searchesName: true },
  { field: 'supervisorId', column: 'supervisor_id', to: personTable, missing: 'field.chooseExistingPerson', blocksDelete: 'placement.blocksDelete', searchesName: true },
  { field: 'programId', column: 'program_id', to: programTable, missing: 'field.chooseExistingProgram', blocksDelete: 'placement.blocksDelete', searchesName: true },
  { field: 'agreementId', column: 'agreement_id', to: agreementTable, missing: 'field.chooseExistingAgreement', blocksDelete: 'placement.blocksDelete', searchesName: true },
]);

export const placements = recordService<PlacementColumns, Placement>({ table: placementTable, noun: 'placement' });

/** A new placement is active; its outcome is a move along the lifecycle. */
export function createPlacement(ctx: ServiceContext, values: PlacementValues): Placement {
  return placements.create(ctx, () => {
    checkReferences(ctx, values, PLACEMENT_REFERENCES);
    return { ...values, status: 'active' };
  });
}

/** An edit keeps the status: only `placements:transition` moves it. */
export function updatePlacement(ctx: ServiceContext, input: ChannelParsedInput<'placements:update'>): Placement {
  return placements.update(ctx, input, (before) => {
    checkReferences(ctx, input.values, PLACEMENT_REFERENCES);
    return { ...input.values, status: before.status };
  });
}

/** Moves the outcome; "hired" is refused until an evaluation is recorded (the lifecycle's guard). */
export function transitionPlacement(ctx: ServiceContext, move: ChannelParsedInput<'placements:transition'>): Placement {
  return moveAlong(ctx, placements, placementLifecycle, move, {
    fields: (before, to) => ({ ...placementTable.fieldsOf(before), status: to }),
  });
}

export const placementRecords = defineMainRecord({
  channels: 'placements',
  table: placementTable,
  references: PLACEMENT_REFERENCES,
  handlers: (ctx) => ({
    'placements:list': (query) => placementTable.list(ctx.db, query, localToday(ctx.now())),
    'placements:get': ({ id }) => placements.get(ctx, id),
    'placements:create': (values) => createPlacement(ctx, values),
    'placements:update': (input) => updatePlacement(ctx, input),
    'placements:delete': (removal) => placements.remove(ctx, removal),
    'placements:restore': (removal) => placements.restore(ctx, removal),
    'placements:transition': (move) => transitionPlacement(ctx, move),
    'placements:export': (input) => exportPlacements(ctx, input),
    'programs:funnel': ({ programId }) => programFunnel(ctx.db, programId),
    'reminders:upcoming': ({ withinDays }) => upcomingReminders(ctx.db, localToday(ctx.now()), withinDays),
  }),
});
