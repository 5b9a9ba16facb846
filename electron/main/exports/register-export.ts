import type { AgreementSummary } from '../../../shared/models/agreement';

const HEADERS = ['Reference', 'Title', 'Kind', 'Status', 'Parties', 'Signed', 'Effective', 'Expires'];

function row(a: AgreementSummary): string[] {
  return [a.referenceNo, a.title, a.kind, a.status, a.partyNames.join('; '), a.signedOn ?? '', a.effectiveOn ?? '', a.expiresOn ?? ''];
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (so Excel reads Korean and Chinese correctly). Cells
 * that a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
 */
export function registerCsv(rows: AgreementSummary[]): string {
  const quote = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[HEADERS, ...rows.map(row)].map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}

export function registerMarkdown(rows: AgreementSummary[], exportedAt: string): string {
  const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    '# Agreement register',
    '',
    `Exported ${exportedAt}; ${rows.length} agreement${rows.length === 1 ? '' : 's'}.`,
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows.map((a) => `| ${row(a).map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}
