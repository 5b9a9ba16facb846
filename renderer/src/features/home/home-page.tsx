import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { ShowingOf } from '../../components/showing-of';
import { Spinner } from '../../components/spinner';
import { formatNumber, useT } from '../../i18n';
import { statusKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { AGREEMENT_STATUSES } from '../../../../shared/models/agreement';
import { agreementsRecord } from '../agreements/agreements-record';
import { useOpenList } from '../common/list-query';
import { useLoad } from '../common/use-load';
import { AgreementLinkList } from './agreement-link-list';
import { DemoCard } from './demo-card';
import { UpcomingReminders } from './upcoming-reminders';

export function HomePage() {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const openAgreements = useOpenList(agreementsRecord);
  const overview = useLoad(() => send('agreements:overview', {}), 'overview', { reads: ['agreement', 'organisation'] });
  const data = overview.data;

  return (
    <div className="page">
      <PageHeader
        title={t('home.title')}
        subtitle={data ? t('home.total', { total: formatNumber(data.total) }) : undefined}
        actions={
          <Button variant="primary" onClick={() => navigate({ view: 'new', area: 'agreements' })}>
            {t('agreements.new')}
          </Button>
        }
      />
      <DemoCard />
      <UpcomingReminders />
      {!data && overview.loading ? <Spinner label={t('common.loading')} /> : null}
      {data && data.total === 0 ? <EmptyState title={t('home.emptyTitle')}>{t('home.emptyBody')}</EmptyState> : null}
      {data && data.total > 0 ? (
        <>
          <Section title={t('home.byStatus')}>
            <ul className="status-counts">
              {AGREEMENT_STATUSES.map((status) => (
                <li key={status}>
                  <a className={`status-count status-count--${status}`} href={`${routeHash({ view: 'list', area: 'agreements' })}`}
                    onClick={(event) => {
                      event.preventDefault();
                      useAppStore.getState().setListQuery(agreementsRecord, { statuses: [status] });
                      navigate({ view: 'list', area: 'agreements' });
                    }}
                  >
                    <span className="status-count__number">{formatNumber(data.byStatus[status] ?? 0)}</span>
                    <span className="status-count__label">{t(statusKey(status))}</span>
                  </a>
                </li>
              ))}
            </ul>
          </Section>
          <div className="columns">
            <Section title={t('home.expiring', { days: data.withinDays })}>
              <AgreementLinkList rows={data.expiringSoon.rows} empty={t('home.expiringEmpty', { days: data.withinDays })} />
              <ShowingOf
                shown={data.expiringSoon.rows.length}
                total={data.expiringSoon.total}
                onShowAll={() => openAgreements({ expiringWithinDays: data.withinDays, sort: 'expiresOn', dir: 'asc' })}
              />
            </Section>
            <Section title={t('home.renewalDue')}>
              <AgreementLinkList rows={data.renewalDue.rows} empty={t('home.renewalDueEmpty')} />
              {/* No list filter says "renewal due": the register sorted by expiry holds the rest, first to end first. */}
              <ShowingOf shown={data.renewalDue.rows.length} total={data.renewalDue.total} />
            </Section>
          </div>
        </>
      ) : null}
    </div>
  );
}
