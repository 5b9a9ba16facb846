import type { CorrectionRow } from '../db/repos/agreement-history-repo';
import { dateWords, label } from './export-labels';

/**
 * A correction's changes in words, for the signed summary and people who read it: which signed
 * term, what it said before and what it says now. The audit row holds the changed fields of the
 * agreement as its page showed them; values worked out from others (the current end, put-back
 * choices, ancestors apart from the parent) are left out, since the terms they follow are listed.
 */

type Party = { organisationName?: string; role?: string; signatories?: Array<{ name?: string; capacity?: string }> };

function partiesText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return (value as Party[])
    .map((party) => {
      const who = (party.signatories ?? []).map((s) => (s.capacity ? `${s.name ?? ''}, ${s.capacity}` : (s.name ?? ''))).join('; ');
      return `${party.organisationName ?? ''}${party.role ? ` (${party.role})` : ''}${who ? `: ${who}` : ''}`;
    })
    .join(' | ');
}

function parentText(ancestors: unknown): string {
  if (!Array.isArray(ancestors) || ancestors.length === 0) return '';
  const parent = ancestors[ancestors.length - 1] as { referenceNo?: string; title?: string };
  return [parent.referenceNo, parent.title].filter(Boolean).join(' ');
}

const TEXT = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The signed terms a correction may change, in the order the summary shows them, each with its words. */
const TERMS: Array<{ field: string; term: string; text: (value: unknown, whole: Record<string, unknown>) => string }> = [
  { field: 'kind', term: 'Kind', text: (v) => label('kind', TEXT(v)) },
  { field: 'title', term: 'Title', text: TEXT },
  { field: 'purpose', term: 'Purpose', text: TEXT },
  { field: 'signedOn', term: 'Signed', text: (v) => dateWords(v as string | null) },
  { field: 'effectiveOn', term: 'Effective', text: (v) => dateWords(v as string | null) },
  { field: 'expiresOn', term: 'Expires', text: (v) => dateWords(v as string | null) },
  { field: 'termKind', term: 'Kind of term', text: (v) => label('termKind', TEXT(v)) },
  { field: 'termText', term: 'Term as written', text: TEXT },
  { field: 'renewalPeriodMonths', term: 'Renewal period (months)', text: TEXT },
  { field: 'signingPlace', term: 'Signing place', text: TEXT },
  { field: 'parentId', term: 'Follows on from', text: (_v, whole) => parentText(whole.ancestors) },
  { field: 'parties', term: 'Parties and signatories', text: partiesText },
  { field: 'signatoriesRecorded', term: 'Signatories recorded', text: (v) => (v === false ? 'no' : 'yes') },
];

export function correctionChanges(row: Pick<CorrectionRow, 'before' | 'after'>): Array<{ term: string; before: string; after: string }> {
  return TERMS.filter(({ field }) => field in row.before || field in row.after).map(({ field, term, text }) => ({
    term,
    before: text(row.before[field], row.before),
    after: text(row.after[field], row.after),
  }));
}
