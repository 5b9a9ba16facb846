import type { Application } from '../../../shared/models/application';
import { dateWords, label } from './export-labels';
import { markdownCell } from './markdown-text';
import { csvCell } from './register-export';

const HEADERS = ['Applicant', 'Status', 'Score', 'Submitted', 'Reviewer notes'];

/** One applicant in words: the status as a label, the date in words, the score as given (empty until screened). */
function row(a: Application): string[] {
  return [a.applicantName, label('applicationStatus', a.status), a.score === null ? '' : String(a.score), dateWords(a.submittedOn), a.reviewerNotes];
}

export type ApplicantsSheet = { intakeName: string; programName: string; applications: readonly Application[] };

/** RFC 4180 CSV with a UTF-8 byte-order mark, each cell formula-safe, as the register export writes it. */
export function applicantsCsv(sheet: ApplicantsSheet): string {
  const lines = [HEADERS, ...sheet.applications.map(row)].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Markdown: a heading naming the intake and program, then a table; every user text escaped. */
export function applicantsMarkdown(sheet: ApplicantsSheet, exportedAt: string): string {
  const count = sheet.applications.length;
  return [
    `# Applicants: ${markdownCell(sheet.intakeName)} (${markdownCell(sheet.programName)})`,
    '',
    `Exported ${exportedAt}; ${count} applicant${count === 1 ? '' : 's'}, best score first.`,
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...sheet.applications.map((a) => `| ${row(a).map(markdownCell).join(' | ')} |`),
    '',
  ].join('\n');
}
