import { parse } from 'csv-parse/sync';
import { AppError } from '../../../shared/errors';
import type { RawTable } from './raw-table';
import { decodeText } from './text-encoding';

const DELIMITERS = [',', '\t', ';'] as const;

type Lines = { to?: number; fromLine?: number; toLine?: number };

function parseRecords<T>(text: string, delimiter: string, lines: Lines, info: boolean): T[] {
  // With relaxed column counts the parser still builds (and drops) an error for every row wider or
  // narrower than the first; without stack traces that costs less (`readCsv` also starts the body's
  // parse at its first full-width row, so that such rows are rare). The errors it keeps and throws
  // carry their line numbers, not stacks.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      info,
      ...(lines.to ? { to: lines.to } : {}),
      ...(lines.fromLine ? { from_line: lines.fromLine } : {}),
      ...(lines.toLine ? { to_line: lines.toLine } : {}),
    }) as T[];
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

const records = (text: string, delimiter: string, lines: Lines = {}): string[][] => parseRecords<string[]>(text, delimiter, lines, false);

/** The width most of these rows have (counting only rows that hold anything), and how many have it. */
function commonWidth(rows: readonly string[][]): { width: number; rows: number } {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.some((cell) => cell.trim() !== '')) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  const [width, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
  return { width, rows: count };
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
      sample = records(text, delimiter, { to: 40 });
    } catch {
      continue;
    }
    const { width, rows } = commonWidth(sample);
    // Rows as wide as the most common width, counted only where that width splits anything.
    const score = width > 1 ? rows * Math.min(width, 20) : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * Every record of the file. A register often opens with a title line or two; the parser measures
 * each row against the first, so the rows from the first one of the register's usual width on are
 * read as a second part, starting at its line (found with each record's line in a short first look).
 */
function allRecords(text: string, delimiter: string): string[][] {
  const sample = parseRecords<{ record: string[]; info: { lines: number } }>(text, delimiter, { to: 40 }, true);
  const { width } = commonWidth(sample.map((entry) => entry.record));
  const first = sample.findIndex((entry) => entry.record.length === width);
  if (first <= 0) return records(text, delimiter);
  const lastLineBefore = sample[first - 1].info.lines;
  return [...records(text, delimiter, { toLine: lastLineBefore }), ...records(text, delimiter, { fromLine: lastLineBefore + 1 })];
}

/** A CSV (or tab-separated) file's rows, whatever encoding it was saved in. */
export function readCsv(bytes: Buffer): RawTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = sniffDelimiter(text);
  let rows: string[][];
  try {
    rows = allRecords(text, delimiter);
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('VALIDATION', 'import.csvBroken', { line: typeof line === 'number' ? line : 0 });
  }
  // A file ending in a line break leaves one empty record behind; it is no row of the register.
  while (rows.length && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return { format: 'csv', encoding, sheet: null, sheets: [], rows, notes: [] };
}
