import type { Column } from '../../components/data-table';
import { formatDate, formatNumber, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Evaluation } from '../../../../shared/models/evaluation';
import { RecordsSection } from '../common/records-section';
import { useLoad } from '../common/use-load';
import { evaluationsRecord } from './evaluations-record';

/** A placement's page: its evaluations, newest first, and a way to record one (a hire is decided on one). */
export function PlacementEvaluations({ id: placementId }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const evaluations = useLoad(
    () => send('evaluations:list', { placementId, limit: 100, sort: 'evaluatedOn', dir: 'desc' }),
    `placement-evaluations:${placementId}`,
    { reads: evaluationsRecord.reads },
  );
  const columns: Column<Evaluation>[] = [
    { key: 'date', header: t('evaluation.evaluatedOn'), className: 'nowrap', render: (e) => formatDate(e.evaluatedOn) },
    { key: 'evaluator', header: t('evaluation.evaluator'), className: 'wide', render: (e) => e.evaluatorName },
    { key: 'score', header: t('evaluation.score'), className: 'num', render: (e) => (e.score === null ? '' : formatNumber(e.score)) },
    { key: 'document', header: t('evaluation.document'), render: (e) => e.documentTitle ?? '' },
  ];
  return (
    <RecordsSection
      title={t('evaluations.title')}
      records={evaluations}
      columns={columns}
      empty={t('evaluation.none')}
      onOpen={(row) => navigate({ view: 'detail', area: 'evaluations', id: row.id })}
      add={{ label: t('evaluations.new'), onClick: () => navigate({ view: 'new', area: 'evaluations', parentId: placementId }) }}
    />
  );
}
