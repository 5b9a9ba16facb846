import type { FieldIssue } from '../../../shared/errors';
import type { AgreementKind, Party } from '../../../shared/models/agreement';
import type { AgreementFields } from '../db/repos/agreement-repo';

const REFERENCE_PREFIX: Record<AgreementKind, string> = {
  mou: 'MOU',
  moa: 'MOA',
  collaboration: 'COL',
  business: 'BUS',
  contract: 'CON',
  addendum: 'ADD',
  renewal: 'REN',
};

export function referencePrefix(kind: AgreementKind, year: number): string {
  return `${REFERENCE_PREFIX[kind]}-${year}-`;
}

/** The signed terms of an agreement: once it is signed, these change only by an addendum. */
type SignedTerms = {
  kind: string;
  title: string;
  purpose: string;
  signedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  durationMonths: number | null;
  signingPlace: string;
  parentId: string | null;
  parties: string;
};

function partiesKey(parties: ReadonlyArray<Pick<Party, 'organisationId' | 'role'> & { signatories: ReadonlyArray<{ personId: string; capacity: string }> }>): string {
  return JSON.stringify(
    parties.map((party) => [party.organisationId, party.role, party.signatories.map((s) => [s.personId, s.capacity])]),
  );
}

function signedTerms(fields: AgreementFields, parties: Parameters<typeof partiesKey>[0]): SignedTerms {
  return {
    kind: fields.kind,
    title: fields.title,
    purpose: fields.purpose,
    signedOn: fields.signedOn,
    effectiveOn: fields.effectiveOn,
    expiresOn: fields.expiresOn,
    durationMonths: fields.durationMonths,
    signingPlace: fields.signingPlace,
    parentId: fields.parentId,
    parties: partiesKey(parties),
  };
}

/** Which signed terms an edit would change; each one is a field issue the form can show. */
export function changedSignedTerms(
  before: { fields: AgreementFields; parties: Parameters<typeof partiesKey>[0] },
  after: { fields: AgreementFields; parties: Parameters<typeof partiesKey>[0] },
): FieldIssue[] {
  const a = signedTerms(before.fields, before.parties);
  const b = signedTerms(after.fields, after.parties);
  return (Object.keys(a) as Array<keyof SignedTerms>)
    .filter((key) => a[key] !== b[key])
    .map((key) => ({
      path: key,
      message: 'Signed terms cannot be edited; record an addendum as a follow-on agreement instead.',
    }));
}
