import type { ChannelParsedInput } from '../../../../shared/ipc/contract';
import type { FileOut } from '../../../../shared/models/export';
import { partnerReport } from '../../exports/partner-report';
import { partnerReportHtml, partnerReportMarkdown } from '../../exports/partner-report-render';
import { recordAudit } from '../../services/audit-service';
import { timestamp, write, type ServiceContext } from '../../services/service-context';
import { partnerOverview } from './partner-overview';

export type PdfRenderer = (html: string) => Promise<Buffer>;

/** A file name from the partner's name in any script ("KAIST", "카이스트"), safe on every system. */
function fileStem(name: string, day: string): string {
  const slug = name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `partner-report-${slug || 'partner'}-${day}`;
}

/**
 * The one-page partner report (what an office sends its president before a visit), as PDF or
 * Markdown, from the partner overview as it stands now. Its export is in the organisation's history.
 */
export async function exportPartnerReport(ctx: ServiceContext, input: ChannelParsedInput<'partners:report'>, renderPdf: PdfRenderer): Promise<FileOut> {
  const overview = partnerOverview(ctx, input.organisationId);
  const report = partnerReport(overview, timestamp(ctx), ctx.actor);
  const stem = fileStem(overview.organisation.name, overview.today);
  const out: FileOut =
    input.format === 'pdf'
      ? { fileName: `${stem}.pdf`, mediaType: 'application/pdf', contentBase64: (await renderPdf(partnerReportHtml(report))).toString('base64') }
      : { fileName: `${stem}.md`, mediaType: 'text/markdown; charset=utf-8', contentBase64: Buffer.from(partnerReportMarkdown(report), 'utf8').toString('base64') };
  write(ctx, 'organisation', () =>
    recordAudit(ctx, { entity: 'organisation', entityId: input.organisationId, action: 'export', before: null, after: { report: 'partner', format: input.format, fileName: out.fileName } }),
  );
  return out;
}
