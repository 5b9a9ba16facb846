import { Button } from '../../components/button';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { Spinner } from '../../components/spinner';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore, type AgreementsQuery } from '../../store';
import type { AgreementSummary } from '../../../../shared/models/agreement';
import { useLoad } from '../common/use-load';
import { RegisterExportButtons } from '../exports/register-export-buttons';
import { AgreementFilters } from './agreement-filters';

type SortKey = AgreementsQuery['sort'];

function isFiltered(query: AgreementsQuery): boolean {
  return (
    query.search !== '' ||
    query.statuses.length > 0 ||
    query.kinds.length > 0 ||
    query.partnerId !== undefined ||
    query.country !== undefined ||
    query.expiringWithinDays !== undefined
  );
}

export function AgreementsListPage() {
  const t = useT();
  const query = useAppStore((s) => s.agreementsQuery);
  const setQuery = useAppStore((s) => s.setAgreementsQuery);
  const navigate = useAppStore((s) => s.navigate);
  const page = useLoad(() => send('agreements:list', query), JSON.stringify(query));

  const columns: Column<AgreementSummary>[] = [
    { key: 'ref', header: t('col.reference'), sortKey: 'referenceNo', className: 'mono nowrap', render: (a) => a.referenceNo },
    { key: 'title', header: t('col.title'), sortKey: 'title', className: 'wide', render: (a) => a.title },
    { key: 'parties', header: t('col.parties'), render: (a) => a.partyNames.join(' · ') },
    { key: 'status', header: t('col.status'), sortKey: 'status', render: (a) => <StatusBadge status={a.status} /> },
    { key: 'signed', header: t('col.signed'), sortKey: 'signedOn', className: 'nowrap', render: (a) => formatDate(a.signedOn) },
    { key: 'expires', header: t('col.expires'), sortKey: 'expiresOn', className: 'nowrap', render: (a) => formatDate(a.expiresOn) },
  ];

  const onSort = (key: string) => {
    const sort = key as SortKey;
    const dir = query.sort === sort && query.dir === 'asc' ? 'desc' : 'asc';
    setQuery({ sort, dir });
  };

  const rows = page.data?.rows ?? [];
  const actions = (
    <>
      <RegisterExportButtons />
      <Button variant="primary" onClick={() => navigate({ view: 'new', area: 'agreements' })}>
        {t('agreements.new')}
      </Button>
    </>
  );

  return (
    <div className="page page--list">
      <PageHeader title={t('agreements.title')} actions={actions} />
      <AgreementFilters />
      {!page.data && page.loading ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <>
          <DataTable
            label={t('agreements.table')}
            columns={columns}
            rows={rows}
            rowKey={(a) => a.id}
            onOpen={(a) => navigate({ view: 'detail', area: 'agreements', id: a.id })}
            sort={{ key: query.sort, dir: query.dir }}
            onSort={onSort}
            busy={page.loading}
            empty={
              isFiltered(query) ? (
                <EmptyState title={t('agreements.noMatch')}>{t('agreements.noMatchBody')}</EmptyState>
              ) : (
                <EmptyState title={t('agreements.empty')}>
                  {t('agreements.emptyBody')}
                </EmptyState>
              )
            }
          />
          {page.data && page.data.total > 0 ? (
            <Pager offset={query.offset} limit={query.limit} total={page.data.total} onPage={(offset) => setQuery({ offset })} />
          ) : null}
        </>
      )}
    </div>
  );
}
