/**
 * `npx tsx test/tools/write-import-fixtures.ts` writes the import fixtures in test/fixtures/imports/
 * from `register-rows.ts`: the messy register as CSV (UTF-8 with a BOM, as Excel's "CSV UTF-8"
 * saves it), as XLSX (a merged title, real date cells, formulas with saved results), as Excel's
 * "Unicode text" (UTF-16 LE, tab-separated) and as UTF-16 BE without a mark, plus a Korean register
 * in CP949 and a Chinese one in GB18030. The text fixtures come out byte for byte the same on every
 * run; the XLSX's zip entries carry the time it was written, its cells do not change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  CHINESE_HEADER,
  CHINESE_ROWS,
  HEADER,
  KOREAN_HEADER,
  KOREAN_ROWS,
  ROWS,
  SUBTITLE,
  TITLE,
  XLSX_OVERRIDES,
  csvText,
  type Cell,
} from '../fixtures/imports/register-rows';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'imports');

function csvLine(cells: readonly string[], delimiter = ','): string {
  return cells.map((cell) => (/[",\n\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter);
}

/** The register as a spreadsheet shows it: title, note, a blank line, the header, the rows. */
function registerLines(delimiter = ','): string {
  const blank = HEADER.map(() => '');
  const lines = [
    [TITLE, ...blank.slice(1)],
    [SUBTITLE, ...blank.slice(1)],
    blank,
    HEADER,
    ...ROWS.map((row) => row.map(csvText)),
  ];
  return `${lines.map((line) => csvLine(line, delimiter)).join('\r\n')}\r\n`;
}

function write(name: string, bytes: Buffer): void {
  fs.writeFileSync(path.join(OUT, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function xlsxValue(cell: Cell): ExcelJS.CellValue {
  if (typeof cell === 'string' || typeof cell === 'number') return cell === '' ? null : cell;
  if ('date' in cell) return utcDate(cell.date);
  const result = typeof cell.result === 'object' ? utcDate(cell.result.date) : cell.result;
  return { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
}

async function writeXlsx(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liaison fixtures';
  workbook.created = new Date('2024-03-01T00:00:00Z');
  workbook.modified = new Date('2024-03-01T00:00:00Z');
  const sheet = workbook.addWorksheet('Agreements');
  const last = String.fromCharCode(64 + HEADER.length);
  sheet.mergeCells(`A1:${last}1`);
  sheet.getCell('A1').value = TITLE;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells(`A2:${last}2`);
  sheet.getCell('A2').value = SUBTITLE;
  sheet.getRow(4).values = HEADER;
  sheet.getRow(4).font = { bold: true };
  const cells = ROWS.map((row) => [...row]);
  for (const { row, column, cell } of XLSX_OVERRIDES) cells[row][column] = cell;
  cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      const target = sheet.getCell(5 + r, c + 1);
      target.value = xlsxValue(cell);
      if (typeof cell === 'object' && ('date' in cell || (typeof cell.result === 'object'))) target.numFmt = 'd mmm yyyy';
    });
  });
  // A second sheet, as workbooks have: the import reads the first with data unless told otherwise.
  const notes = workbook.addWorksheet('Notes');
  notes.getCell('A1').value = 'Maintained by the Office of Global Engagement.';
  write('register.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const csv = registerLines();
  write('register.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]));
  write('register-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(registerLines('\t'), 'utf-16le')]));
  write('register-utf16be.csv', iconv.encode(csv, 'utf-16be'));
  const korean = [KOREAN_HEADER, ...KOREAN_ROWS].map((line) => csvLine(line)).join('\r\n');
  write('korean-cp949.csv', iconv.encode(`${korean}\r\n`, 'cp949'));
  const chinese = [CHINESE_HEADER, ...CHINESE_ROWS].map((line) => csvLine(line)).join('\r\n');
  write('chinese-gb18030.csv', iconv.encode(`${chinese}\r\n`, 'gb18030'));
  await writeXlsx();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
