import type { Column } from '../../components/data-table';
import { formatDate, formatNumber, useT } from '../../i18n';
import type { Evaluation } from '../../../../shared/models/evaluation';
import { RecordListPage } from '../common/record-list-page';
import { evaluationsRecord } from './evaluations-record';

/** Every evaluation, newest first (reached from a placement's "show all"; new ones start on a placement's page). */
export function EvaluationsListPage() {
  const t = useT();
  const columns: Column<Evaluation>[] = [
    { key: 'intern', header: t('placement.intern'), className: 'wide', render: (e) => e.internName },
    { key: 'host', header: t('placement.host'), render: (e) => e.hostName },
    { key: 'evaluator', header: t('evaluation.evaluator'), render: (e) => e.evaluatorName },
    { key: 'score', header: t('evaluation.score'), className: 'num', render: (e) => (e.score === null ? '' : formatNumber(e.score)) },
    { key: 'date', header: t('evaluation.evaluatedOn'), sortKey: 'evaluatedOn', className: 'nowrap', render: (e) => formatDate(e.evaluatedOn) },
  ];
  return <RecordListPage record={evaluationsRecord} columns={columns} />;
}
