import { useState } from 'react';
import { Facts } from '../../components/facts';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { formatDate, formatMoney, formatNumber, useT } from '../../i18n';
import { milestoneStatusKey, outputKindKey, projectKindKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { localToday } from '../../../../shared/calendar';
import type { Project } from '../../../../shared/models/project';
import { milestoneStatus } from '../../../../shared/research/milestone-status';
import { identifierHref } from '../../../../shared/research/output-identifier';
import { HistorySection } from '../common/history-section';
import { PendingRecord } from '../common/load-failure';
import { RecordActions } from '../common/record-actions';
import { useRecordDetail } from '../common/use-record-detail';
import { RecordDocuments } from '../documents/record-documents';
import { RecordOutcomes } from '../outcomes/record-outcomes';
import { ProjectStatusActions, ProjectStatusBadge } from './project-status';
import { projectsRecord } from './projects-record';

function newer(a: Project | undefined, b: Project | undefined): Project | undefined {
  if (!a || !b) return a ?? b;
  return b.updatedAt > a.updatedAt ? b : a;
}

function PeopleAndCounts({ project }: { project: Project }) {
  const t = useT();
  if (project.team.length === 0 && project.headcounts.length === 0) return <p className="muted">{t('project.noTeam')}</p>;
  return (
    <ul className="link-list">
      {project.team.map((m) => (
        <li key={m.personId} className="link-list__item">
          <span>
            <a href={routeHash({ view: 'detail', area: 'people', id: m.personId })}>{m.name}</a>
            {m.principal ? <span className="chip chip--principal"> {t('project.principalShort')}</span> : null}
          </span>
          {m.role ? <span className="link-list__meta muted">{m.role}</span> : null}
        </li>
      ))}
      {project.headcounts.map((h, index) => (
        <li key={`count-${index}`} className="link-list__item">
          <span>{t('project.headcountLine', { count: formatNumber(h.count), role: h.role })}</span>
          <span className="link-list__meta muted">{t('project.namesUnknown')}</span>
        </li>
      ))}
    </ul>
  );
}

function Places({ project }: { project: Project }) {
  const t = useT();
  if (project.places.length === 0) return <p className="muted">{t('project.noPlaces')}</p>;
  return (
    <ul className="link-list">
      {project.places.map((place, index) => (
        <li key={index} className="link-list__item">
          <span>
            {place.name} {place.planned ? <span className="chip chip--planned">{t('project.planned')}</span> : null}
          </span>
          {place.fromOn || place.toOn ? (
            <span className="link-list__meta muted">{t('project.placeSpan', { from: formatDate(place.fromOn) || '…', to: formatDate(place.toOn) || '…' })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Milestones({ project, today }: { project: Project; today: string }) {
  const t = useT();
  if (project.milestones.length === 0) return <p className="muted">{t('project.noMilestones')}</p>;
  return (
    <ul className="link-list">
      {project.milestones.map((m, index) => {
        const status = milestoneStatus(m, today);
        return (
          <li key={index} className="link-list__item">
            <span>
              {m.title} <span className={`chip chip--milestone-${status}`}>{t(milestoneStatusKey(status))}</span>
            </span>
            <span className="link-list__meta muted">
              <span>{t('project.dueOn', { date: formatDate(m.dueOn) })}</span>
              {m.doneOn ? <span>{t('project.doneOn', { date: formatDate(m.doneOn) })}</span> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function Outputs({ project }: { project: Project }) {
  const t = useT();
  if (project.outputs.length === 0) return <p className="muted">{t('project.noOutputs')}</p>;
  return (
    <ul className="link-list">
      {project.outputs.map((o) => {
        const href = identifierHref(o.identifier);
        return (
          <li key={o.id} className="link-list__item">
            <span>
              <span className="chip">{t(outputKindKey(o.kind))}</span> {o.title}
            </span>
            <span className="link-list__meta muted">
              {o.date ? <span>{formatDate(o.date)}</span> : null}
              {o.identifier ? (
                href ? (
                  <a href={href} target="_blank" rel="noreferrer noopener" className="mono">
                    {o.identifier}
                  </a>
                ) : (
                  <span className="mono">{o.identifier}</span>
                )
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A research project or centre: who, where, with what money, its milestones and outputs, and what it fulfils. */
export function ProjectDetailPage({ id }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const { loaded, remove } = useRecordDetail({
    record: projectsRecord,
    id,
    reads: ['project', 'organisation', 'person', 'agreement'],
    get: (key) => send('projects:get', { id: key }),
    // Main refuses (CONFLICT) while it fulfils cooperation items, and says so.
    remove: (key, reason) => send('projects:delete', { id: key, reason }),
    restore: (key, reason) => send('projects:restore', { id: key, reason }),
    deleteTexts: (p) => ({ title: t('project.deleteTitle'), message: t('project.deleteBody', { title: p.title }), deleted: t('project.deleted') }),
  });
  const [changed, setChanged] = useState<Project | undefined>();
  const project = newer(loaded.data, changed);
  if (!project) return <PendingRecord record={projectsRecord} state={loaded} />;
  const today = localToday();

  return (
    <div className="page">
      <PageHeader
        title={project.title}
        subtitle={
          <span className="meta-row">
            <span>{t(projectKindKey(project.kind))}</span>
            <ProjectStatusBadge status={project.status} />
          </span>
        }
        actions={<RecordActions onEdit={() => navigate({ view: 'edit', area: 'projects', id: project.id })} onDelete={() => remove(project)} />}
      >
        <ProjectStatusActions project={project} onChanged={setChanged} />
      </PageHeader>
      <Section title={t('agreement.details')}>
        <Facts
          className="facts--grid"
          facts={[
            { label: t('project.startsOn'), value: formatDate(project.startsOn) },
            { label: t('project.endsOn'), value: formatDate(project.endsOn) },
            {
              label: t('project.agreements'),
              value: project.agreements.length
                ? project.agreements.map((a, i) => (
                    <span key={a.id}>
                      {i > 0 ? ' · ' : ''}
                      <a href={routeHash({ view: 'detail', area: 'agreements', id: a.id })}>{a.name}</a>
                    </span>
                  ))
                : '',
            },
          ]}
        />
        {project.summary ? <p className="pre-line">{project.summary}</p> : null}
      </Section>
      <Section title={t('project.partners')}>
        {project.partners.length === 0 ? (
          <p className="muted">{t('project.noPartners')}</p>
        ) : (
          <ul className="link-list">
            {project.partners.map((p) => (
              <li key={p.organisationId} className="link-list__item">
                <a href={routeHash({ view: 'detail', area: 'organisations', id: p.organisationId })}>{p.name}</a>
                {p.role ? <span className="link-list__meta muted">{p.role}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('project.team')}>
        <PeopleAndCounts project={project} />
      </Section>
      <Section title={t('project.places')}>
        <Places project={project} />
      </Section>
      <Section title={t('project.budget')}>
        {project.budget.length === 0 ? (
          <p className="muted">{t('project.noBudget')}</p>
        ) : (
          <Facts
            facts={[
              ...project.budget.map((b, index) => ({
                label: `${index + 1}. ${b.sourceName}${b.description ? ` — ${b.description}` : ''}`,
                value: formatMoney(b.amountMinor, b.currency),
              })),
              ...project.budgetTotals.map((total) => ({
                label: t('program.total', { currency: total.currency }),
                value: <strong>{formatMoney(total.amountMinor, total.currency)}</strong>,
              })),
            ]}
          />
        )}
      </Section>
      <Section title={t('project.milestones')}>
        <Milestones project={project} today={today} />
      </Section>
      <Section title={t('project.outputs')}>
        <Outputs project={project} />
      </Section>
      <RecordOutcomes
        subject={{ kind: 'project', id: project.id }}
        choices={[
          { subject: { kind: 'project', id: project.id }, label: t('outcome.thisProject', { title: project.title }) },
          ...project.outputs.map((o) => ({ subject: { kind: 'output' as const, id: o.id }, label: t('outcome.outputChoice', { kind: t(outputKindKey(o.kind)), title: o.title }) })),
        ]}
        agreement={project.agreements[0]}
      />
      <RecordDocuments owner={{ kind: 'project', id: project.id }} />
      {project.notes ? (
        <Section title={t('common.notes')}>
          <p className="pre-line">{project.notes}</p>
        </Section>
      ) : null}
      <HistorySection key={project.updatedAt} entityId={project.id} reads={['project']} />
    </div>
  );
}
