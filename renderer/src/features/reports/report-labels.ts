import { formatDate, type MessageKey } from '../../i18n';
import type { ReportFigure } from '../../../../shared/models/report';

/** Each figure's label, typed over the figure list: a new figure (placements) needs its words. */
export const FIGURE_LABELS = {
  agreementsSigned: 'reports.figure.agreementsSigned',
  agreementsExpiring: 'reports.figure.agreementsExpiring',
  events: 'reports.figure.events',
  outputs: 'reports.figure.outputs',
  placements: 'reports.figure.placements',
} as const satisfies Record<ReportFigure, MessageKey>;

/** Bar colours, one per figure, distinguishable in greyscale print too (light to dark). */
export const FIGURE_COLOURS: Record<ReportFigure, string> = {
  agreementsSigned: '#1f5fa8',
  agreementsExpiring: '#c77c11',
  events: '#2f8a57',
  outputs: '#7b4fa6',
  placements: '#b23a48',
};

/** A bar's period for people: "Mar 2026" for a month, "2026" for a year. */
export function periodLabel(period: string, style: 'short' | 'long' = 'short'): string {
  return period.length === 7 ? formatDate(period, undefined, style === 'short' ? 'short' : 'long') : period;
}
