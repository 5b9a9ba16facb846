import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../shared/models/import';
import { findHeaderRow } from '../../electron/main/imports/header-row';
import { readRegisterFile } from '../../electron/main/imports/read-file';
import { checkZipArchive } from '../../electron/main/imports/zip-check';
import { HEADER, ROWS } from '../fixtures/imports/register-rows';
import { fixtureBytes, makeZip } from './import-fixtures';

async function refusal(read: Promise<unknown>): Promise<AppError> {
  const error = await read.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function workbookBytes(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Register'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading a register file', () => {
  it('reads the same register from UTF-8 (with and without a BOM), UTF-16 LE and BE, CSV and tab-separated', async () => {
    const utf8 = fixtureBytes('register.csv');
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const files = {
      'UTF-8 with a BOM': utf8,
      'UTF-8 without one': utf8.subarray(3),
      'UTF-16 LE (Excel’s Unicode text, tabs)': fixtureBytes('register-utf16le.txt'),
      'UTF-16 BE without a mark': fixtureBytes('register-utf16be.csv'),
    };
    const encodings: string[] = [];
    for (const [what, bytes] of Object.entries(files)) {
      const table = await readRegisterFile(bytes);
      encodings.push(table.encoding ?? '');
      expect(table.rows[3], what).toEqual(HEADER);
      expect(table.rows[4][1], what).toBe('University of Tokyo');
      expect(table.rows[6][1], what).toBe('清华大学');
      expect(table.rows[6][5], what).toBe('2019年3月4日');
      expect(table.rows.length, what).toBe(4 + ROWS.length);
    }
    expect(encodings).toEqual(['UTF-8', 'UTF-8', 'UTF-16 LE', 'UTF-16 BE']);
  });

  it('reads every line above the header as written, a cell broken over lines included, and refuses a quote left open', async () => {
    const body = Array.from({ length: 45 }, (_, i) => `Partner ${i},2020-06-01,"Exchange, research ${i}"`);
    const csv = ['Register of agreements', '', '"Note: dates are as signed,', 'not as filed"', 'Partner,Signed,Title', ...body, ''].join('\r\n');
    const table = await readRegisterFile(Buffer.from(csv));
    expect(table.rows.slice(0, 5)).toEqual([
      ['Register of agreements'],
      [''],
      ['Note: dates are as signed,\r\nnot as filed'],
      ['Partner', 'Signed', 'Title'],
      ['Partner 0', '2020-06-01', 'Exchange, research 0'],
    ]);
    expect(table.rows).toHaveLength(4 + 45);
    expect(table.rows[48]).toEqual(['Partner 44', '2020-06-01', 'Exchange, research 44']);
    // The open quote is on line 51; the parser reports where it gave up, at or after it.
    const broken = `${csv}Osaka University,2022-02-02,"Unclosed\r\nnext line\r\n`;
    const refused = await refusal(readRegisterFile(Buffer.from(broken)));
    expect(refused.key).toBe('import.csvBroken');
    expect(Number(refused.params?.line)).toBeGreaterThanOrEqual(51);
  });

  it('tells CP949 (Korean) from GB18030 (Chinese), which share their byte ranges', async () => {
    const korean = await readRegisterFile(fixtureBytes('korean-cp949.csv'));
    expect(korean.encoding).toBe('CP949');
    expect(korean.rows[0]).toEqual(['연번', '협약기관', '국가', '협약종류', '체결일', '만료일', '협약기간', '상태', '비고']);
    expect(korean.rows[1].slice(1, 5)).toEqual(['서울대학교', '대한민국', '업무협약', '2019. 3. 4.']);
    const chinese = await readRegisterFile(fixtureBytes('chinese-gb18030.csv'));
    expect(chinese.encoding).toBe('GB18030');
    expect(chinese.rows[2].slice(1, 5)).toEqual(['香港科技大学', '香港', '谅解备忘录', '2020年6月18日']);
  });

  it('refuses bytes that are no text in any encoding it reads, with a sentence', async () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x3f)));
    expect((await refusal(readRegisterFile(noise))).message).toMatch(/not in an encoding Liaison reads/);
    expect((await refusal(readRegisterFile(Buffer.from('%PDF-1.7\n...')))).message).toMatch(/not a CSV or Excel file/);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect((await refusal(readRegisterFile(xls))).message).toMatch(/Excel 97–2003 workbook/);
  });

  it('finds the header below a title and a note, by the column names it knows in English, Korean and Chinese', async () => {
    const table = await readRegisterFile(fixtureBytes('register.csv'));
    expect(findHeaderRow(table.rows)).toBe(3);
    expect(findHeaderRow([['Register of MOUs'], ['', ''], ['연번', '협약기관', '체결일']])).toBe(2);
    expect(findHeaderRow([['序号', '合作单位', '签署日期', '到期日期']])).toBe(0);
    // Rows of data only: no header to be found, rather than a row of data taken for one.
    expect(findHeaderRow([['1', 'KAIST', '2019-03-04'], ['2', 'POSTECH', '2020-01-01']])).toBeNull();
  });

  it('reads the XLSX register: the merged title once, date cells as days, formulas as their saved values', async () => {
    const table = await readRegisterFile(fixtureBytes('register.xlsx'));
    expect(table).toMatchObject({ format: 'xlsx', sheet: 'Agreements', sheets: ['Agreements', 'Notes'] });
    expect(table.rows[0]).toEqual(['International Agreements Register — Office of Global Engagement']);
    expect(table.rows[3]).toEqual(HEADER);
    const first = table.rows[4];
    expect(first[6]).toBe('2023-09-20'); // =EDATE(F5,60)-1, its saved result
    expect(table.rows[8][7]).toBe('5 years'); // ="5 years"
    expect(table.rows[8][5]).toBe('2019-05-20'); // a date cell
    expect(table.rows[9][5]).toBe('43529'); // a number typed into a date column
    const notes = await readRegisterFile(fixtureBytes('register.xlsx'), { sheet: 'Notes' });
    expect(notes.rows).toEqual([['Maintained by the Office of Global Engagement.']]);
    expect((await refusal(readRegisterFile(fixtureBytes('register.xlsx'), { sheet: 'Budget' }))).message).toMatch(/no sheet named “Budget”/);
  });

  it('gives each row of a merge down the rows its value, and keeps a merge across the columns in its first cell', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.getRow(1).values = ['Country', 'Partner', 'Type', 'Signed'];
      sheet.mergeCells('A2:A4');
      sheet.getCell('A2').value = 'Japan';
      sheet.getCell('B2').value = 'University of Tokyo';
      sheet.getCell('B3').value = 'Kyoto University';
      sheet.getCell('B4').value = 'Osaka University';
      sheet.mergeCells('C2:D2');
      sheet.getCell('C2').value = 'MOU, signed date unknown';
    });
    const table = await readRegisterFile(bytes);
    expect(table.rows.slice(1).map((row) => row[0])).toEqual(['Japan', 'Japan', 'Japan']);
    expect(table.rows[1]).toEqual(['Japan', 'University of Tokyo', 'MOU, signed date unknown']);
  });

  it('notes a formula with no saved value instead of inventing one', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.getRow(1).values = ['Partner', 'Expiry'];
      sheet.getCell('A2').value = 'KAIST';
      sheet.getCell('B2').value = { formula: 'EDATE(C2,36)' } as ExcelJS.CellFormulaValue;
      sheet.getCell('B3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    const table = await readRegisterFile(bytes);
    expect(table.rows[1]).toEqual(['KAIST']);
    expect(table.notes).toEqual([
      { row: 2, column: 1, key: 'import.formulaNoValue' },
      { row: 3, column: 1, key: 'import.cellError', params: { error: '#DIV/0!' } },
    ]);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const big = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41);
    expect((await refusal(readRegisterFile(big))).message).toMatch(/larger than 50 MB/);
  });

  it('refuses a zip bomb from its declared sizes, and one that lies about them, without inflating it all', async () => {
    const declaredHuge = makeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000), declaredSize: 3_000_000_000 },
    ]);
    expect((await refusal(readRegisterFile(declaredHuge))).message).toMatch(/more than 100 MB once unpacked/);
    // 40 MiB of zeros compress to about 40 KiB, but the archive claims 1 KiB: inflating stops at the lie.
    const lying = makeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(40 * 1024 * 1024), declaredSize: 1024 },
    ]);
    expect(lying.length).toBeLessThan(100_000);
    expect(() => checkZipArchive(lying)).toThrow(/more than 100 MB once unpacked/);
    const honest = makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    expect(checkZipArchive(honest)).toEqual(['xl/workbook.xml']);
    expect((await refusal(readRegisterFile(makeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }])))).message).toMatch(
      /not an Excel workbook/,
    );
  });
});
