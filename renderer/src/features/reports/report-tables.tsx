import { SimpleTable, type SimpleColumn } from '../../components/simple-table';
import { formatDate, formatMoney, formatNumber, useT } from '../../i18n';
import { routeHash } from '../../store';
import { REPORT_FIGURES, type Report, type ReportCounts, type ReportFigure, type ReportMoney } from '../../../../shared/models/report';
import { FIGURE_LABELS, periodLabel } from './report-labels';

type CountRow = { key: string; label: string; counts: ReportCounts };

/** The chart's numbers as a table: a row per period, then what has no period, then the totals. */
export function CountsTable({ report, per }: { report: Report; per: 'month' | 'year' }) {
  const t = useT();
  const unplaced = REPORT_FIGURES.some((f) => report.unplaced[f] > 0);
  const rows: CountRow[] = [
    ...report.periods.map((p) => ({ key: p.period, label: periodLabel(p.period, 'long'), counts: p.counts })),
    ...(unplaced ? [{ key: 'unplaced', label: t(per === 'month' ? 'reports.unplacedMonth' : 'reports.unplacedYear'), counts: report.unplaced }] : []),
    { key: 'total', label: t('reports.total'), counts: report.totals },
  ];
  const columns: Array<SimpleColumn<CountRow>> = [
    { key: 'period', header: t('reports.period', { period: per }), render: (row) => (row.key === 'total' ? <strong>{row.label}</strong> : row.label), className: 'nowrap' },
    ...REPORT_FIGURES.map((figure) => ({
      key: figure,
      header: t(FIGURE_LABELS[figure]),
      render: (row: CountRow) => formatNumber(row.counts[figure]),
      className: 'num',
    })),
  ];
  return <SimpleTable label={t('reports.table', { period: per })} columns={columns} rows={rows} rowKey={(row) => row.key} className="report-table" />;
}

export function MoneyTable({ money }: { money: readonly ReportMoney[] }) {
  const t = useT();
  const columns: Array<SimpleColumn<ReportMoney>> = [
    { key: 'currency', header: t('form.currency'), render: (m) => m.currency },
    { key: 'agreements', header: t('reports.moneyAgreements'), render: (m) => formatMoney(m.agreementsMinor, m.currency), className: 'num' },
    { key: 'projects', header: t('reports.moneyProjects'), render: (m) => formatMoney(m.projectsMinor, m.currency), className: 'num' },
    { key: 'total', header: t('reports.moneyTotal'), render: (m) => formatMoney(m.totalMinor, m.currency), className: 'num' },
  ];
  return <SimpleTable label={t('reports.money')} columns={columns} rows={money} rowKey={(m) => m.currency} />;
}

/** The records each figure counted, under the figure, each linking to its page; the exported report lists every one. */
export function CountedItems({ report }: { report: Report }) {
  const t = useT();
  const groups = REPORT_FIGURES.map((figure) => [figure, report.items.filter((i) => i.figure === figure)] as const).filter(([, items]) => items.length > 0);
  if (groups.length === 0) return <p className="muted">{t('reports.nothing')}</p>;
  return (
    <div className="report-items">
      {groups.map(([figure, items]: readonly [ReportFigure, Report['items']]) => (
        <section key={figure} aria-label={t(FIGURE_LABELS[figure])}>
          <h3 className="subhead">
            {t(FIGURE_LABELS[figure])} ({formatNumber(report.totals[figure])})
          </h3>
          <ul className="report-items__list">
            {items.map((item, index) => (
              <li key={`${item.target.id}:${item.date ?? ''}:${index}`}>
                <span className="report-items__date">{item.date ? formatDate(item.date) : t('reports.dateUnknown')}</span>{' '}
                <a href={routeHash({ view: 'detail', area: item.target.area, id: item.target.id })}>{item.title}</a>
                {item.startTime ? <span className="muted"> · {t('reports.time', { time: item.startTime, zone: item.timeZone ?? '' })}</span> : null}
                {item.context ? <span className="muted"> · {item.context}</span> : null}
              </li>
            ))}
          </ul>
          {items.length < report.totals[figure] ? (
            <p className="muted">
              {t('common.showingOf', { shown: formatNumber(items.length), total: formatNumber(report.totals[figure]) })} {t('reports.allInExport')}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
