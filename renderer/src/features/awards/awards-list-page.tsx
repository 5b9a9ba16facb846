import type { Column } from '../../components/data-table';
import { Select } from '../../components/select-field';
import { formatDate, formatMoney, useT } from '../../i18n';
import { AWARD_STATUSES, type Award, type AwardStatus } from '../../../../shared/models/award';
import { RecordListPage } from '../common/record-list-page';
import { RecordPicker } from '../common/record-picker';
import { AwardStatusBadge, awardStatusKey } from './award-status';
import { AwardTotals } from './award-totals';
import { awardsRecord } from './awards-record';

/** Each currency's awarded sum on its own line: amounts in different currencies are never added. */
export function awardedText(award: Award): string {
  return award.totals.map((total) => formatMoney(total.awardedMinor, total.currency)).join(' + ');
}

export function AwardsListPage() {
  const t = useT();
  const columns: Column<Award>[] = [
    { key: 'applicant', header: t('application.applicant'), className: 'wide', render: (a) => a.applicantName },
    { key: 'program', header: t('application.program'), render: (a) => a.programName },
    { key: 'status', header: t('application.status'), render: (a) => <AwardStatusBadge status={a.status} /> },
    { key: 'awarded', header: t('award.amount'), className: 'num', render: awardedText },
    { key: 'awardedOn', header: t('award.awardedOn'), sortKey: 'awardedOn', className: 'nowrap', render: (a) => formatDate(a.awardedOn) },
  ];
  return (
    <>
      <RecordListPage
        record={awardsRecord}
        columns={columns}
        filters={({ query, setQuery }) => (
          <>
            <RecordPicker
              label={t('application.program')}
              source="programs"
              value={query.programId ?? ''}
              selectedLabel=""
              onChange={(programId) => setQuery({ programId: programId || undefined })}
            />
            <Select
              label={t('application.status')}
              value={query.statuses?.[0] ?? ''}
              onChange={(status) => setQuery({ statuses: status ? [status as AwardStatus] : undefined })}
              placeholder={t('common.any')}
              options={AWARD_STATUSES.map((status) => ({ value: status, label: t(awardStatusKey(status)) }))}
            />
          </>
        )}
      />
      <div className="page">
        <AwardTotals />
      </div>
    </>
  );
}
