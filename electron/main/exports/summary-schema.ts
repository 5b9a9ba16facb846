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

export const SummarySchema = z.strictObject({
  agreement: z.strictObject({
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
  }),
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
});
export type Summary = z.infer<typeof SummarySchema>;
export type SummarySection = keyof Summary;
export const SUMMARY_SECTIONS = Object.keys(SummarySchema.shape) as SummarySection[];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');

const Digests = z.strictObject(Object.fromEntries(SUMMARY_SECTIONS.map((section) => [section, sha256])) as Record<SummarySection, typeof sha256>);

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
  summary: SummarySchema,
  digests: Digests,
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
  summary: SummarySchema,
  digests: Digests,
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
  summary: SummarySchema,
  digests: Digests,
  chain: ChainHeadSchema,
  pdf: z.strictObject({ sha256, size: z.int().nonnegative() }).optional(),
  signature: Signature,
});

export type SignedEnvelopeV1 = z.infer<typeof EnvelopeV1>;
export type SignedEnvelope = z.infer<typeof EnvelopeV1> | z.infer<typeof EnvelopeV2> | z.infer<typeof EnvelopeV3>;
export type SummaryPayload = Omit<z.infer<typeof EnvelopeV3>, 'signature'>;
export type SummaryChainHead = z.infer<typeof ChainHeadSchema>;
export type Signature = z.infer<typeof Signature>;

export type EnvelopeCheck = { ok: true; envelope: SignedEnvelope } | { ok: false; part: string; where: string };

/** Parses a decoded JSON value as a signed summary of the version it says it is. */
export function parseEnvelope(value: Record<string, unknown> & { version: 1 | 2 | 3 }): EnvelopeCheck {
  const parsed = value.version === 1 ? EnvelopeV1.safeParse(value) : value.version === 2 ? EnvelopeV2.safeParse(value) : EnvelopeV3.safeParse(value);
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
