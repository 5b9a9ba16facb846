import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { Section } from '../../components/section';
import { formatDate, useT } from '../../i18n';
import { routeHash } from '../../store';
import { RecordDetailPage } from '../common/record-detail-page';
import { hiresRecord } from './hires-record';

/** A hire: who joined whom, when, as what, and the agreement, program or placement it came from. */
export function HireDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  const link = (area: 'people' | 'organisations' | 'programs' | 'agreements' | 'placements', to: string | null, name: string | null) =>
    to ? <a href={routeHash({ view: 'detail', area, id: to })}>{name}</a> : '';
  return (
    <RecordDetailPage
      record={hiresRecord}
      id={id}
      reads={hiresRecord.reads}
      title={(h) => h.personName}
      subtitle={(h) => (
        <>
          {t(`hire.kind.${h.kind}`)} · {link('organisations', h.organisationId, h.organisationName)}
        </>
      )}
      deleteParams={(h) => ({ name: h.personName })}
      related={related}
    >
      {(h) => (
        <Section title={t('placement.details')}>
          <Facts
            className="facts--grid"
            facts={[
              { label: t('hire.person'), value: link('people', h.personId, h.personName) },
              { label: t('hire.organisation'), value: link('organisations', h.organisationId, h.organisationName) },
              { label: t('hire.hiredOn'), value: formatDate(h.hiredOn) },
              { label: t('hire.kind'), value: t(`hire.kind.${h.kind}`) },
              { label: t('hire.title'), value: h.title },
              { label: t('hire.program'), value: link('programs', h.programId, h.programName) },
              { label: t('hire.agreement'), value: link('agreements', h.agreementId, h.agreementTitle) },
              { label: t('hire.placement'), value: link('placements', h.placementId, h.placementId ? t('hire.placementLink') : null) },
            ]}
          />
          {h.notes ? <p className="pre-line">{h.notes}</p> : null}
        </Section>
      )}
    </RecordDetailPage>
  );
}
