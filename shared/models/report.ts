import { z } from 'zod';
import { keyedMessage } from '../messages/zod-issues';
import { Id, IsoDate } from './common';
import { EventKind } from './event';

/**
 * What a report counts, per period. A new figure is one word here and its line in main's
 * `REPORT_SOURCES` (which does not compile until it says where its dates come from), plus its label
 * in the catalog and in `exports/report-labels.ts`; placements joined that way (by their start).
 */
export const REPORT_FIGURES = ['agreementsSigned', 'agreementsExpiring', 'events', 'outputs', 'placements'] as const;
export const ReportFigure = z.enum(REPORT_FIGURES);
export type ReportFigure = z.infer<typeof ReportFigure>;

/** The years a report may be asked for: wide enough for an old register's first MOU and a planned event. */
export const REPORT_FIRST_YEAR = 1950;
export const REPORT_LAST_YEAR = 2100;
export const ReportYear = z.number().int().min(REPORT_FIRST_YEAR).max(REPORT_LAST_YEAR);

const scopeFields = {
  /** A year: the report is per month of it. Without one, a partner's report is per year. */
  year: ReportYear.nullable().default(null),
  /** A partner (an organisation and its sub-organisations): only what involves it. */
  organisationId: Id.nullable().default(null),
};

/** A report needs a year, a partner or both: the whole register over every year is no report. */
function refineScope(value: { year: number | null; organisationId: string | null }, ctx: z.RefinementCtx): void {
  if (value.year === null && value.organisationId === null) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: keyedMessage('report.scope') });
  }
}

export const ReportRequest = z.object(scopeFields).superRefine(refineScope);
export type ReportRequest = z.input<typeof ReportRequest>;

export const REPORT_FORMATS = ['markdown', 'pdf'] as const;
export const ReportExportRequest = z.object({ ...scopeFields, format: z.enum(REPORT_FORMATS) }).superRefine(refineScope);
export type ReportExportRequest = z.input<typeof ReportExportRequest>;

export const ReportCounts = z.record(ReportFigure, z.number().int().min(0));

/**
 * How many of each figure's records the Reports page lists (the first by date). A year of a large
 * register counts tens of thousands; the exported report lists every one.
 */
export const REPORT_LIST_ROWS = 100;
export type ReportCounts = z.infer<typeof ReportCounts>;

/** One bar of the chart: a month (`2026-03`) of a year's report, or a year (`2026`) of a partner's. */
export const ReportPeriod = z.object({ period: z.string(), counts: ReportCounts });
export type ReportPeriod = z.infer<typeof ReportPeriod>;

/** Money in one currency, never added to another: through agreements' contributions and as research budget. */
export const ReportMoney = z.object({
  currency: z.string(),
  agreementsMinor: z.number().int(),
  projectsMinor: z.number().int(),
  totalMinor: z.number().int(),
  /** The same total per period, where its date places it. */
  byPeriod: z.array(z.object({ period: z.string(), minor: z.number().int() })),
});
export type ReportMoney = z.infer<typeof ReportMoney>;

/** One thing a figure counted, so the report can say which: an agreement, an event's occurrence, an output. */
export const ReportItem = z.object({
  figure: ReportFigure,
  /** As precise as the record knows it: a day, a month or a year. */
  date: z.string().nullable(),
  title: z.string(),
  /** An event's place, an output's project, a placement's host; '' otherwise. */
  context: z.string(),
  /** An event's wall-clock start in its own zone (null: all day, or not an event). */
  startTime: z.string().nullable(),
  timeZone: z.string().nullable(),
  eventKind: EventKind.nullable(),
  target: z.object({ area: z.enum(['agreements', 'events', 'projects', 'placements']), id: Id }),
});
export type ReportItem = z.infer<typeof ReportItem>;

export const Report = z.object({
  year: ReportYear.nullable(),
  organisation: z.object({ id: Id, name: z.string() }).nullable(),
  /** The partner's sub-organisations whose records count too. */
  units: z.array(z.string()),
  today: IsoDate,
  periods: z.array(ReportPeriod),
  /** Counted, but dated too coarsely for a period (a month of a year's report), or not dated at all. */
  unplaced: ReportCounts,
  totals: ReportCounts,
  money: z.array(ReportMoney),
  /** The records each figure counted (`totals`): all of them in an exported report, the first `REPORT_LIST_ROWS` of each on the page. */
  items: z.array(ReportItem),
  /** The years the year picker offers: from the register's first signed agreement to next year. */
  years: z.array(z.number().int()),
});
export type Report = z.infer<typeof Report>;
