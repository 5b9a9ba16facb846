import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n';
import { REPORT_FIGURES, type ReportPeriod } from '../../../../shared/models/report';
import { FIGURE_COLOURS, FIGURE_LABELS, periodLabel } from './report-labels';

/**
 * The counts per period as grouped bars, drawn as SVG at a fixed size so it prints as sharply as the
 * text; the table beside it holds the same numbers for screen readers and copying.
 */
export function ReportChart({ periods, per }: { periods: readonly ReportPeriod[]; per: 'month' | 'year' }) {
  const t = useT();
  const data = periods.map((p) => ({ period: periodLabel(p.period), ...p.counts }));
  return (
    <figure className="report-chart" aria-label={t('reports.chart', { period: per })}>
      <BarChart width={720} height={260} data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} title={t('reports.chartTitle', { period: per })}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="period" tick={{ fontSize: 11 }} interval={0} />
        <YAxis allowDecimals={false} width={36} tick={{ fontSize: 11 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {REPORT_FIGURES.map((figure) => (
          <Bar key={figure} dataKey={figure} name={t(FIGURE_LABELS[figure])} fill={FIGURE_COLOURS[figure]} isAnimationActive={false} />
        ))}
      </BarChart>
    </figure>
  );
}

/** One currency's money per period: a chart of its own, since currencies are never added or shown on one scale. */
export function MoneyChart({ currency, values, periods, per }: { currency: string; values: ReadonlyArray<{ period: string; minor: number }>; periods: readonly string[]; per: 'month' | 'year' }) {
  const t = useT();
  const byPeriod = new Map(values.map((v) => [v.period, v.minor]));
  const data = periods.map((period) => ({ period: periodLabel(period), minor: byPeriod.get(period) ?? 0 }));
  const label = t('reports.moneyChart', { currency, period: per });
  return (
    <figure className="report-chart report-chart--money" aria-label={label}>
      <BarChart width={360} height={160} data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} title={label}>
        <XAxis dataKey="period" tick={{ fontSize: 10 }} />
        <YAxis hide />
        <Bar dataKey="minor" name={currency} fill="#4a5668" isAnimationActive={false} />
      </BarChart>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
