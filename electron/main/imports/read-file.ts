import { AppError } from '../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/models/import';
import type { RawTable } from './raw-table';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

/**
 * Any register file as rows of text: an XLSX workbook (a zip archive) or a CSV/TSV text file, told
 * apart by their bytes rather than their names. Files over 50 MB, legacy .xls workbooks and other
 * binary files are refused with a sentence saying what to do.
 */
export async function readRegisterFile(bytes: Buffer, options: { sheet?: string } = {}): Promise<RawTable> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('VALIDATION', 'import.fileTooLarge', { mib: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (bytes.length === 0) throw new AppError('VALIDATION', 'import.fileEmpty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes, options.sheet);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new AppError('VALIDATION', 'import.legacyXls');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw new AppError('VALIDATION', 'import.notText');
  return readCsv(bytes);
}
