import { createPublicKey } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { FileOut, VerifyResult } from '../../../shared/models/export';
import { localToday } from '../../../shared/calendar';
import { correctionsOf } from '../db/repos/agreement-history-repo';
import type { Db } from '../db/connection';
import { listAgreementSummaries } from '../db/repos/agreement-repo';
import { listDocuments } from '../db/repos/document-repo';
import { signingRecordsFor } from '../db/repos/signing-repo';
import type { Download } from '../exports/downloads';
import { registerCsvChunks, registerMarkdownChunks } from '../exports/register-export';
import { PdfAttachmentError, attachSignedJson } from '../exports/pdf-attachment';
import { SUMMARY_FORMAT, SUMMARY_VERSION, buildSummary, renderSummaryJson, sectionDigests, signedText, summaryFileStem } from '../exports/signed-summary';
import { summaryHtml } from '../exports/summary-html';
import { parseEnvelope, type SignedEnvelope, type SummaryPayload } from '../exports/summary-schema';
import { renderSummaryMarkdown } from '../exports/summary-text';
import { verifyExport, type TrustedKeys } from '../exports/verify-export';
import { sha256Hex } from '../files/document-store';
import { decodeBase64 } from '../files/file-checks';
import { AGREEMENT_ENTITY, getAgreement } from './agreement-service';
import { recordAudit } from './audit-service';
import { fingerprintOf } from '../crypto/public-keys';
import type { KeyService } from './key-service';
import { headForSummary } from './signing-service';
import type { RecordDocument } from '../../../shared/models/document';
import { timestamp, write, type ServiceContext } from './service-context';

export type PdfRenderer = (html: string) => Promise<Buffer>;

function fileOut(fileName: string, mediaType: string, content: string | Buffer): FileOut {
  return { fileName, mediaType, contentBase64: Buffer.from(content).toString('base64') };
}

/**
 * Every document version the summary names must still be in the documents folder, byte for byte:
 * a signed summary vouches for the hashes it lists, so a missing or changed file is named and the
 * summary refused rather than signed over a file the office can no longer produce.
 */
function checkDocumentFiles(ctx: ServiceContext, documents: readonly RecordDocument[]): void {
  for (const doc of documents) {
    for (const version of doc.versions) {
      try {
        ctx.files.read(version.sha256);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const which = { title: doc.title, version: version.version, fileName: version.fileName };
        throw new AppError('TAMPERED', error.code === 'NOT_FOUND' ? 'export.documentMissing' : 'export.documentChanged', which);
      }
    }
  }
}

/**
 * The summary of one agreement as it stands now, with its section digests and the signed chain
 * head: what gets signed. Refused, with a sentence, when the signing chain no longer verifies or
 * a document file is missing or changed — a signed summary must not vouch for either.
 */
function summaryPayload(ctx: ServiceContext, keys: KeyService, agreementId: string): SummaryPayload {
  const detail = getAgreement(ctx, agreementId);
  const documents = listDocuments(ctx.db, { kind: 'agreement', id: agreementId });
  // First whether this office can sign at all, then what it would vouch for.
  const signing = keys.signingKey();
  checkDocumentFiles(ctx, documents);
  const head = headForSummary(ctx, keys.chainSigner(), signing.keyId);
  const summary = buildSummary(detail, documents, signingRecordsFor(ctx.db, agreementId), correctionsOf(ctx.db, agreementId));
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    exportedAt: timestamp(ctx),
    exportedBy: ctx.actor,
    summary,
    digests: sectionDigests(summary),
    chain: { count: head.count, hash: head.hash, signedFrom: head.signedFrom, keyId: head.keyId, signature: head.signature },
  };
}

/**
 * Signs a payload and returns the envelope exactly as the verifier will read it back: parsed by
 * the same strict schema, so nothing is ever signed that would not verify.
 */
function sign(keys: KeyService, payload: SummaryPayload, expectedKeyId?: string): SignedEnvelope {
  const signed = keys.sign(signedText(payload));
  if ((expectedKeyId && signed.keyId !== expectedKeyId) || payload.chain.keyId !== signed.keyId) {
    throw new AppError('CONFLICT', 'export.keyChanged');
  }
  const checked = parseEnvelope({ ...payload, signature: { algorithm: 'Ed25519', keyId: signed.keyId, publicKeyPem: signed.publicKeyPem, value: signed.signature } });
  if (!checked.ok) throw new AppError('INTERNAL', 'export.notSignable', { where: checked.where });
  return checked.envelope;
}

/** Builds and signs the summary of one agreement as it stands now. */
export function signSummary(ctx: ServiceContext, keys: KeyService, agreementId: string): SignedEnvelope {
  return sign(keys, summaryPayload(ctx, keys, agreementId));
}

/**
 * One signed summary, three renderings. JSON and Markdown carry the signed JSON as text. The PDF
 * is printed first (showing the key's fingerprint and the section digests), its bytes' SHA-256 and
 * size go into the signed data, and the signed JSON is attached to the PDF: so every byte of the
 * PDF, pages included, is covered by the one signature.
 */
export async function exportSummary(
  ctx: ServiceContext,
  keys: KeyService,
  input: ChannelParsedInput<'exports:summary'>,
  renderPdf: PdfRenderer,
): Promise<FileOut> {
  const payload = summaryPayload(ctx, keys, input.agreementId);
  const stem = summaryFileStem(payload.summary.agreement.referenceNo);
  let out: FileOut;
  let envelope: SignedEnvelope;
  if (input.format === 'pdf') {
    const key = keys.ensure();
    const printed = await renderPdf(summaryHtml(payload, key, `${stem}.json`));
    // The attachment starts on a line of its own; the line break is part of the signed pages.
    const pages = printed[printed.length - 1] === 0x0a ? printed : Buffer.concat([printed, Buffer.from('\n')]);
    envelope = sign(keys, { ...payload, pdf: { sha256: sha256Hex(pages), size: pages.length } }, key.keyId);
    let pdf: Buffer;
    try {
      pdf = attachSignedJson(pages, `${stem}.json`, Buffer.from(renderSummaryJson(envelope), 'utf8'));
    } catch (error) {
      if (error instanceof PdfAttachmentError) throw new AppError('IO', 'export.pdfProblem', { detail: error.message });
      throw error;
    }
    out = fileOut(`${stem}.pdf`, 'application/pdf', pdf);
  } else {
    envelope = sign(keys, payload);
    out =
      input.format === 'json'
        ? fileOut(`${stem}.json`, 'application/json', renderSummaryJson(envelope))
        : fileOut(`${stem}.md`, 'text/markdown; charset=utf-8', renderSummaryMarkdown(envelope, fingerprintOf(createPublicKey(envelope.signature.publicKeyPem))));
  }
  write(ctx, AGREEMENT_ENTITY, () =>
    recordAudit(ctx, {
      entity: AGREEMENT_ENTITY,
      entityId: input.agreementId,
      action: 'export',
      before: null,
      // For a PDF, the signed hash of its pages: the office can later tell which PDF it issued.
      after: { format: input.format, keyId: envelope.signature.keyId, digests: envelope.digests, ...(envelope.version !== 1 && envelope.pdf ? { pdf: envelope.pdf } : {}) },
    }),
  );
  return out;
}

/** The register file's name and type. */
function registerName(format: ChannelParsedInput<'exports:register'>['format'], today: string): { fileName: string; mediaType: string } {
  return format === 'csv'
    ? { fileName: `agreements-${today}.csv`, mediaType: 'text/csv; charset=utf-8' }
    : { fileName: `agreements-${today}.md`, mediaType: 'text/markdown; charset=utf-8' };
}

/**
 * The whole register (with the list view's filters) as CSV or Markdown text, read from `db` in pages
 * that each seek past the last (so 100,000 rows cost one walk of the index, not one re-count per
 * page) and turned into text as they come: the records are never all held at once.
 */
function registerText(db: Db, input: ChannelParsedInput<'exports:register'>, today: string, exportedAt: string): Generator<string> {
  const { format, ...filter } = input;
  const first = listAgreementSummaries(db, { ...filter, offset: 0, limit: 500 }, today);
  function* pages() {
    let page = first;
    yield page.rows;
    while (page.next) {
      page = listAgreementSummaries(db, { ...filter, offset: 0, limit: 500, after: page.next }, today);
      yield page.rows;
    }
  }
  const register = { total: first.total, pages: pages() };
  return format === 'csv' ? registerCsvChunks(register) : registerMarkdownChunks(register, exportedAt);
}

/** The register file in one piece (the CLI and tests; the window downloads `registerDownload`). */
export function exportRegister(ctx: ServiceContext, input: ChannelParsedInput<'exports:register'>): FileOut {
  const today = localToday(ctx.now());
  const { fileName, mediaType } = registerName(input.format, today);
  return fileOut(fileName, mediaType, Buffer.concat([...registerText(ctx.db, input, today, timestamp(ctx))].map((chunk) => Buffer.from(chunk, 'utf8'))));
}

/** A turn of the event loop between two pages of a download: other calls are answered meanwhile. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The register file as a download made while it is sent: read on a connection of its own inside one
 * read transaction (the file is the register as it stood when the download began, whatever is saved
 * meanwhile), a page at a time with a turn of the event loop between pages.
 */
export function registerDownload(ctx: ServiceContext, input: ChannelParsedInput<'exports:register'>, openReader: () => Db): Download {
  const today = localToday(ctx.now());
  const exportedAt = timestamp(ctx);
  return {
    ...registerName(input.format, today),
    async *chunks() {
      const reader = openReader();
      try {
        reader.exec('BEGIN');
        for (const chunk of registerText(reader, input, today, exportedAt)) {
          yield Buffer.from(chunk, 'utf8');
          await nextTurn();
        }
        reader.exec('COMMIT');
      } finally {
        reader.close();
      }
    },
  };
}

/**
 * The keys an export may be verified against, with whose they are and, for our retired keys, when
 * they stopped signing. Which keys count is the key service's call (`trustedKeys`); the labels come from its list.
 */
export function trustedSigners(keys: KeyService): TrustedKeys {
  const labels = new Map(keys.list().map((key) => [key.keyId, key]));
  const retired = keys.retiredTimes();
  return new Map(
    [...keys.trustedKeys()].map(([keyId, publicKeyPem]) => {
      const info = labels.get(keyId);
      return [keyId, { publicKeyPem, label: info?.label ?? keyId, origin: info?.origin ?? 'imported', retiredAt: retired.get(keyId) ?? null }];
    }),
  );
}

export function verifyFile(keys: KeyService, input: ChannelParsedInput<'exports:verify'>): VerifyResult {
  return verifyExport(decodeBase64(input.contentBase64), trustedSigners(keys));
}
