import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { Section } from '../../components/section';
import { formatDate, formatNumber, useT } from '../../i18n';
import { routeHash } from '../../store';
import { RecordDetailPage } from '../common/record-detail-page';
import { ApplicationMoves, ApplicationStatusBadge } from './application-status';
import { applicationsRecord } from './applications-record';

/** An application: where it stands and the moves open to it, its intake and program, score, notes and documents (CV, transcript). */
export function ApplicationDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  return (
    <RecordDetailPage
      record={applicationsRecord}
      id={id}
      reads={['application', 'person', 'intake', 'program']}
      title={(a) => a.applicantName}
      subtitle={(a) => (
        <>
          <a href={routeHash({ view: 'detail', area: 'intakes', id: a.intakeId })}>{a.intakeName}</a>
          {' · '}
          <a href={routeHash({ view: 'detail', area: 'programs', id: a.programId })}>{a.programName}</a>
        </>
      )}
      actions={(a) => <ApplicationMoves application={a} />}
      related={related}
      documents
    >
      {(a) => (
        <Section title={t('agreement.details')}>
          <Facts
            className="facts--grid"
            facts={[
              { label: t('application.status'), value: <ApplicationStatusBadge status={a.status} /> },
              {
                label: t('application.applicant'),
                value: <a href={routeHash({ view: 'detail', area: 'people', id: a.applicantId })}>{a.applicantName}</a>,
              },
              { label: t('application.submittedOn'), value: formatDate(a.submittedOn) },
              { label: t('application.score'), value: a.score === null ? '' : formatNumber(a.score) },
            ]}
          />
          {a.reviewerNotes ? (
            <>
              <h3 className="subhead">{t('application.reviewerNotes')}</h3>
              <p className="pre-line">{a.reviewerNotes}</p>
            </>
          ) : null}
        </Section>
      )}
    </RecordDetailPage>
  );
}
