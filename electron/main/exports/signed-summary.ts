import { canonicalJson } from '../../../shared/canonical-json';
import type { AgreementDetail } from '../../../shared/models/agreement';
import type { RecordDocument } from '../../../shared/models/document';
import type { SigningRecord } from '../../../shared/models/signing';
import { sha256Hex } from '../files/document-store';

export const SUMMARY_FORMAT = 'liaison-signed-summary';
export const SUMMARY_VERSION = 1;

/** What a signed MOU summary states, section by section; each section gets its own digest. */
export type Summary = {
  agreement: {
    id: string;
    referenceNo: string;
    kind: string;
    title: string;
    status: string;
    purpose: string;
    signedOn: string | null;
    effectiveOn: string | null;
    expiresOn: string | null;
    durationMonths: number | null;
    signingPlace: string;
  };
  parties: Array<{ name: string; altNames: string[]; country: string; role: string; signatories: Array<{ name: string; capacity: string }> }>;
  items: Array<{ description: string; responsible: string | null; dueOn: string | null; recurrence: string; status: string }>;
  contributions: Array<{
    party: string;
    kind: string;
    description: string;
    amountMinor: number | null;
    currency: string | null;
    quantity: number | null;
    unit: string;
    startsOn: string | null;
    endsOn: string | null;
  }>;
  lineage: { ancestors: Array<{ referenceNo: string; title: string }>; followOns: Array<{ referenceNo: string; title: string }> };
  documents: Array<{ title: string; language: string; version: number; fileName: string; sha256: string; size: number; signed: boolean }>;
  signingRecords: Array<{
    seq: number;
    signatory: string;
    party: string;
    signedOn: string;
    place: string;
    method: string;
    documentSha256: string;
    corrects: string | null;
    hash: string;
  }>;
};

export type SummaryPayload = {
  format: typeof SUMMARY_FORMAT;
  version: typeof SUMMARY_VERSION;
  exportedAt: string;
  exportedBy: string;
  summary: Summary;
  /** sha256 of each section's canonical JSON: a failed check can say which part changed. */
  digests: Record<keyof Summary, string>;
};

export type SignedEnvelope = SummaryPayload & {
  signature: { algorithm: 'Ed25519'; keyId: string; publicKeyPem: string; value: string };
};

export function buildSummary(detail: AgreementDetail, documents: RecordDocument[], records: SigningRecord[]): Summary {
  const names = new Map(detail.parties.map((party) => [party.organisationId, party.organisationName]));
  return {
    agreement: {
      id: detail.id,
      referenceNo: detail.referenceNo,
      kind: detail.kind,
      title: detail.title,
      status: detail.status,
      purpose: detail.purpose,
      signedOn: detail.signedOn,
      effectiveOn: detail.effectiveOn,
      expiresOn: detail.expiresOn,
      durationMonths: detail.durationMonths,
      signingPlace: detail.signingPlace,
    },
    parties: detail.parties.map((party) => ({
      name: party.organisationName,
      altNames: party.altNames.map((alt) => alt.name),
      country: party.country,
      role: party.role,
      signatories: party.signatories.map((s) => ({ name: s.name, capacity: s.capacity })),
    })),
    items: detail.items.map((item) => ({
      description: item.description,
      responsible: item.responsibleOrganisationId ? (names.get(item.responsibleOrganisationId) ?? null) : null,
      dueOn: item.dueOn,
      recurrence: item.recurrence,
      status: item.status,
    })),
    contributions: detail.contributions.map((c) => ({
      party: names.get(c.organisationId) ?? '',
      kind: c.kind,
      description: c.description,
      amountMinor: c.amountMinor,
      currency: c.currency,
      quantity: c.quantity,
      unit: c.unit,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
    })),
    lineage: {
      ancestors: detail.ancestors.map((a) => ({ referenceNo: a.referenceNo, title: a.title })),
      followOns: detail.followOns.map((a) => ({ referenceNo: a.referenceNo, title: a.title })),
    },
    documents: documents.flatMap((doc) =>
      doc.versions.map((v) => ({
        title: doc.title,
        language: doc.language,
        version: v.version,
        fileName: v.fileName,
        sha256: v.sha256,
        size: v.size,
        signed: v.signed,
      })),
    ),
    signingRecords: records.map((r) => ({
      seq: r.seq,
      signatory: r.signatoryName,
      party: r.partyName,
      signedOn: r.signedOn,
      place: r.place,
      method: r.method,
      documentSha256: r.documentSha256,
      corrects: r.correctsId,
      hash: r.hash,
    })),
  };
}

export function sectionDigests(summary: Summary): Record<keyof Summary, string> {
  return Object.fromEntries(
    (Object.keys(summary) as Array<keyof Summary>).map((section) => [section, sha256Hex(canonicalJson(summary[section]))]),
  ) as Record<keyof Summary, string>;
}

/** The exact text the signature covers: the canonical JSON of everything but the signature. */
export function signedText(payload: SummaryPayload): string {
  return canonicalJson({
    format: payload.format,
    version: payload.version,
    exportedAt: payload.exportedAt,
    exportedBy: payload.exportedBy,
    summary: payload.summary,
    digests: payload.digests,
  });
}
