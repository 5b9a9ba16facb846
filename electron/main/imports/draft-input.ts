import type { AgreementInput } from '../../../shared/models/agreement';
import type { DateReading, ImportDraft, ImportProblem, StatusReading, TermReading } from '../../../shared/models/import';
import { formatDuration } from '../../../shared/duration';
import { describeWrittenDate } from '../../../shared/written-date';

/**
 * An import row as today's AgreementInput. What that input cannot hold yet — a date known only to
 * the month or year, an auto-renewing or open-ended term, a status from the register, the
 * signatories by name — goes into the notes in words, beside the row exactly as it was written, so
 * nothing is lost before the agreement model can hold it (precision dates, term kinds and
 * historical entry are on their way; `commit-agreements.ts` is where they will be switched on).
 */

export type RowSource = {
  fileName: string;
  rowNumber: number;
  /** Header → cell, as written, for the cells that hold anything. */
  rowText: Array<[string, string]>;
};

const day = (date: DateReading | null): string | null => (date && date.precision === 'day' ? date.iso : null);

function describeTerm(term: TermReading): string {
  const months = (n: number | null) => (n ? formatDuration(n) : 'a period not given');
  switch (term.kind) {
    case 'fixed':
      return `fixed, ${formatDuration(term.months ?? 0)}`;
    case 'auto_renewing': {
      const notice = term.noticeDays ? `, ${term.noticeDays} days’ notice` : term.noticeMonths ? `, ${term.noticeMonths} months’ notice` : '';
      return `renews automatically for ${months(term.periodMonths)} at a time${notice}`;
    }
    case 'open_ended':
      return 'open-ended (until terminated)';
    case 'period':
      return `from ${term.from ? describeWrittenDate(term.from) : '?'} to ${term.to ? describeWrittenDate(term.to) : '?'}`;
    case 'unknown':
      return `not read: “${term.text}”`;
  }
}

function describeStatus(status: StatusReading): string {
  return status.on ? `${status.status} (${describeWrittenDate(status.on)})` : status.status;
}

/** The readings AgreementInput has no field for yet, one line each. */
function heldInNotes(draft: ImportDraft): string[] {
  const lines: string[] = [];
  const dated = (label: string, date: DateReading | null) => {
    if (date && date.precision !== 'day') lines.push(`${label}: ${describeWrittenDate(date)} (as written: ${date.text})`);
  };
  dated('Signed', draft.signedOn);
  dated('Effective', draft.effectiveOn);
  dated('Expires', draft.expiresOn);
  if (draft.term && draft.term.kind !== 'fixed') lines.push(`Term: ${describeTerm(draft.term)}`);
  if (draft.status) lines.push(`Status in the register: ${describeStatus(draft.status)} (as written: ${draft.status.text})`);
  if (draft.signatories.length) lines.push(`Signatories (as written): ${draft.signatories.join('; ')}`);
  return lines;
}

/** The agreement's notes: the register's own notes, then the readings kept, then the row as written. */
export function importNotes(draft: ImportDraft, source: RowSource, problems: readonly ImportProblem[]): string {
  const parts: string[] = [];
  if (draft.notes) parts.push(draft.notes);
  const held = heldInNotes(draft);
  if (held.length) parts.push(held.join('\n'));
  const warnings = problems.filter((p) => p.severity === 'warning').map((p) => `- ${p.message}`);
  if (warnings.length) parts.push(`Import notes:\n${warnings.join('\n')}`);
  parts.push(
    `Imported from ${source.fileName}, row ${source.rowNumber}, as written:\n${source.rowText.map(([header, value]) => `${header}: ${value}`).join('\n')}`,
  );
  return parts.join('\n\n');
}

/**
 * The AgreementInput for a row: the office first, then the partners in the order written. Only dates
 * known to the day fill date fields; a two-date period fills the dates it gives; a fixed term becomes
 * the duration; an auto-renewing term's notice becomes the renewal notice.
 */
export function agreementInputFor(
  draft: ImportDraft,
  parties: { home: string; partners: string[] },
  source: RowSource,
  problems: readonly ImportProblem[],
): AgreementInput {
  const term = draft.term;
  const effectiveOn = day(draft.effectiveOn) ?? (term?.kind === 'period' ? day(term.from) : null);
  const expiresOn = day(draft.expiresOn) ?? (term?.kind === 'period' ? day(term.to) : null);
  return {
    kind: draft.kind,
    title: draft.title,
    referenceNo: draft.referenceNo,
    purpose: draft.purpose,
    signedOn: day(draft.signedOn),
    effectiveOn,
    expiresOn,
    // Auto-renewing terms are not given a duration: today's model would expire them at its end.
    duration: term?.kind === 'fixed' && term.months ? formatDuration(term.months) : '',
    renewalNoticeDays: term?.kind === 'auto_renewing' ? term.noticeDays : null,
    notes: importNotes(draft, source, problems),
    parties: [{ organisationId: parties.home }, ...parties.partners.map((organisationId) => ({ organisationId }))],
  };
}
