import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { Section } from '../../components/section';
import { formatDate, useT } from '../../i18n';
import { routeHash } from '../../store';
import { RecordDetailPage } from '../common/record-detail-page';
import { RecordOutcomes } from '../outcomes/record-outcomes';
import { placementSpan, stipendText } from './placement-facts';
import { PlacementMoves, PlacementStatusBadge } from './placement-status';
import { placementsRecord } from './placements-record';

/**
 * A placement: its outcome and the moves open to it, intern, host, supervisor, what it came from,
 * dates and stipend; its evaluations and hire (sections those types add), documents (the
 * evaluation forms) and history.
 */
export function PlacementDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  const link = (area: 'people' | 'organisations' | 'programs' | 'agreements', to: string | null, name: string | null) =>
    to ? <a href={routeHash({ view: 'detail', area, id: to })}>{name}</a> : '';
  return (
    <RecordDetailPage
      record={placementsRecord}
      id={id}
      reads={['placement', 'person', 'organisation', 'program', 'agreement', 'evaluation']}
      title={(p) => p.internName}
      subtitle={(p) => (
        <>
            {link('organisations', p.hostId, p.hostName)}
            {' · '}
            {placementSpan(p)}
        </>
      )}
      deleteParams={(p) => ({ name: p.internName })}
      actions={(p) => <PlacementMoves placement={p} />}
      related={related}
      documents
    >
      {(p) => (
        <>
          <Section title={t('placement.details')}>
            <Facts
              className="facts--grid"
              facts={[
                { label: t('placement.status'), value: <PlacementStatusBadge status={p.status} /> },
                { label: t('placement.intern'), value: link('people', p.internId, p.internName) },
                { label: t('placement.host'), value: link('organisations', p.hostId, p.hostName) },
                { label: t('placement.supervisor'), value: link('people', p.supervisorId, p.supervisorName) },
                { label: t('placement.program'), value: link('programs', p.programId, p.programName) },
                { label: t('placement.agreement'), value: link('agreements', p.agreementId, p.agreementTitle) },
                { label: t('placement.startsOn'), value: formatDate(p.startsOn) },
                { label: t('placement.endsOn'), value: formatDate(p.endsOn) },
                { label: t('placement.evaluationDueOn'), value: formatDate(p.evaluationDueOn) },
                { label: t('placement.stipend'), value: stipendText(p) },
              ]}
            />
            {p.notes ? (
              <>
                <h3 className="subhead">{t('placement.notes')}</h3>
                <p className="pre-line">{p.notes}</p>
              </>
            ) : null}
          </Section>
          {/* The cooperation item it fulfils (a startup internship under a city's MOU), from its agreement. */}
          <RecordOutcomes
            subject={{ kind: 'placement', id: p.id }}
            choices={[{ subject: { kind: 'placement', id: p.id }, label: p.internName }]}
            agreement={p.agreementId ? { id: p.agreementId, name: p.agreementTitle ?? '' } : undefined}
          />
        </>
      )}
    </RecordDetailPage>
  );
}
