import { formatDuration } from '../../../shared/duration';
import { describePreciseDate, isPreciseDate } from '../../../shared/precise-date';

/**
 * The words exports use for the register's codes: a PDF, Markdown or CSV export is read by people
 * (a partner, an auditor, a spreadsheet), so it says "Awaiting signature", not `awaiting_signature`.
 * English, like the exports' other words. A code this table does not know is shown as it is.
 */
const LABELS: Record<string, Record<string, string>> = {
  kind: {
    mou: 'MOU',
    moa: 'MOA',
    collaboration: 'Collaboration agreement',
    business: 'Business agreement',
    contract: 'Contract',
    addendum: 'Addendum',
    renewal: 'Renewal',
  },
  status: {
    draft: 'Draft',
    negotiation: 'Negotiation',
    awaiting_signature: 'Awaiting signature',
    active: 'Active',
    expired: 'Expired',
    terminated: 'Terminated',
    renewed: 'Renewed',
  },
  applicationStatus: { submitted: 'Submitted', screening: 'Screening', accepted: 'Accepted', rejected: 'Rejected', withdrawn: 'Withdrawn' },
  itemStatus: { planned: 'Planned', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  recurrence: { none: 'Once', monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly', regular: 'Regularly' },
  contributionKind: { money: 'Money', in_kind: 'In kind', people: 'People' },
  termKind: { fixed: 'Fixed term', auto_renewing: 'Renews automatically', open_ended: 'Until revoked', unknown: 'Term not known' },
  method: { wet_ink: 'Wet ink', electronic: 'Electronic signature', countersigned_copy: 'Countersigned copy received' },
};

export type LabelSet = keyof typeof LABELS;

export function label(set: LabelSet, code: string): string {
  return LABELS[set][code] ?? code;
}

/** A precise date in words at its own precision ("13 June 2023", "June 2016", "2016"); `none` when there is none. */
export function dateWords(date: string | null | undefined, none = ''): string {
  if (!date) return none;
  return isPreciseDate(date) ? describePreciseDate(date) : date;
}

export type TermFacts = {
  termKind: string;
  termText: string;
  durationMonths: number | null;
  renewalPeriodMonths: number | null;
};

/** The term in words: "Fixed term of 3 years", "Renews automatically every 1 year", "Until revoked"; the written term beside it when it says more. */
export function termWords(term: TermFacts): string {
  const length = term.durationMonths ? formatDuration(term.durationMonths) : '';
  let words: string;
  if (term.termKind === 'fixed') words = length ? `Fixed term of ${length}` : 'Fixed term';
  else if (term.termKind === 'auto_renewing') {
    const period = term.renewalPeriodMonths ? ` every ${formatDuration(term.renewalPeriodMonths)}` : '';
    const first = length && term.renewalPeriodMonths !== term.durationMonths ? ` after a first term of ${length}` : '';
    words = `Renews automatically${period}${first}`;
  } else words = label('termKind', term.termKind);
  const written = term.termText.trim();
  return written && written !== length ? `${words} (as written: “${written}”)` : words;
}

/** Until when it runs, in words: the expiry, the current period's end of a renewing term, or why there is none. */
export function endWords(a: { termKind: string; expiresOn: string | null; currentEnd: string | null }): string {
  if (a.termKind === 'open_ended') return 'until revoked';
  if (a.termKind === 'auto_renewing') return a.currentEnd ? `${dateWords(a.currentEnd)}, then renews automatically` : 'renews automatically (current period not known)';
  if (a.expiresOn) return dateWords(a.expiresOn);
  return a.termKind === 'unknown' ? 'an end not known' : 'no fixed end';
}
