import { localToday } from '../../../../shared/calendar';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import type { RecordDocument } from '../../../../shared/models/document';
import { SigningInput, type SIGNING_METHODS, type SigningRecord } from '../../../../shared/models/signing';

export type SigningFormValues = {
  documentVersionId: string;
  partyOrganisationId: string;
  signatoryPersonId: string;
  signedOn: string;
  place: string;
  method: (typeof SIGNING_METHODS)[number] | '';
  note: string;
};

/** The signed version if one is marked, else the newest version of the first document. */
export function defaultVersionId(documents: readonly RecordDocument[]): string {
  const signed = documents.flatMap((doc) => doc.versions).find((version) => version.signed);
  return signed?.id ?? documents[0]?.versions[0]?.id ?? '';
}

/** A new record starts from the agreement's own date and place; a correction from the record. */
export function signingValues(
  agreement: AgreementDetail,
  documents: readonly RecordDocument[],
  correcting?: SigningRecord,
): SigningFormValues {
  if (correcting) {
    return {
      documentVersionId: correcting.documentVersionId,
      partyOrganisationId: correcting.partyOrganisationId,
      signatoryPersonId: correcting.signatoryPersonId,
      signedOn: correcting.signedOn,
      place: correcting.place,
      method: correcting.method,
      note: '',
    };
  }
  return {
    documentVersionId: defaultVersionId(documents),
    partyOrganisationId: '',
    signatoryPersonId: '',
    signedOn: agreement.signedOn ?? localToday(),
    place: agreement.signingPlace,
    method: 'wet_ink',
    note: '',
  };
}

type Issue = { path: ReadonlyArray<PropertyKey>; message: string };
export type ChooseMessages = Partial<Record<keyof SigningFormValues, string>>;

/**
 * The shared schema's verdict, with "choose one" messages for selects left empty (the schema
 * would say "Not a valid id.", which is true but not helpful).
 */
export function parseSigning(input: SigningInput, choose: ChooseMessages) {
  const result = SigningInput.safeParse(input);
  if (result.success) return result;
  const values = input as Record<string, unknown>;
  const issues: Issue[] = result.error.issues.map((issue) => {
    const field = String(issue.path[0]) as keyof SigningFormValues;
    const message = choose[field];
    return message && (values[field] === '' || values[field] === undefined) ? { ...issue, message } : issue;
  });
  return { success: false as const, error: { issues } };
}
