import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { Select } from '../../components/select-field';
import { Spinner } from '../../components/spinner';
import { localToday } from '../../../../shared/calendar';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { ExportButtons } from '../common/export-buttons';
import { RecordPicker } from '../common/record-picker';
import { useLoad } from '../common/use-load';
import { MoneyChart, ReportChart } from './report-chart';
import { CountedItems, CountsTable, MoneyTable } from './report-tables';
import '../../styles/reports.css';

const ALL_YEARS = 'all';

/**
 * Reports: a year's figures per month, or a partner's per year, or a partner's in one year — a bar
 * chart with the same numbers as a table beside it, money per currency, and every counted record.
 * What is shown is in the address (`#/reports?year=2026&partner=<id>`); it prints (charts are SVG)
 * and exports as Markdown or PDF.
 */
export function ReportsPage() {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const route = useAppStore((s) => s.route);
  const asked = route.view === 'reports' ? route : { year: undefined, partnerId: undefined };
  const organisationId = asked.partnerId ?? null;
  // Without a partner a report is a year's: this one unless the address names another.
  const year = asked.year ?? (organisationId ? null : Number(localToday().slice(0, 4)));
  const request = { year, organisationId };
  const loaded = useLoad(() => send('reports:figures', request), `reports:${year ?? ''}:${organisationId ?? ''}`, {
    reads: ['agreement', 'event', 'project', 'organisation'],
  });
  const report = loaded.data && loaded.data.year === year && (loaded.data.organisation?.id ?? null) === organisationId ? loaded.data : null;
  const years = loaded.data?.years ?? [year ?? Number(localToday().slice(0, 4))];
  const per = year === null ? 'year' : 'month';
  const show = (next: { year: number | null; partnerId: string | null }) =>
    navigate({ view: 'reports', ...(next.year !== null ? { year: next.year } : {}), ...(next.partnerId ? { partnerId: next.partnerId } : {}) });

  const heading = !report
    ? ''
    : report.organisation && report.year !== null
      ? t('reports.headingBoth', { partner: report.organisation.name, year: report.year })
      : report.organisation
        ? t('reports.headingPartner', { partner: report.organisation.name })
        : t('reports.headingYear', { year: report.year ?? '' });

  return (
    <div className="page page--reports">
      <PageHeader
        title={t('reports.title')}
        subtitle={<span className="muted">{t('reports.subtitle')}</span>}
        actions={
          <div className="button-row">
            <Button onClick={() => window.print()}>{t('reports.print')}</Button>
            <ExportButtons
              choices={[
                { format: 'markdown', label: t('reports.exportMarkdown') },
                { format: 'pdf', label: t('reports.exportPdf') },
              ]}
              produce={(format) => send('reports:export', { ...request, format })}
              busyLabel={(format) => t(format === 'pdf' ? 'reports.exportBusyPdf' : 'reports.exportBusy')}
            />
          </div>
        }
      />
      <div className="reports-controls">
        <Select
          label={t('reports.year')}
          value={year === null ? ALL_YEARS : String(year)}
          onChange={(value) => show({ year: value === ALL_YEARS ? null : Number(value), partnerId: organisationId })}
          options={[
            ...(organisationId ? [{ value: ALL_YEARS, label: t('reports.allYears') }] : []),
            ...[...new Set([...(year === null ? [] : [year]), ...years])].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
          ]}
        />
        <RecordPicker
          label={t('reports.partner')}
          hint={t('reports.partnerHint')}
          source="organisations"
          value={organisationId ?? ''}
          selectedLabel={report?.organisation?.name ?? ''}
          onChange={(id) => show({ year: id ? year : (year ?? Number(localToday().slice(0, 4))), partnerId: id || null })}
        />
        {organisationId ? (
          <Button variant="ghost" onClick={() => show({ year: year ?? Number(localToday().slice(0, 4)), partnerId: null })}>
            {t('reports.clearPartner')}
          </Button>
        ) : null}
      </div>
      {!report ? (
        <Spinner label={t('common.loading')} inline />
      ) : (
        <>
          <h2 className="reports-heading">{heading}</h2>
          {report.units.length ? <p className="muted">{t('reports.includes', { names: report.units.join(', ') })}</p> : null}
          <Section title={t('reports.chart', { period: per })} className="report-figures">
            {report.periods.length === 0 ? (
              <p className="muted">{t('reports.nothing')}</p>
            ) : (
              <div className="report-figures__body">
                <ReportChart periods={report.periods} per={per} />
                <CountsTable report={report} per={per} />
              </div>
            )}
          </Section>
          <Section title={t('reports.money')}>
            <p className="muted">{t('reports.moneyNote')}</p>
            {report.money.length === 0 ? (
              <p className="muted">{t('reports.noMoney')}</p>
            ) : (
              <>
                <MoneyTable money={report.money} />
                <div className="report-money-charts">
                  {report.money
                    .filter((m) => m.byPeriod.length > 0)
                    .map((m) => (
                      <MoneyChart key={m.currency} currency={m.currency} values={m.byPeriod} periods={report.periods.map((p) => p.period)} per={per} />
                    ))}
                </div>
              </>
            )}
          </Section>
          <Section title={t('reports.counted')}>
            <CountedItems report={report} />
          </Section>
        </>
      )}
    </div>
  );
}
