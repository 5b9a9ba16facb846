import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { Section } from '../../components/section';
import { formatDate, formatNumber, useT } from '../../i18n';
import { routeHash } from '../../store';
import { RecordDetailPage } from '../common/record-detail-page';
import { dateSpan } from './intake-dates';
import { intakesRecord } from './intakes-record';

export function IntakeDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  return (
    <RecordDetailPage
      record={intakesRecord}
      id={id}
      reads={['intake', 'program']}
      title={(intake) => intake.name}
      subtitle={(intake) => <a href={routeHash({ view: 'detail', area: 'programs', id: intake.programId })}>{intake.programName}</a>}
      deleteParams={(intake) => ({ name: intake.name, program: intake.programName })}
      related={related}
    >
      {(intake) => (
        <Section title={t('agreement.details')}>
          <Facts
            className="facts--grid"
            facts={[
              { label: t('intake.applications'), value: dateSpan(t, intake.applicationsOpenOn, intake.applicationsCloseOn) },
              { label: t('intake.screening'), value: dateSpan(t, intake.screeningStartsOn, intake.screeningEndsOn) },
              { label: t('intake.startsOn'), value: intake.startsOn ? formatDate(intake.startsOn) : '' },
              { label: t('intake.places'), value: intake.places === null ? '' : formatNumber(intake.places) },
            ]}
          />
          {intake.notes ? <p className="pre-line">{intake.notes}</p> : null}
        </Section>
      )}
    </RecordDetailPage>
  );
}
