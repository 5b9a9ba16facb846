import { localToday } from '../../../shared/calendar';
import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { Intake, IntakeValues } from '../../../shared/models/intake';
import { intakeTable } from '../db/repos/intake-repo';
import { programTable } from '../db/repos/program-repo';
import { recordService } from './record-service';
import type { ServiceContext } from './service-context';

const intakes = recordService<IntakeValues, Intake>({ table: intakeTable, noun: 'intake' });

export const getIntake = intakes.get;

export function queryIntakes(ctx: ServiceContext, query: ChannelParsedInput<'intakes:list'>) {
  return intakeTable.list(ctx.db, query, localToday(ctx.now()));
}

/** The order of the dates is the shared schema's rule; the program must exist, which only main can tell. */
function checkProgram(ctx: ServiceContext, values: IntakeValues): IntakeValues {
  if (!programTable.find(ctx.db, values.programId)) {
    throw new AppError('VALIDATION', 'program.missing', undefined, [fieldIssue('programId', 'field.chooseExistingProgram')]);
  }
  return values;
}

export function createIntake(ctx: ServiceContext, values: IntakeValues): Intake {
  return intakes.create(ctx, () => checkProgram(ctx, values));
}

export function updateIntake(ctx: ServiceContext, input: ChannelParsedInput<'intakes:update'>): Intake {
  return intakes.update(ctx, input, () => checkProgram(ctx, input.values));
}

export function deleteIntake(ctx: ServiceContext, id: string): { id: string } {
  return intakes.remove(ctx, id);
}
