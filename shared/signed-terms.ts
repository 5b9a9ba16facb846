import { englishMessage, fieldIssue, type FieldIssue } from './errors';

/**
 * The fields of an agreement that are fixed once it is signed: they change only by an addendum (a
 * follow-on agreement). Main refuses an edit that changes one; the form shows them read-only.
 * Named as the agreement's input fields, so an issue lands on the field the form shows.
 */
export const SIGNED_TERM_FIELDS = [
  'kind',
  'title',
  'purpose',
  'signedOn',
  'effectiveOn',
  'expiresOn',
  'termKind',
  'duration',
  'renewalPeriodMonths',
  'signingPlace',
  'parentId',
  'parties',
] as const;
export type SignedTermField = (typeof SIGNED_TERM_FIELDS)[number];

/** The signed terms as both an agreement's detail and main's stored fields (plus parties) carry them. */
export type SignedTermsOf = {
  kind: string;
  title: string;
  purpose: string;
  signedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  termKind: string;
  termText: string;
  durationMonths: number | null;
  renewalPeriodMonths: number | null;
  signingPlace: string;
  parentId: string | null;
  /** Who signed is part of the parties: "not recorded" is a statement about them. */
  signatoriesRecorded: boolean;
  parties: ReadonlyArray<{
    organisationId: string;
    role: string;
    signatories: ReadonlyArray<{ personId: string; capacity: string }>;
  }>;
};

/** How to read each signed term, compared by value (a duration by its months and wording, parties by who signs how). */
const READ = {
  kind: (t) => t.kind,
  title: (t) => t.title,
  purpose: (t) => t.purpose,
  signedOn: (t) => t.signedOn,
  effectiveOn: (t) => t.effectiveOn,
  expiresOn: (t) => t.expiresOn,
  termKind: (t) => t.termKind,
  duration: (t) => [t.durationMonths, t.termText],
  renewalPeriodMonths: (t) => t.renewalPeriodMonths,
  signingPlace: (t) => t.signingPlace,
  parentId: (t) => t.parentId,
  parties: (t) => [
    t.signatoriesRecorded,
    t.parties.map((party) => [
      party.organisationId,
      party.role,
      party.signatories.map((signatory) => [signatory.personId, signatory.capacity]),
    ]),
  ],
} satisfies Record<SignedTermField, (terms: SignedTermsOf) => unknown>;

export const SIGNED_TERMS_MESSAGE = englishMessage('agreement.signedTermEdited');

/** Whether a field path (`title`, `parties.1.role`) is part of the signed terms. */
export function isSignedTermPath(path: string): boolean {
  return (SIGNED_TERM_FIELDS as readonly string[]).includes(path.split('.')[0]);
}

/** The signed terms an edit would change, by field name. */
export function signedTermsChanged(before: SignedTermsOf, after: SignedTermsOf): SignedTermField[] {
  return SIGNED_TERM_FIELDS.filter((field) => JSON.stringify(READ[field](before)) !== JSON.stringify(READ[field](after)));
}

/** Which signed terms an edit would change; each one is a field issue the form can show. */
export function changedSignedTerms(before: SignedTermsOf, after: SignedTermsOf): FieldIssue[] {
  return signedTermsChanged(before, after).map((field) => fieldIssue(field, 'agreement.signedTermEdited'));
}
