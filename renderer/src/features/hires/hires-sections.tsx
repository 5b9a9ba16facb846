import type { Column } from '../../components/data-table';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Hire, HireQuery } from '../../../../shared/models/hire';
import { RecordsSection } from '../common/records-section';
import { useLoad } from '../common/use-load';
import { hiresRecord } from './hires-record';

function ScopedHires({ scope, title }: { scope: Pick<HireQuery, 'personId' | 'placementId'>; title: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const hires = useLoad(() => send('hires:list', { ...scope, limit: 100, sort: 'hiredOn', dir: 'desc' }), `hires-of:${JSON.stringify(scope)}`, {
    reads: hiresRecord.reads,
  });
  const columns: Column<Hire>[] = [
    { key: 'organisation', header: t('hire.organisation'), className: 'wide', render: (h) => h.organisationName },
    { key: 'kind', header: t('hire.kind'), render: (h) => t(`hire.kind.${h.kind}`) },
    { key: 'title', header: t('hire.title'), render: (h) => h.title },
    { key: 'date', header: t('hire.hiredOn'), className: 'nowrap', render: (h) => formatDate(h.hiredOn) },
  ];
  return (
    <RecordsSection
      title={title}
      records={hires}
      columns={columns}
      empty={t('hire.none')}
      onOpen={(row) => navigate({ view: 'detail', area: 'hires', id: row.id })}
    />
  );
}

/** A person's page: where they were hired or which partner they joined. */
export function PersonHires({ id }: { id: string }) {
  const t = useT();
  return <ScopedHires scope={{ personId: id }} title={t('hire.personHires')} />;
}

/** A placement's page: the hire it led to. */
export function PlacementHires({ id }: { id: string }) {
  const t = useT();
  return <ScopedHires scope={{ placementId: id }} title={t('hires.title')} />;
}
