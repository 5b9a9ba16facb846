import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { HistorySection } from '../common/history-section';
import { PendingRecord } from '../common/load-failure';
import { RecordActions } from '../common/record-actions';
import { useRecordDetail } from '../common/use-record-detail';
import { RecordDocuments } from '../documents/record-documents';
import { peopleRecord } from './people-record';

export function PersonDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const { loaded, remove } = useRecordDetail({
    record: peopleRecord,
    id,
    // The names of the organisations the person belongs or belonged to.
    reads: ['person', 'organisation'],
    get: (key) => send('people:get', { id: key }),
    remove: (key, reason) => send('people:delete', { id: key, reason }),
    restore: (key, reason) => send('people:restore', { id: key, reason }),
    deleteTexts: (p) => ({
      title: t('person.deleteTitle'),
      message: t('person.deleteBody', { name: p.name }),
      deleted: t('person.deleted'),
    }),
  });
  const person = loaded.data;
  if (!person) return <PendingRecord record={peopleRecord} state={loaded} />;

  return (
    <div className="page">
      <PageHeader
        title={person.name}
        subtitle={[person.title, person.organisationName].filter(Boolean).join(', ') || undefined}
        actions={<RecordActions onEdit={() => navigate({ view: 'edit', area: 'people', id: person.id })} onDelete={() => remove(person)} />}
      />
      <Section title={t('person.contact')}>
        <Facts
          className="facts--grid"
          facts={[
            {
              label: t('person.organisation'),
              value: person.organisationId ? (
                <a href={routeHash({ view: 'detail', area: 'organisations', id: person.organisationId })}>{person.organisationName}</a>
              ) : (
                t('person.noOrganisation')
              ),
            },
            { label: t('person.jobTitle'), value: person.title },
            { label: t('person.email'), value: person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : '' },
            { label: t('person.phone'), value: person.phone },
            { label: t('common.altNames'), value: person.altNames.map((n) => (n.lang ? `${n.name} (${n.lang})` : n.name)).join(' · ') },
          ]}
        />
        {person.notes ? <p className="pre-line">{person.notes}</p> : null}
      </Section>
      <Section title={t('person.affiliations')}>
        {person.affiliations.length === 0 ? <p className="muted">{t('person.noAffiliations')}</p> : null}
        <ul className="plain-list">
          {person.affiliations.map((a) => (
            <li key={`${a.organisationId}:${a.startedOn ?? ''}`}>
              <a href={routeHash({ view: 'detail', area: 'organisations', id: a.organisationId })}>{a.organisationName}</a>
              {a.title ? <span>, {a.title}</span> : null}{' '}
              <span className="muted">
                {[a.startedOn ? t('person.since', { date: formatDate(a.startedOn) }) : '', a.endedOn ? t('person.until', { date: formatDate(a.endedOn) }) : '']
                  .filter(Boolean)
                  .join(' ')}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      {related}
      <RecordDocuments owner={{ kind: 'person', id: person.id }} />
      <HistorySection key={person.updatedAt} entityId={person.id} reads={['person']} />
    </div>
  );
}
