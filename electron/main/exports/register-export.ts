import type { AgreementSummary } from '../../../shared/models/agreement';
import { dateWords, label } from './export-labels';
import { markdownCell } from './markdown-text';

const HEADERS = ['Reference', 'Title', 'Kind', 'Status', 'Parties', 'Signed', 'Effective', 'Expires', 'Term'];

/** The term's kind in words, with the current period's end of one that renews by itself. */
function termCell(a: AgreementSummary): string {
  if (a.termKind === 'auto_renewing' && a.currentEnd) return `${label('termKind', a.termKind)} (current period ends ${dateWords(a.currentEnd)})`;
  return label('termKind', a.termKind);
}

/** One agreement in words: labels for codes, dates at their own precision ("June 2016"). */
function row(a: AgreementSummary): string[] {
  return [
    a.referenceNo,
    a.title,
    label('kind', a.kind),
    label('status', a.status),
    a.partyNames.join('; '),
    dateWords(a.signedOn),
    dateWords(a.effectiveOn),
    dateWords(a.expiresOn),
    termCell(a),
  ];
}

/**
 * The register as text, written page by page: `pages` yields the agreements a page at a time and
 * only the text is kept, so 100,000 rows are never all in memory as records. Chunks are joined by
 * the caller.
 */
export type RegisterPages = { total: number; pages: Iterable<AgreementSummary[]> };

/** One CSV cell, formula-safe: every CSV the app writes goes through here. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (so Excel reads Korean and Chinese correctly). Cells
 * that a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
 */
export function* registerCsvChunks(register: RegisterPages): Generator<string> {
  yield `\uFEFF${HEADERS.map(csvCell).join(',')}\r\n`;
  for (const page of register.pages) {
    if (page.length) yield `${page.map((a) => row(a).map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
}

/** Markdown, every cell's text escaped: nothing in a title or a name becomes markup or HTML. */
export function* registerMarkdownChunks(register: RegisterPages, exportedAt: string): Generator<string> {
  const cell = markdownCell;
  yield [
    '# Agreement register',
    '',
    `Exported ${exportedAt}; ${register.total} agreement${register.total === 1 ? '' : 's'}.`,
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    '',
  ].join('\n');
  for (const page of register.pages) {
    if (page.length) yield `${page.map((a) => `| ${row(a).map(cell).join(' | ')} |`).join('\n')}\n`;
  }
  yield '\n';
}

export function registerCsv(rows: AgreementSummary[]): string {
  return [...registerCsvChunks({ total: rows.length, pages: [rows] })].join('');
}

export function registerMarkdown(rows: AgreementSummary[], exportedAt: string): string {
  return [...registerMarkdownChunks({ total: rows.length, pages: [rows] }, exportedAt)].join('');
}
