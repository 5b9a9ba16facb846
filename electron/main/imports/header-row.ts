import { fieldForHeader } from './column-names';

/** How far down a header may sit: registers put a title, a date and a note or two above it. */
const SEARCH_ROWS = 30;

/**
 * The row (0-based) that heads the columns: the one among the first rows whose cells name the most
 * known columns (at least two), the earliest on a tie. Null when no row does, e.g. a file of data only.
 */
export function findHeaderRow(rows: readonly string[][]): number | null {
  let best: { index: number; score: number } | null = null;
  for (let index = 0; index < Math.min(rows.length, SEARCH_ROWS); index += 1) {
    const fields = new Set(rows[index].map(fieldForHeader).filter((field) => field !== null && field !== 'ignore'));
    const score = fields.size;
    if (score >= 2 && (best === null || score > best.score)) best = { index, score };
  }
  return best?.index ?? null;
}
