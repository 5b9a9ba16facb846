import { localToday } from '../../../../shared/calendar';
import { AppError } from '../../../../shared/errors';
import type { ChannelParsedInput } from '../../../../shared/ipc/contract';
import type { FileOut } from '../../../../shared/models/export';
import { REPORT_FIGURES, REPORT_LIST_ROWS, type Report, type ReportItem } from '../../../../shared/models/report';
import { reportDocument } from '../../exports/yearly-report';
import { partnerReportHtml, partnerReportMarkdown } from '../../exports/partner-report-render';
import { timestamp, type ServiceContext } from '../../services/service-context';
import { organisationTable } from '../organisations';
import { partnerAgreementCount, partnerProjectIds, partnerReach } from '../partners/partner-overview';
import { partnerReachRows, partnerRows } from '../partners/partner-queries';
import { bucket, inYear, zero } from './report-periods';
import { moneyFacts, REPORT_SOURCES, type PartnerAgreementRow, type ReportScope } from './report-sources';
import { reportRows } from './report-queries';

export type PdfRenderer = (html: string) => Promise<Buffer>;

type Request = ChannelParsedInput<'reports:figures'>;

/** Newest first: from the register's first signed year (or this one) to next year, and the year asked for. */
function pickerYears(ctx: ServiceContext, today: string, asked: number | null): number[] {
  const first = reportRows<{ first: string | null }>(ctx.db, 'firstSigned')[0]?.first;
  const thisYear = Number(today.slice(0, 4));
  const from = Math.min(first ? Number(first.slice(0, 4)) : thisYear, asked ?? thisYear);
  const to = Math.max(thisYear + 1, asked ?? thisYear);
  return Array.from({ length: to - from + 1 }, (_, i) => to - i);
}

function scopeOf(ctx: ServiceContext, request: Request, today: string): { scope: ReportScope; organisation: Report['organisation']; units: string[] } {
  const range = request.year === null ? null : { from: `${request.year}-01-01`, to: `${request.year}-12-31` };
  if (request.organisationId === null) return { scope: { kind: 'year', range: range! }, organisation: null, units: [] };
  const organisation = organisationTable.find(ctx.db, request.organisationId);
  if (!organisation) throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'organisation' });
  const units = partnerRows<{ id: string; name: string }>(ctx.db, 'units', organisation.id);
  const unitIds = units.map((u) => u.id);
  const reach = partnerReach(ctx.db, partnerAgreementCount(ctx.db, unitIds).count);
  // A year's report needs only the agreements signed or ending in it (the others' dates fall outside).
  const agreements = range
    ? partnerReachRows<PartnerAgreementRow>(ctx.db, reach, 'agreementsBetween', unitIds, { from: range.from.slice(0, 4), to: range.to })
    : partnerRows<PartnerAgreementRow>(ctx.db, 'agreements', unitIds);
  return {
    scope: {
      kind: 'partner',
      unitIds,
      agreements,
      reach,
      projectIds: partnerProjectIds(ctx.db, unitIds, reach),
      window: range,
      until: `${today.slice(0, 4)}-12-31`,
    },
    organisation: { id: organisation.id, name: organisation.name },
    units: units.filter((u) => u.id !== organisation.id).map((u) => u.name),
  };
}

const byDate = (a: ReportItem, b: ReportItem) =>
  (a.date ?? '~').localeCompare(b.date ?? '~') || REPORT_FIGURES.indexOf(a.figure) - REPORT_FIGURES.indexOf(b.figure) || a.title.localeCompare(b.title);

/**
 * A year's figures per month, a partner's per year, or a partner's in one year per month: agreements
 * signed and expiring, events held (each meeting of a series), research outputs, internships started, and money per
 * currency, with every counted record listed so the figures can be checked.
 */
export function buildReport(ctx: ServiceContext, request: Request): Report {
  const today = localToday(ctx.now());
  const { scope, organisation, units } = scopeOf(ctx, request, today);
  const items = REPORT_FIGURES.flatMap((figure) => REPORT_SOURCES[figure](ctx.db, scope))
    .filter((item) => inYear(item.date, request.year))
    .sort(byDate);
  const money = moneyFacts(ctx.db, scope).filter((fact) => inYear(fact.day, request.year));
  return { year: request.year, organisation, units, today, ...bucket(items, money, request.year), items, years: pickerYears(ctx, today, request.year) };
}

/**
 * The report as the Reports page shows it: every figure and total, and the first `REPORT_LIST_ROWS`
 * records of each figure (a year of 30,000 agreements sent 7 MB and took the window 11 s to draw).
 */
export function reportPage(ctx: ServiceContext, request: Request): Report {
  const report = buildReport(ctx, request);
  const listed = zero();
  const items = report.items.filter((item) => (listed[item.figure] += 1) <= REPORT_LIST_ROWS);
  return { ...report, items };
}

/** A file name from the scope: `report-2026`, `report-KAIST`, `report-2026-KAIST` (a partner's name in any script). */
function fileStem(report: Report): string {
  const slug = (report.organisation?.name ?? '').normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return ['report', report.year === null ? '' : String(report.year), slug].filter(Boolean).join('-');
}

/** The report as Markdown or PDF, through the partner report's renderers (one escaper, one printed page). */
export async function exportReport(ctx: ServiceContext, input: ChannelParsedInput<'reports:export'>, renderPdf: PdfRenderer): Promise<FileOut> {
  const report = buildReport(ctx, input);
  const document = reportDocument(report, timestamp(ctx), ctx.actor);
  const stem = fileStem(report);
  return input.format === 'pdf'
    ? { fileName: `${stem}.pdf`, mediaType: 'application/pdf', contentBase64: (await renderPdf(partnerReportHtml(document))).toString('base64') }
    : { fileName: `${stem}.md`, mediaType: 'text/markdown; charset=utf-8', contentBase64: Buffer.from(partnerReportMarkdown(document), 'utf8').toString('base64') };
}
