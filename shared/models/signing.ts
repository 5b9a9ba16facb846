import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { Id, IsoDate, optionalText, requiredText } from './common';
import { Sha256 } from './document';

export const SIGNING_METHODS = ['wet_ink', 'electronic', 'countersigned_copy'] as const;
export const SigningMethod = z.enum(SIGNING_METHODS, keyed('signing.methodRequired'));

export const SigningInput = z.object({
  agreementId: Id,
  /** The exact document version signed, by its stored hash. */
  documentVersionId: Id,
  partyOrganisationId: Id,
  signatoryPersonId: Id,
  signedOn: IsoDate,
  place: requiredText('Place', 300),
  method: SigningMethod,
  /** The signing-ceremony event, once events exist. */
  eventId: Id.nullable().default(null),
  /** A correction is a new record that names the one it corrects; nothing is ever edited. */
  correctsId: Id.nullable().default(null),
  note: optionalText(2000).default(''),
});
export type SigningInput = z.input<typeof SigningInput>;

/** The fields the hash covers, in the record's canonical form. */
export const SigningRecordBody = z.object({
  id: Id,
  seq: z.number().int().min(1),
  agreementId: Id,
  documentVersionId: Id,
  documentSha256: Sha256,
  partyOrganisationId: Id,
  partyName: z.string(),
  signatoryPersonId: Id,
  signatoryName: z.string(),
  signedOn: IsoDate,
  place: z.string(),
  method: SigningMethod,
  eventId: Id.nullable(),
  correctsId: Id.nullable(),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  deviceId: z.string(),
});
export type SigningRecordBody = z.infer<typeof SigningRecordBody>;

export const SigningRecord = SigningRecordBody.extend({
  prevHash: z.string(),
  hash: Sha256,
  /**
   * The office key's signature over the record's place in the chain and its hash: a record
   * rewritten (or appended) by someone without the key fails it. Null on records made before
   * records were signed.
   */
  keyId: z.string().nullable(),
  signature: z.string().nullable(),
});
export type SigningRecord = z.infer<typeof SigningRecord>;

/** One thing wrong with the chain, at one position. */
export const ChainProblem = z.object({
  seq: z.number().int(),
  recordId: z.string().nullable(),
  reason: z.string(),
});
export type ChainProblem = z.infer<typeof ChainProblem>;

export const ChainReport = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), records: z.number().int(), head: z.string() }),
  z.object({
    intact: z.literal(false),
    records: z.number().int(),
    /** Chain position of the first record that no longer matches (or where one is missing). */
    seq: z.number().int(),
    recordId: z.string().nullable(),
    reason: z.string(),
    /** Every problem found, in chain order: one tampered record does not hide another. */
    problems: z.array(ChainProblem),
  }),
]);
export type ChainReport = z.infer<typeof ChainReport>;
