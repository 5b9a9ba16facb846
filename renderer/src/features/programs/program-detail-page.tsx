import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { formatMoney, useT } from '../../i18n';
import { scholarshipKindKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import type { Program } from '../../../../shared/models/program';
import { HistorySection } from '../common/history-section';
import { PendingRecord } from '../common/load-failure';
import { RecordActions } from '../common/record-actions';
import { useRecordDetail } from '../common/use-record-detail';
import { RecordDocuments } from '../documents/record-documents';
import { RecordOutcomes } from '../outcomes/record-outcomes';
import { programsRecord } from './programs-record';

function LinkList({ links, area, empty }: { links: Program['sponsors']; area: 'organisations' | 'agreements'; empty: string }) {
  if (links.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.id} className="link-list__item">
          <a href={routeHash({ view: 'detail', area, id: link.id })}>{link.name}</a>
        </li>
      ))}
    </ul>
  );
}

/** A program: what it is and who may apply, its phases, sponsors, scholarship by part, and its intakes. */
export function ProgramDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const { loaded, remove } = useRecordDetail({
    record: programsRecord,
    id,
    // Sponsors' and agreements' names; the intake count and latest start.
    reads: ['program', 'intake', 'organisation', 'agreement'],
    get: (key) => send('programs:get', { id: key }),
    // Main refuses (CONFLICT) while the program has intakes, and says so.
    remove: (key, reason) => send('programs:delete', { id: key, reason }),
    restore: (key, reason) => send('programs:restore', { id: key, reason }),
    deleteTexts: (p) => ({ title: t('program.deleteTitle'), message: t('program.deleteBody', { name: p.name }), deleted: t('program.deleted') }),
  });
  const program = loaded.data;
  if (!program) return <PendingRecord record={programsRecord} state={loaded} />;

  return (
    <div className="page">
      <PageHeader
        title={program.name}
        subtitle={program.fields.length > 0 ? program.fields.join(' · ') : undefined}
        actions={<RecordActions onEdit={() => navigate({ view: 'edit', area: 'programs', id: program.id })} onDelete={() => remove(program)} />}
      />
      <Section title={t('agreement.details')}>
        <Facts
          className="facts--grid"
          facts={[
            { label: t('program.length'), value: program.totalMonths === null ? (program.phases.length ? t('program.lengthUnknown') : '') : t('program.months', { n: program.totalMonths }) },
            { label: t('program.eligibility'), value: program.eligibility },
            { label: t('program.fields'), value: program.fields.join(' · ') },
          ]}
        />
        {program.summary ? <p className="pre-line">{program.summary}</p> : null}
      </Section>
      <Section title={t('program.agreements')}>
        <LinkList links={program.agreements} area="agreements" empty={t('program.noAgreements')} />
      </Section>
      <Section title={t('program.sponsors')}>
        <LinkList links={program.sponsors} area="organisations" empty={t('common.none')} />
      </Section>
      <Section title={t('program.phases')}>
        {program.phases.length === 0 ? (
          <p className="muted">{t('program.noPhases')}</p>
        ) : (
          <ol className="phase-list">
            {program.phases.map((phase, index) => (
              <li key={index}>
                <strong>{phase.name}</strong>
                {phase.months !== null ? <span> · {t('program.months', { n: phase.months })}</span> : null}
                {phase.place ? <span className="muted"> · {phase.place}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={t('program.scholarship')}>
        {program.scholarship.length === 0 ? (
          <p className="muted">{t('program.noScholarship')}</p>
        ) : (
          <Facts
            facts={[
              ...program.scholarship.map((part, index) => ({
                label: `${index + 1}. ${t(scholarshipKindKey(part.kind))}${part.description ? ` — ${part.description}` : ''}`,
                value: formatMoney(part.amountMinor, part.currency),
              })),
              ...program.scholarshipTotals.map((total) => ({
                label: t('program.total', { currency: total.currency }),
                value: <strong>{formatMoney(total.amountMinor, total.currency)}</strong>,
              })),
            ]}
          />
        )}
      </Section>
      {related}
      <RecordOutcomes subject={{ kind: 'program', id: program.id }} choices={[{ subject: { kind: 'program', id: program.id }, label: program.name }]} agreement={program.agreements[0]} />
      <RecordDocuments owner={{ kind: 'program', id: program.id }} />
      {program.notes ? (
        <Section title={t('common.notes')}>
          <p className="pre-line">{program.notes}</p>
        </Section>
      ) : null}
      <HistorySection key={program.updatedAt} entityId={program.id} reads={['program']} />
    </div>
  );
}
