import type { MessageKey, MessageParams } from '../../../shared/errors';

/** Something the reader noticed about one cell (a formula with no saved value). */
export type CellNote = { row: number; column: number; key: MessageKey; params?: MessageParams };

/**
 * A file's rows as text, before anything is interpreted: row `i` is the spreadsheet's row `i + 1`,
 * and every cell is the text it holds (an XLSX date cell as `YYYY-MM-DD`, a formula as its saved value).
 */
export type RawTable = {
  format: 'csv' | 'xlsx';
  /** CSV: the encoding the bytes were read in. */
  encoding: string | null;
  /** XLSX: the sheet read, and every sheet the workbook has. */
  sheet: string | null;
  sheets: string[];
  rows: string[][];
  notes: CellNote[];
};
