import type { Column } from '../../components/data-table';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Award } from '../../../../shared/models/award';
import { RecordsSection } from '../common/records-section';
import { useLoad } from '../common/use-load';
import { AwardStatusBadge } from './award-status';
import { awardedText } from './awards-list-page';

/** An application's page: its scholarship award, and a way to award one (main refuses unless the application is accepted). */
export function ApplicationAward({ id: applicationId }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const awards = useLoad(() => send('awards:list', { applicationId, limit: 5 }), `application-award:${applicationId}`, { reads: ['award', 'application'] });
  const columns: Column<Award>[] = [
    { key: 'amount', header: t('award.amount'), className: 'wide', render: awardedText },
    { key: 'status', header: t('application.status'), render: (a) => <AwardStatusBadge status={a.status} /> },
    { key: 'awardedOn', header: t('award.awardedOn'), className: 'nowrap', render: (a) => formatDate(a.awardedOn) },
  ];
  return (
    <RecordsSection
      title={t('award.section')}
      records={awards}
      columns={columns}
      empty={t('award.none')}
      onOpen={(row) => navigate({ view: 'detail', area: 'awards', id: row.id })}
      add={awards.data?.total ? undefined : { label: t('awards.new'), onClick: () => navigate({ view: 'new', area: 'awards', parentId: applicationId }) }}
    />
  );
}
