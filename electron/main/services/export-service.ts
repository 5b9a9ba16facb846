import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { FileOut, VerifyResult } from '../../../shared/models/export';
import { localToday } from '../../../shared/calendar';
import { listAgreementSummaries } from '../db/repos/agreement-repo';
import { listDocuments } from '../db/repos/document-repo';
import { signingRecordsFor } from '../db/repos/signing-repo';
import { registerCsv, registerMarkdown } from '../exports/register-export';
import { SUMMARY_FORMAT, SUMMARY_VERSION, buildSummary, sectionDigests, signedText, type SignedEnvelope } from '../exports/signed-summary';
import { summaryHtml } from '../exports/summary-html';
import { renderSummaryMarkdown } from '../exports/summary-text';
import { verifyExport } from '../exports/verify-export';
import { decodeBase64 } from '../files/file-checks';
import { AGREEMENT_ENTITY, getAgreement } from './agreement-service';
import { recordAudit } from './audit-service';
import type { KeyService } from './key-service';
import { timestamp, write, type ServiceContext } from './service-context';

export type PdfRenderer = (html: string) => Promise<Buffer>;

function fileOut(fileName: string, mediaType: string, content: string | Buffer): FileOut {
  return { fileName, mediaType, contentBase64: Buffer.from(content).toString('base64') };
}

function baseName(referenceNo: string): string {
  return referenceNo.replace(/[^A-Za-z0-9._-]+/g, '-') || 'agreement';
}

/** Builds and signs the summary of one agreement as it stands now. */
export function signSummary(ctx: ServiceContext, keys: KeyService, agreementId: string): SignedEnvelope {
  const detail = getAgreement(ctx, agreementId);
  const summary = buildSummary(detail, listDocuments(ctx.db, { kind: 'agreement', id: agreementId }), signingRecordsFor(ctx.db, agreementId));
  const payload = {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    exportedAt: timestamp(ctx),
    exportedBy: ctx.actor,
    summary,
    digests: sectionDigests(summary),
  } as const;
  const signed = keys.sign(signedText(payload));
  return {
    ...payload,
    signature: { algorithm: 'Ed25519', keyId: signed.keyId, publicKeyPem: signed.publicKeyPem, value: signed.signature },
  };
}

export async function exportSummary(
  ctx: ServiceContext,
  keys: KeyService,
  input: ChannelParsedInput<'exports:summary'>,
  renderPdf: PdfRenderer,
): Promise<FileOut> {
  const envelope = signSummary(ctx, keys, input.agreementId);
  const name = `${baseName(envelope.summary.agreement.referenceNo)}-signed-summary`;
  let out: FileOut;
  if (input.format === 'json') {
    out = fileOut(`${name}.json`, 'application/json', `${JSON.stringify(envelope, null, 2)}\n`);
  } else if (input.format === 'markdown') {
    out = fileOut(`${name}.md`, 'text/markdown; charset=utf-8', renderSummaryMarkdown(envelope));
  } else {
    const fingerprint = keys.list().find((k) => k.keyId === envelope.signature.keyId)?.fingerprint ?? '';
    out = fileOut(`${name}.pdf`, 'application/pdf', await renderPdf(summaryHtml(envelope, fingerprint)));
  }
  write(ctx, AGREEMENT_ENTITY, () =>
    recordAudit(ctx, {
      entity: AGREEMENT_ENTITY,
      entityId: input.agreementId,
      action: 'export',
      before: null,
      after: { format: input.format, keyId: envelope.signature.keyId, digests: envelope.digests },
    }),
  );
  return out;
}

/** The whole register (with the list view's filters) as CSV or Markdown. */
export function exportRegister(ctx: ServiceContext, input: ChannelParsedInput<'exports:register'>): FileOut {
  const { format, ...filter } = input;
  const today = localToday(ctx.now());
  const rows = [];
  for (let offset = 0; ; offset += 500) {
    const page = listAgreementSummaries(ctx.db, { ...filter, offset, limit: 500 }, today);
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) break;
  }
  return format === 'csv'
    ? fileOut(`agreements-${today}.csv`, 'text/csv; charset=utf-8', registerCsv(rows))
    : fileOut(`agreements-${today}.md`, 'text/markdown; charset=utf-8', registerMarkdown(rows, timestamp(ctx)));
}

export function verifyFile(keys: KeyService, input: ChannelParsedInput<'exports:verify'>): VerifyResult {
  return verifyExport(decodeBase64(input.contentBase64), keys.trustedKeys());
}
