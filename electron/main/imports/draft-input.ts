import type { AgreementInput, TermKind } from '../../../shared/models/agreement';
import type { DateReading, EntryStatus, ImportDraft, ImportProblem } from '../../../shared/models/import';
import { formatDuration } from '../../../shared/duration';
import { describePreciseDate, hasEnded } from '../../../shared/precise-date';
import { storedTerm, termToday } from '../services/agreement-terms';
import { problem } from './read-row';

/**
 * An import row as the AgreementInput it is saved from — the same input `agreements:create` takes,
 * so every rule of a create holds for every row. Dates keep the precision they were written with
 * ("June 2016" is a month), the term keeps its kind and its words, an agreement the register shows as
 * signed is entered from records in the status it stands in, and the row itself is kept as written.
 */

export type RowSource = {
  fileName: string;
  rowNumber: number;
  /** Header → cell, as written, for the cells that hold anything. */
  rowText: Array<[string, string]>;
};

/** The term's own limit in AgreementInput; a longer cell keeps its words in the row as written. */
const MAX_TERM_TEXT = 500;

const iso = (date: DateReading | null): string | null => date?.iso ?? null;

type TermFields = {
  signedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  termKind: TermKind;
  duration: string;
  renewalPeriodMonths: number | null;
  renewalNoticeDays: number | null;
  renewalNoticeMonths: number | null;
};

/**
 * The dates and term of a row. A term written as two dates ("2019.3.4 ~ 2022.3.3") gives the dates
 * it names; any other term is kept in its words with its kind, and its length sets the expiry when
 * the row gives none — the same reading a user typing those words into the form gets.
 */
function termFields(draft: ImportDraft): TermFields {
  const term = draft.term;
  const fields: TermFields = {
    signedOn: iso(draft.signedOn),
    effectiveOn: iso(draft.effectiveOn) ?? (term?.kind === 'period' ? iso(term.from) : null),
    expiresOn: iso(draft.expiresOn) ?? (term?.kind === 'period' ? iso(term.to) : null),
    termKind: 'fixed',
    duration: '',
    renewalPeriodMonths: null,
    renewalNoticeDays: null,
    renewalNoticeMonths: null,
  };
  if (!term || term.kind === 'period') return fields;
  const written = term.text.trim();
  const fits = written.length <= MAX_TERM_TEXT;
  // Too long for the field: its length in words (the cell's own words stay in the original text).
  const duration = fits ? written : term.months ? formatDuration(term.months) : '';
  switch (term.kind) {
    case 'fixed':
      return { ...fields, duration };
    case 'auto_renewing':
      return {
        ...fields,
        termKind: 'auto_renewing',
        duration,
        renewalPeriodMonths: term.periodMonths,
        renewalNoticeDays: term.noticeDays,
        renewalNoticeMonths: term.noticeDays === null ? term.noticeMonths : null,
      };
    case 'open_ended':
      return { ...fields, termKind: 'open_ended', duration: fits ? written : '' };
    case 'unknown':
      // Never a cut-off sentence: a cell too long for the field is kept whole in the original text only.
      return { ...fields, termKind: 'unknown', duration: fits ? written : '' };
  }
}

/**
 * Where the row's agreement stands on `today`, and why when that is not what the register says.
 * A status the register gives is followed (terminated, expired; active or renewed while the term
 * runs); without one, a signed date means it was signed, so it is in force until its term ends. An
 * agreement still being drafted or negotiated, or one with no signed date, starts as a draft. The
 * lifecycle refuses "active" for a term that has ended by its dates; such a row is entered as
 * expired and says so — an auto-renewing term rolls on, so it stays in force.
 */
export function entryFor(draft: ImportDraft, today: string): { entersAs: EntryStatus; problem: ImportProblem | null } {
  const said = draft.status?.status ?? null;
  if (said === 'terminated' || said === 'expired') return { entersAs: said, problem: null };
  if (said === 'draft' || said === 'negotiation' || (said === null && !draft.signedOn)) return { entersAs: 'draft', problem: null };
  const end = termToday(storedTerm(termFields(draft), today), today).currentEnd;
  if (!end || !hasEnded(end, today)) return { entersAs: 'active', problem: null };
  // Signed, with no status given, and over by its dates: expired is what the dates say, not a contradiction.
  if (said === null) return { entersAs: 'expired', problem: null };
  return { entersAs: 'expired', problem: problem(null, 'warning', 'import.saidInForceButEnded', { status: draft.status!.text, date: describePreciseDate(end) }) };
}

/** The notes: the register's own, then who signed as written (no person records are made), then the import's warnings. */
function importNotes(draft: ImportDraft, problems: readonly ImportProblem[]): string {
  const parts: string[] = [];
  if (draft.notes) parts.push(draft.notes);
  if (draft.signatories.length) parts.push(`Signatories (as written): ${draft.signatories.join('; ')}`);
  const warnings = problems.filter((p) => p.severity === 'warning').map((p) => `- ${p.message}`);
  if (warnings.length) parts.push(`Import notes:\n${warnings.join('\n')}`);
  return parts.join('\n\n');
}

/** The row exactly as the file wrote it, under its headers: what "entered from this record" shows. */
export function originalTextOf(source: RowSource): string {
  return `Imported from ${source.fileName}, row ${source.rowNumber}:\n${source.rowText.map(([header, value]) => `${header}: ${value}`).join('\n')}`;
}

/**
 * The AgreementInput for a row: the office first, then the partners in the order written, entered
 * in `draft.entersAs` (from records unless a draft; who signed is not recorded as people).
 */
export function agreementInputFor(
  draft: ImportDraft,
  parties: { home: string; partners: string[] },
  source: RowSource,
  problems: readonly ImportProblem[],
): AgreementInput {
  const fromRecords = draft.entersAs === 'draft' ? null : draft.entersAs;
  return {
    kind: draft.kind,
    title: draft.title,
    referenceNo: draft.referenceNo,
    purpose: draft.purpose,
    ...termFields(draft),
    notes: importNotes(draft, problems),
    statusFromRecords: fromRecords,
    signatoriesRecorded: fromRecords === null,
    originalText: originalTextOf(source),
    parties: [{ organisationId: parties.home }, ...parties.partners.map((organisationId) => ({ organisationId }))],
  };
}
