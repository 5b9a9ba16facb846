import { z } from 'zod';

/**
 * The exact shape of a signed summary, member by member. Objects are strict (an unknown member is
 * refused, not carried along unsigned), and parsing returns members in the order written here — the
 * order the exporter has always written them — so a file can be re-rendered from its parsed data and
 * compared byte for byte. Changing this order or shape changes the file format: that needs a new
 * format version, and the old one must keep verifying.
 */

const text = z.string();
const day = z.string().nullable();
const named = z.strictObject({ referenceNo: text, title: text });

const AgreementV1 = z.strictObject({
  id: text,
  referenceNo: text,
  kind: text,
  title: text,
  status: text,
  purpose: text,
  signedOn: day,
  effectiveOn: day,
  expiresOn: day,
  durationMonths: z.number().nullable(),
  signingPlace: text,
});

const sections = {
  parties: z.array(
    z.strictObject({
      name: text,
      altNames: z.array(text),
      country: text,
      role: text,
      signatories: z.array(z.strictObject({ name: text, capacity: text })),
    }),
  ),
  items: z.array(z.strictObject({ description: text, responsible: text.nullable(), dueOn: day, recurrence: text, status: text })),
  contributions: z.array(
    z.strictObject({
      party: text,
      kind: text,
      description: text,
      amountMinor: z.number().nullable(),
      currency: text.nullable(),
      quantity: z.number().nullable(),
      unit: text,
      startsOn: day,
      endsOn: day,
    }),
  ),
  lineage: z.strictObject({ ancestors: z.array(named), followOns: z.array(named) }),
  documents: z.array(
    z.strictObject({ title: text, language: text, version: z.number(), fileName: text, sha256: text, size: z.number(), signed: z.boolean() }),
  ),
  signingRecords: z.array(
    z.strictObject({
      seq: z.number(),
      signatory: text,
      party: text,
      signedOn: text,
      place: text,
      method: text,
      documentSha256: text,
      corrects: text.nullable(),
      hash: text,
    }),
  ),
};

/** The summary of formats 1 to 3. */
export const SummarySchemaV1 = z.strictObject({ agreement: AgreementV1, ...sections });

/**
 * Format 4's summary: dates as precisely as known (`2016-06-13`, `2016-06`, `2016`), the term as
 * written and its kind, whether the agreement was entered from records and its signatories
 * recorded, and every correction of its signed terms with its reason (a section of its own).
 */
export const SummarySchema = z.strictObject({
  agreement: z.strictObject({
    ...AgreementV1.shape,
    termKind: text,
    termText: text,
    renewalPeriodMonths: z.number().nullable(),
    currentEnd: day,
    fromRecords: z.boolean(),
    signatoriesRecorded: z.boolean(),
  }),
  ...sections,
  corrections: z.array(
    z.strictObject({
      at: text,
      by: text,
      reason: text,
      changes: z.array(z.strictObject({ term: text, before: text, after: text })),
    }),
  ),
});
export type SummaryV1 = z.infer<typeof SummarySchemaV1>;
export type Summary = z.infer<typeof SummarySchema>;
export type SummarySection = keyof Summary;
/** Every section of the current format, in the order written; formats 1 to 3 have all but `corrections`. */
export const SUMMARY_SECTIONS = Object.keys(SummarySchema.shape) as SummarySection[];
export const SUMMARY_SECTIONS_V1 = Object.keys(SummarySchemaV1.shape) as Array<keyof SummaryV1>;

/** The sections a summary of `version` has. */
export function sectionsOf(version: number): readonly SummarySection[] {
  return version >= 4 ? SUMMARY_SECTIONS : SUMMARY_SECTIONS_V1;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');

const digestsOf = (names: readonly string[]) => z.strictObject(Object.fromEntries(names.map((section) => [section, sha256])) as Record<string, typeof sha256>);
const DigestsV1 = digestsOf(SUMMARY_SECTIONS_V1);
const Digests = digestsOf(SUMMARY_SECTIONS);

/**
 * Base64 that has exactly one spelling: the standard alphabet, padded, no whitespace, and unused
 * bits zero (decoding and re-encoding gives the same text). Lenient decoders accept "AB==" for
 * "AA==", a URL-safe alphabet or missing padding — all bytes the signature would not cover.
 */
export function isStrictBase64(value: string): boolean {
  return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value) && Buffer.from(value, 'base64').toString('base64') === value;
}

const Signature = z.strictObject({
  algorithm: z.literal('Ed25519'),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, 'a key id of 16 lowercase hex digits'),
  publicKeyPem: text,
  // An Ed25519 signature is 64 bytes: 88 base64 characters.
  value: z.string().length(88).refine(isStrictBase64, 'strict base64'),
});

const Format = z.literal('liaison-signed-summary');

/** Format 1: the signature covers the canonical JSON of the payload. Verified, no longer written. */
export const EnvelopeV1 = z.strictObject({
  format: Format,
  version: z.literal(1),
  exportedAt: text,
  exportedBy: text,
  summary: SummarySchemaV1,
  digests: DigestsV1,
  signature: Signature,
});

/**
 * Format 2: the signed bytes start with a domain-separation prefix, and a PDF export names its
 * printed pages (their SHA-256 and size) inside the signed data.
 */
export const EnvelopeV2 = z.strictObject({
  format: Format,
  version: z.literal(2),
  exportedAt: text,
  exportedBy: text,
  summary: SummarySchemaV1,
  digests: DigestsV1,
  pdf: z.strictObject({ sha256, size: z.int().nonnegative() }).optional(),
  signature: Signature,
});

/**
 * Format 3: the signing chain's head as the office key signed it when the summary was made (how
 * many records, the newest hash, where signed records start), so the summary names the chain it
 * belongs to and an auditor with the register can check it.
 */
export const ChainHeadSchema = z.strictObject({
  count: z.int().nonnegative(),
  hash: sha256,
  signedFrom: z.int().positive(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, 'a key id of 16 lowercase hex digits'),
  signature: z.string().length(88).refine(isStrictBase64, 'strict base64'),
});

export const EnvelopeV3 = z.strictObject({
  format: Format,
  version: z.literal(3),
  exportedAt: text,
  exportedBy: text,
  summary: SummarySchemaV1,
  digests: DigestsV1,
  chain: ChainHeadSchema,
  pdf: z.strictObject({ sha256, size: z.int().nonnegative() }).optional(),
  signature: Signature,
});

/** Format 4: format 3's envelope around format 4's summary (precise dates, terms as written, corrections). */
export const EnvelopeV4 = z.strictObject({
  format: Format,
  version: z.literal(4),
  exportedAt: text,
  exportedBy: text,
  summary: SummarySchema,
  digests: Digests,
  chain: ChainHeadSchema,
  pdf: z.strictObject({ sha256, size: z.int().nonnegative() }).optional(),
  signature: Signature,
});

export type SignedEnvelopeV1 = z.infer<typeof EnvelopeV1>;
export type SignedEnvelopeV4 = z.infer<typeof EnvelopeV4>;
/** Formats 1 to 3, which carry the summary of format 1. */
export type LegacyEnvelope = z.infer<typeof EnvelopeV1> | z.infer<typeof EnvelopeV2> | z.infer<typeof EnvelopeV3>;
export type SignedEnvelope = LegacyEnvelope | z.infer<typeof EnvelopeV4>;
export type SummaryPayload = Omit<z.infer<typeof EnvelopeV4>, 'signature'>;
export type SummaryChainHead = z.infer<typeof ChainHeadSchema>;
export type Signature = z.infer<typeof Signature>;

export type EnvelopeCheck = { ok: true; envelope: SignedEnvelope } | { ok: false; part: string; where: string };

const ENVELOPES = { 1: EnvelopeV1, 2: EnvelopeV2, 3: EnvelopeV3, 4: EnvelopeV4 } as const;

/** Parses a decoded JSON value as a signed summary of the version it says it is. */
export function parseEnvelope(value: Record<string, unknown> & { version: 1 | 2 | 3 | 4 }): EnvelopeCheck {
  const parsed = (ENVELOPES[value.version] as z.ZodType<SignedEnvelope>).safeParse(value);
  if (parsed.success) return { ok: true, envelope: parsed.data };
  const path = parsed.error.issues[0]?.path ?? [];
  const where = path.length ? path.map(String).join('.') : 'the top level';
  const [first, second] = path;
  const part =
    first === 'summary' && typeof second === 'string' && (SUMMARY_SECTIONS as string[]).includes(second)
      ? second
      : first === 'signature'
        ? 'signature'
        : first === 'pdf'
          ? 'pages'
          : first === 'chain'
            ? 'chain'
            : 'file';
  return { ok: false, part, where };
}
