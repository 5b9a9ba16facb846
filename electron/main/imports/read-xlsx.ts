import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import type { CellNote, RawTable } from './raw-table';
import { checkZipArchive } from './zip-check';

type CellValue = ExcelJS.CellValue;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date cell is a day: Excel keeps no time zone, and the reader gives the day at UTC midnight. */
function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function plain(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDay(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plain(value.text as CellValue);
  if ('error' in value) return value.error;
  return '';
}

/** The text of one cell: a formula's saved result (never the formula), with a note where there is none. */
function cellText(value: CellValue, row: number, column: number, notes: CellNote[]): string {
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value)) {
    const result = value.result;
    if (result === undefined || result === null) {
      notes.push({ row, column, key: 'import.formulaNoValue' });
      return '';
    }
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      notes.push({ row, column, key: 'import.cellError', params: { error: result.error } });
      return result.error;
    }
    return plain(result);
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && 'error' in value) {
    notes.push({ row, column, key: 'import.cellError', params: { error: value.error } });
  }
  return plain(value);
}

/** The sheet asked for, else the first one holding anything. */
function chooseSheet(workbook: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet {
  if (name !== undefined) {
    const named = workbook.worksheets.find((sheet) => sheet.name === name);
    if (!named) throw new AppError('VALIDATION', 'import.sheetMissing', { sheet: name });
    return named;
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION', 'import.noSheets');
  return sheet;
}

/**
 * An XLSX workbook's sheet as rows of text. Merged cells: a merge across columns (a register's
 * title over the header, a heading over two columns) is read once, in its first cell; a merge down
 * the rows (one partner or country for several agreements) gives each of those rows the value.
 */
export async function readXlsx(bytes: Buffer, sheetName?: string): Promise<RawTable> {
  const names = checkZipArchive(bytes);
  if (!names.includes('xl/workbook.xml')) throw new AppError('VALIDATION', 'import.notSpreadsheet');
  // Loaded when a workbook is read, not at every start of the app or the CLI: it is a large library.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // ExcelJS types its input as an ArrayBuffer; under Node it reads a Buffer (what it is given here).
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'import.xlsxUnreadable');
  }
  const sheet = chooseSheet(workbook, sheetName);
  const notes: CellNote[] = [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      const copiesDown = master.address === cell.address || (Number(master.col) === c && Number(master.row) < r);
      cells.push(copiesDown ? cellText(cell.value, r, c - 1, notes) : '');
    }
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return {
    format: 'xlsx',
    encoding: null,
    sheet: sheet.name,
    sheets: workbook.worksheets.map((candidate) => candidate.name),
    rows,
    notes,
  };
}
