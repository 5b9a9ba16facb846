import { AppError } from '../../../shared/errors';
import { AgreementInput } from '../../../shared/models/agreement';
import { fieldIssuesFromZod } from '../../../shared/messages/zod-issues';
import { createAgreementsInSteps } from '../services/agreement-service';
import type { ServiceContext } from '../services/service-context';

export type CommittedAgreement = { id: string; updatedAt: string };

/**
 * The one place import rows become agreements: the services' batch path — the same schema and
 * rules as `agreements:create` for every row, prepared statements reused — inside the import's own
 * transaction, in steps (`step(done)` between them reports progress). The import's own audit entry
 * names every agreement it made (`commitImport`), so the batch writes none of its own. `rows` are
 * the file's row numbers, to name the row when one is refused; a refusal rolls the whole import back.
 */
export async function commitAgreements(
  ctx: ServiceContext,
  inputs: readonly AgreementInput[],
  rows: readonly number[],
  step: (done: number) => Promise<void>,
): Promise<CommittedAgreement[]> {
  const parsed = inputs.map((input, i) => {
    const result = AgreementInput.safeParse(input);
    if (!result.success) {
      throw new AppError('VALIDATION', 'import.rowFailed', { row: rows[i], reason: fieldIssuesFromZod(result.error.issues)[0]?.message ?? '' });
    }
    return { row: rows[i], values: result.data };
  });
  try {
    return await createAgreementsInSteps(ctx, parsed, { source: 'import', auditedByCaller: true }, step);
  } catch (error) {
    // The batch names the refused row; the import says so in its own words (nothing was imported).
    if (error instanceof AppError && error.key === 'batch.rowFailed') {
      throw new AppError('VALIDATION', 'import.rowFailed', error.params, error.issues);
    }
    throw error;
  }
}
