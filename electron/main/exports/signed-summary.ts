import { canonicalJson } from '../../../shared/canonical-json';
import type { AgreementDetail } from '../../../shared/models/agreement';
import type { RecordDocument } from '../../../shared/models/document';
import type { SigningRecord } from '../../../shared/models/signing';
import { sha256Hex } from '../files/document-store';
import type { CorrectionRow } from '../db/repos/agreement-history-repo';
import { correctionChanges } from './correction-text';
import type { SignedEnvelope, Summary, SummaryPayload, SummaryV1 } from './summary-schema';

export const SUMMARY_FORMAT = 'liaison-signed-summary';
/** The version this Liaison writes; formats 1 to 3 keep verifying. */
export const SUMMARY_VERSION = 4;
export const SUMMARY_VERSIONS = [1, 2, 3, 4] as const;

/**
 * Domain separation: formats 2 and 3 sign these bytes in front of the canonical JSON, so a
 * signature over a summary can never be taken for the office key's signature over anything else
 * (format 1 signed bare canonical JSON, which always starts with "{"), nor one format for another.
 */
export const SIGNING_PREFIX = 'liaison-signed-summary/2\n';
export const SIGNING_PREFIX_V3 = 'liaison-signed-summary/3\n';
export const SIGNING_PREFIX_V4 = 'liaison-signed-summary/4\n';

export type { SignedEnvelope, Summary, SummaryPayload, SummarySection } from './summary-schema';

/**
 * The summary of one agreement as it stands, in the current format: its terms (dates as precisely
 * as known, the term as written), parties, items, contributions, lineage, documents, signing records,
 * and every correction of its signed terms with the reason given.
 */
export function buildSummary(
  detail: AgreementDetail,
  documents: RecordDocument[],
  records: SigningRecord[],
  corrections: CorrectionRow[] = [],
): Summary {
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
      termKind: detail.termKind,
      termText: detail.termText,
      renewalPeriodMonths: detail.renewalPeriodMonths,
      currentEnd: detail.currentEnd,
      fromRecords: detail.fromRecords,
      signatoriesRecorded: detail.signatoriesRecorded,
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
    corrections: corrections.map((c) => ({ at: c.at, by: c.actor, reason: c.reason, changes: correctionChanges(c) })),
  };
}

/** The SHA-256 of each section's canonical JSON, for whichever sections the summary's format has. */
export function sectionDigests<S extends Summary | SummaryV1>(summary: S): Record<keyof S & string, string> {
  return Object.fromEntries(
    (Object.keys(summary) as Array<keyof S & string>).map((section) => [section, sha256Hex(canonicalJson(summary[section]))]),
  ) as Record<keyof S & string, string>;
}

const PREFIXES: Record<2 | 3 | 4, string> = { 2: SIGNING_PREFIX, 3: SIGNING_PREFIX_V3, 4: SIGNING_PREFIX_V4 };

/** The exact text the signature covers: every member but the signature, canonical JSON. */
export function signedText(payload: SummaryPayload | SignedEnvelope): string {
  const covered = {
    format: payload.format,
    version: payload.version,
    exportedAt: payload.exportedAt,
    exportedBy: payload.exportedBy,
    summary: payload.summary,
    digests: payload.digests,
    ...(payload.version >= 3 && 'chain' in payload ? { chain: payload.chain } : {}),
    ...(payload.version !== 1 && 'pdf' in payload && payload.pdf ? { pdf: payload.pdf } : {}),
  };
  if (payload.version === 1) return canonicalJson(covered);
  return `${PREFIXES[payload.version]}${canonicalJson(covered)}`;
}

/** The JSON export, byte for byte: the verifier renders a parsed file again and compares. */
export function renderSummaryJson(envelope: SignedEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** The file name stem of every rendering of one agreement's summary. */
export function summaryFileStem(referenceNo: string): string {
  return `${referenceNo.replace(/[^A-Za-z0-9._-]+/g, '-') || 'agreement'}-signed-summary`;
}
