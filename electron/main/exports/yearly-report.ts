import { REPORT_FIGURES, type Report, type ReportFigure } from '../../../shared/models/report';
import { describePreciseDate } from '../../../shared/precise-date';
import type { PartnerReport, ReportEntry } from './partner-report';
import { REPORT_FIGURE_LABELS } from './report-labels';
import { groupedAmount } from './summary-text';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2026" for a month's bar, "2026" for a year's. */
export function periodWords(period: string): string {
  return period.length === 7 ? `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}` : period;
}

const EMPTY: Record<ReportFigure, string> = {
  agreementsSigned: 'No agreements signed.',
  agreementsExpiring: 'No agreements expiring.',
  events: 'No events held.',
  outputs: 'No research outputs.',
  placements: 'No internships started.',
};

function scopeTitle(report: Report): string {
  if (report.organisation && report.year !== null) return `Report for ${report.year}: ${report.organisation.name}`;
  if (report.organisation) return `Report by year: ${report.organisation.name}`;
  return `Report for ${report.year}`;
}

/**
 * A yearly or partner report as the words the partner report's renderers print (Markdown escaped,
 * one HTML page for PDF): the figures per period as a table, money per currency as another, and
 * every counted record under its figure. The charts are the app's; the file carries their numbers.
 */
export function reportDocument(report: Report, preparedAt: string, preparedBy: string): PartnerReport {
  const perMonth = report.year !== null;
  const unplaced = REPORT_FIGURES.some((f) => report.unplaced[f] > 0);
  const figureRows = [
    ...report.periods.map((p) => [periodWords(p.period), ...REPORT_FIGURES.map((f) => String(p.counts[f]))]),
    ...(unplaced ? [[perMonth ? 'Month not known' : 'Date not known', ...REPORT_FIGURES.map((f) => String(report.unplaced[f]))]] : []),
    ['Total', ...REPORT_FIGURES.map((f) => String(report.totals[f]))],
  ];
  const entries = (figure: ReportFigure): ReportEntry[] =>
    report.items
      .filter((item) => item.figure === figure)
      .map((item) => ({
        title: item.title,
        meta: [item.date ? describePreciseDate(item.date) : 'date not known', item.startTime ? `${item.startTime} (${item.timeZone})` : '', item.context].filter(Boolean),
        details: [],
        depth: 0,
      }));
  return {
    title: scopeTitle(report),
    subtitle: report.units.length ? `Includes ${report.units.join(', ')}.` : '',
    prepared: `Prepared ${preparedAt.slice(0, 10)} by ${preparedBy}.`,
    glance: [
      ...REPORT_FIGURES.map((f) => `${REPORT_FIGURE_LABELS[f]}: ${report.totals[f]}`),
      ...(report.money.length ? [`Money: ${report.money.map((m) => groupedAmount(m.totalMinor, m.currency)).join('; ')} (each currency on its own)`] : []),
    ],
    sections: [
      {
        heading: perMonth ? 'By month' : 'By year',
        empty: 'Nothing dated in this report.',
        entries: [],
        table: { head: [perMonth ? 'Month' : 'Year', ...REPORT_FIGURES.map((f) => REPORT_FIGURE_LABELS[f])], rows: figureRows },
      },
      {
        heading: 'Money by currency',
        empty: 'No money recorded.',
        entries: [],
        ...(report.money.length
          ? {
              table: {
                head: ['Currency', 'Through agreements', 'Research budget', 'Total'],
                rows: report.money.map((m) => [m.currency, groupedAmount(m.agreementsMinor, m.currency), groupedAmount(m.projectsMinor, m.currency), groupedAmount(m.totalMinor, m.currency)]),
              },
            }
          : {}),
      },
      ...REPORT_FIGURES.map((f) => ({ heading: REPORT_FIGURE_LABELS[f], empty: EMPTY[f], entries: entries(f) })),
    ],
  };
}
