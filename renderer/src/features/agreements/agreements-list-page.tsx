import type { Column } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, useT, type Translate } from '../../i18n';
import type { AgreementSummary } from '../../../../shared/models/agreement';
import { ListPage } from '../common/list-page';
import { useListQuery } from '../common/list-query';
import { RegisterExportButtons } from '../exports/register-export-buttons';
import { AgreementFilters } from './agreement-filters';
import { agreementsRecord, type AgreementsQuery } from './agreements-record';
import { RemovedAgreements } from './removed-agreements';

/** When the term ends: the expiry, the current period's end of a renewing term, or "until revoked". */
function endText(a: AgreementSummary, t: Translate): string {
  if (a.termKind === 'open_ended') return t('agreement.untilRevoked');
  if (a.termKind === 'auto_renewing') return a.currentEnd ? t('agreement.renews', { date: formatDate(a.currentEnd) }) : t('termKind.auto_renewing');
  return formatDate(a.expiresOn);
}

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
  const list = useListQuery(agreementsRecord);

  const columns: Column<AgreementSummary>[] = [
    { key: 'ref', header: t('col.reference'), sortKey: 'referenceNo', className: 'mono nowrap', render: (a) => a.referenceNo },
    { key: 'title', header: t('col.title'), sortKey: 'title', className: 'wide', render: (a) => a.title },
    { key: 'parties', header: t('col.parties'), render: (a) => a.partyNames.join(' · ') },
    { key: 'status', header: t('col.status'), sortKey: 'status', render: (a) => <StatusBadge status={a.status} /> },
    { key: 'signed', header: t('col.signed'), sortKey: 'signedOn', className: 'nowrap', render: (a) => formatDate(a.signedOn) },
    { key: 'expires', header: t('col.expires'), sortKey: 'expiresOn', className: 'nowrap', render: (a) => endText(a, t) },
  ];

  return (
    <ListPage
      list={list}
      columns={columns}
      filters={<AgreementFilters />}
      filtered={isFiltered(list.query)}
      actions={<RegisterExportButtons />}
      footer={<RemovedAgreements />}
    />
  );
}
