import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue, type FieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Program, ProgramValues } from '../../../shared/models/program';
import type { RowStamp } from '../db/record-table';
import { agreementTable } from '../db/repos/agreement-repo';
import { intakeIdsOf, intakeTable } from '../db/repos/intake-repo';
import { organisationTable } from '../db/repos/organisation-repo';
import { programAgreements, programScholarship, programSponsors, programTable, type ProgramColumns } from '../db/repos/program-repo';
import { recordService } from './record-service';
import { newId, type ServiceContext } from './service-context';

const programs = recordService<ProgramColumns, Program>({ table: programTable, noun: 'program' });

export const getProgram = programs.get;

export function queryPrograms(ctx: ServiceContext, query: ChannelParsedInput<'programs:list'>) {
  return programTable.list(ctx.db, query, localToday(ctx.now()));
}

/** Every sponsor and agreement must exist now; each missing one is named at its own row. */
function checkLinks(ctx: ServiceContext, values: ProgramValues): ProgramColumns {
  const issues: FieldIssue[] = [
    ...values.sponsorIds.flatMap((id, index) =>
      organisationTable.find(ctx.db, id) ? [] : [fieldIssue(`sponsorIds.${index}`, 'field.chooseExistingOrganisation')],
    ),
    ...values.agreementIds.flatMap((id, index) =>
      agreementTable.find(ctx.db, id) ? [] : [fieldIssue(`agreementIds.${index}`, 'field.chooseExistingAgreement')],
    ),
  ];
  if (issues.length) {
    throw new AppError('VALIDATION', issues.length === 1 ? issues[0].key : 'program.referencesMissing', undefined, issues);
  }
  const { name, summary, eligibility, fields, phases, notes } = values;
  return { name, summary, eligibility, fields, phases, notes };
}

function saveChildren(ctx: ServiceContext, id: string, values: ProgramValues, stamp: RowStamp): void {
  programSponsors.save(ctx.db, id, values.sponsorIds.map((organisationId) => ({ organisationId })), stamp, newId);
  programAgreements.save(ctx.db, id, values.agreementIds.map((agreementId) => ({ agreementId })), stamp, newId);
  programScholarship.save(ctx.db, id, values.scholarship, stamp, newId);
}

export function createProgram(ctx: ServiceContext, values: ProgramValues): Program {
  return programs.create(
    ctx,
    () => checkLinks(ctx, values),
    (id, stamp) => saveChildren(ctx, id, values, stamp),
  );
}

export function updateProgram(ctx: ServiceContext, input: ChannelParsedInput<'programs:update'>): Program {
  return programs.update(ctx, input, () => checkLinks(ctx, input.values), {
    after: (id, stamp, before) => {
      saveChildren(ctx, id, input.values, stamp);
      // Intakes are found by their program's name: keep their index in step with a rename.
      if (before.name !== input.values.name) intakeIdsOf(ctx.db, id).forEach((intakeId) => intakeTable.reindex(ctx.db, intakeId));
    },
  });
}

/** Tombstones the program; refused while it still has intakes, which would be left without one. */
export function deleteProgram(ctx: ServiceContext, id: string): { id: string } {
  return programs.remove(ctx, id, (before) => {
    const intakes = intakeIdsOf(ctx.db, id).length;
    if (intakes > 0) {
      throw new AppError('CONFLICT', 'program.stillHasIntakes', { name: before.name, count: intakes });
    }
  });
}
