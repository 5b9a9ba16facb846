import { parse } from 'csv-parse/sync';
import { AppError } from '../../../shared/errors';
import type { RawTable } from './raw-table';
import { decodeText } from './text-encoding';

const DELIMITERS = [',', '\t', ';'] as const;

function records(text: string, delimiter: string, to?: number): string[][] {
  // With relaxed column counts the parser still builds (and drops) an error for every row wider or
  // narrower than the first — every data row of a register that starts with a title line. Building
  // each one's stack trace was a tenth of reading a 10,000-row file (profiled); the errors it keeps
  // and throws carry their line numbers, not stacks.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      ...(to ? { to } : {}),
    }) as string[][];
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The delimiter that splits the first rows most consistently: Excel writes commas, semicolons where
 * the decimal mark is a comma, and tabs in its "Unicode text".
 */
function sniffDelimiter(text: string): string {
  let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    let sample: string[][];
    try {
      sample = records(text, delimiter, 40).filter((row) => row.some((cell) => cell.trim() !== ''));
    } catch {
      continue;
    }
    const widths = sample.map((row) => row.length);
    const counts = new Map<number, number>();
    for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
    // Rows as wide as the most common width, counted only where that width splits anything.
    const [width, rows] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    const score = width > 1 ? rows * Math.min(width, 20) : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** A CSV (or tab-separated) file's rows, whatever encoding it was saved in. */
export function readCsv(bytes: Buffer): RawTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = sniffDelimiter(text);
  let rows: string[][];
  try {
    rows = records(text, delimiter);
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('VALIDATION', 'import.csvBroken', { line: typeof line === 'number' ? line : 0 });
  }
  // A file ending in a line break leaves one empty record behind; it is no row of the register.
  while (rows.length && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return { format: 'csv', encoding, sheet: null, sheets: [], rows, notes: [] };
}
