import { Reason } from '../../../../shared/models/common';
import { zodIssuesToErrors } from './form-errors';

/** What is wrong with a reason typed for a removal, correction or restore (as main will read it), or null when it will do. */
export function reasonProblem(reason: string): string | null {
  const parsed = Reason.safeParse(reason);
  return parsed.success ? null : (Object.values(zodIssuesToErrors(parsed.error.issues))[0] ?? null);
}
