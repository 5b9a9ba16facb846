import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { Section } from '../../components/section';
import { formatDate, formatNumber, useT } from '../../i18n';
import { routeHash } from '../../store';
import { RecordDetailPage } from '../common/record-detail-page';
import { evaluationsRecord } from './evaluations-record';

/** An evaluation: its placement, date, evaluator, score, comments and the form it came on. */
export function EvaluationDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  return (
    <RecordDetailPage
      record={evaluationsRecord}
      id={id}
      reads={evaluationsRecord.reads}
      title={(e) => `${e.internName} · ${formatDate(e.evaluatedOn)}`}
      subtitle={(e) => <a href={routeHash({ view: 'detail', area: 'placements', id: e.placementId })}>{`${e.internName} · ${e.hostName}`}</a>}
      deleteParams={(e) => ({ name: e.internName })}
      related={related}
    >
      {(e) => (
        <Section title={t('placement.details')}>
          <Facts
            className="facts--grid"
            facts={[
              { label: t('evaluation.evaluatedOn'), value: formatDate(e.evaluatedOn) },
              { label: t('evaluation.evaluator'), value: <a href={routeHash({ view: 'detail', area: 'people', id: e.evaluatorId })}>{e.evaluatorName}</a> },
              { label: t('evaluation.score'), value: e.score === null ? '' : formatNumber(e.score) },
              {
                label: t('evaluation.document'),
                value: e.documentId ? <a href={routeHash({ view: 'detail', area: 'placements', id: e.placementId })}>{e.documentTitle ?? ''}</a> : t('evaluation.noDocument'),
              },
            ]}
          />
          {e.comments ? (
            <>
              <h3 className="subhead">{t('evaluation.comments')}</h3>
              <p className="pre-line">{e.comments}</p>
            </>
          ) : null}
        </Section>
      )}
    </RecordDetailPage>
  );
}
