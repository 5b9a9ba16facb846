import { AppError } from '../../../shared/errors';

/**
 * Optimistic concurrency: an editor sends the `updatedAt` it loaded; if the row moved on since
 * (another window, the CLI), the save is refused rather than silently overwriting.
 */
export function assertFresh(current: string, expected: string | undefined, what: string): void {
  if (expected !== undefined && expected !== current) {
    throw new AppError('CONFLICT', 'record.changedMeanwhile', { noun: what });
  }
}
