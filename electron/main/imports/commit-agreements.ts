import { AppError } from '../../../shared/errors';
import { AgreementInput } from '../../../shared/models/agreement';
import { fieldIssuesFromZod } from '../../../shared/messages/zod-issues';
import { createAgreement } from '../services/agreement-service';
import type { ServiceContext } from '../services/service-context';

export type CommittedAgreement = { id: string; updatedAt: string };

/**
 * The one place import rows become agreements. Today: each row through `createAgreement` — the
 * same schema and rules as `agreements:create`, one audit entry per agreement — inside the import's
 * own transaction (each call is a savepoint within it). After merging, switch this to the batch
 * write path (one audit entry for the batch) and pass the precision dates, term kinds and
 * "from records" status the preview already holds (`ImportDraft`). `rows` are the file's row numbers,
 * to name the row when one is refused; a refusal rolls the whole import back.
 */
export function commitAgreements(ctx: ServiceContext, inputs: readonly AgreementInput[], rows: readonly number[]): CommittedAgreement[] {
  return inputs.map((input, i) => {
    const parsed = AgreementInput.safeParse(input);
    if (!parsed.success) {
      throw new AppError('VALIDATION', 'import.rowFailed', { row: rows[i], reason: fieldIssuesFromZod(parsed.error.issues)[0]?.message ?? '' });
    }
    try {
      const created = createAgreement(ctx, parsed.data);
      return { id: created.id, updatedAt: created.updatedAt };
    } catch (error) {
      if (error instanceof AppError) throw new AppError('VALIDATION', 'import.rowFailed', { row: rows[i], reason: error.message });
      throw error;
    }
  });
}
