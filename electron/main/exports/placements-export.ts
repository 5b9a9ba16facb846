import { minorToDecimal } from '../../../shared/money';
import type { Placement } from '../../../shared/models/placement';
import { dateWords } from './export-labels';
import { markdownCell } from './markdown-text';
import { PLACEMENT_STATUS_LABELS } from './report-labels';
import { csvCell } from './register-export';

const HEADERS = ['Intern', 'Host', 'Supervisor', 'Program', 'Agreement', 'Status', 'Starts', 'Ends', 'Stipend', 'Evaluations'];

const PER: Record<Placement['stipendPer'], string> = { month: 'per month', year: 'per year', total: 'in total' };

/** "3000000 KRW per month": the exact amount in major units with its currency, never a rounded float. */
function stipend(p: Placement): string {
  if (p.stipendMinor === null || !p.stipendCurrency) return '';
  return `${minorToDecimal(p.stipendMinor, p.stipendCurrency)} ${p.stipendCurrency} ${PER[p.stipendPer]}`;
}

/** One placement in words: labels for codes, dates at their own precision ("September 2026"). */
function row(p: Placement): string[] {
  return [
    p.internName,
    p.hostName,
    p.supervisorName ?? '',
    p.programName ?? '',
    p.agreementTitle ?? '',
    PLACEMENT_STATUS_LABELS[p.status],
    dateWords(p.startsOn),
    dateWords(p.endsOn),
    stipend(p),
    String(p.evaluationCount),
  ];
}

export type PlacementPages = { total: number; pages: Iterable<Placement[]> };

/** CSV with a byte-order mark, every cell formula-safe (the register export's cells). */
export function* placementsCsvChunks(list: PlacementPages): Generator<string> {
  yield `\uFEFF${HEADERS.map(csvCell).join(',')}\r\n`;
  for (const page of list.pages) {
    if (page.length) yield `${page.map((p) => row(p).map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
}

/** Markdown, every cell escaped: no name or title becomes markup. */
export function* placementsMarkdownChunks(list: PlacementPages, exportedAt: string): Generator<string> {
  yield [
    '# Intern placements',
    '',
    `Exported ${exportedAt}; ${list.total} placement${list.total === 1 ? '' : 's'}.`,
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    '',
  ].join('\n');
  for (const page of list.pages) {
    if (page.length) yield `${page.map((p) => `| ${row(p).map(markdownCell).join(' | ')} |`).join('\n')}\n`;
  }
  yield '\n';
}
