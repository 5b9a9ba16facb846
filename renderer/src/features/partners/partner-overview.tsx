import { Section } from '../../components/section';
import { ShowingOf } from '../../components/showing-of';
import { Spinner } from '../../components/spinner';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, formatMoney, formatNumber, useT } from '../../i18n';
import { contributionKindKey, itemProgressKey, projectKindKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { routeHash } from '../../store';
import type { PartnerAgreement, PartnerOverview as Overview } from '../../../../shared/models/partner';
import { ITEM_PROGRESS } from '../../../../shared/research/item-progress';
import { useOpenList } from '../common/list-query';
import { useLoad } from '../common/use-load';
import { agreementsRecord } from '../agreements/agreements-record';
import { peopleRecord } from '../people/people-record';
import { eventKindKey } from '../events/event-labels';
import { whenText } from '../events/event-text';
import { PlacementStatusBadge } from '../placements/placement-status';
import { ProjectStatusBadge } from '../projects/project-status';
import { PartnerReportButtons } from './partner-report-buttons';

function AgreementRow({ agreement }: { agreement: PartnerAgreement }) {
  const t = useT();
  const counted = ITEM_PROGRESS.filter((p) => agreement.progress[p] > 0 && p !== 'dropped');
  return (
    <li className="link-list__item partner-agreement" style={{ paddingLeft: `${agreement.depth * 20}px` }} data-depth={agreement.depth}>
      <a href={routeHash({ view: 'detail', area: 'agreements', id: agreement.id })}>
        {agreement.depth > 0 ? <span aria-hidden="true">↳ </span> : null}
        {agreement.referenceNo ? <span className="mono">{agreement.referenceNo}</span> : null} {agreement.title}
      </a>
      <span className="link-list__meta">
        <StatusBadge status={agreement.status} />
        {agreement.counterparts.length ? <span className="muted">{t('partner.with', { names: agreement.counterparts.join(' · ') })}</span> : null}
        {agreement.signedOn ? <span className="muted">{t('partner.signed', { date: formatDate(agreement.signedOn) })}</span> : null}
        {counted.map((p) => (
          <span key={p} className={`chip chip--progress-${p}`}>
            {t('partner.itemCount', { count: agreement.progress[p], state: t(itemProgressKey(p)) })}
          </span>
        ))}
      </span>
    </li>
  );
}

function Money({ overview }: { overview: Overview }) {
  const t = useT();
  if (overview.money.length === 0 && overview.counts.otherContributions === 0) return <p className="muted">{t('partner.noContributions')}</p>;
  return (
    <>
      {overview.money.length > 0 ? (
        <table className="mini-table" aria-label={t('partner.moneyTable')}>
          <thead>
            <tr>
              <th scope="col">{t('program.currency')}</th>
              <th scope="col">{t('partner.moneyAgreements')}</th>
              <th scope="col">{t('partner.moneyProjects')}</th>
              <th scope="col">{t('partner.moneyTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.money.map((m) => (
              <tr key={m.currency}>
                <th scope="row">{m.currency}</th>
                <td className="num">{formatMoney(m.agreementsMinor, m.currency)}</td>
                <td className="num">{formatMoney(m.projectsMinor, m.currency)}</td>
                <td className="num">
                  <strong>{formatMoney(m.totalMinor, m.currency)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {overview.otherContributions.length > 0 ? (
        <ul className="link-list">
          {overview.otherContributions.map((c, index) => (
            <li key={index} className="link-list__item">
              <span>
                <span className="chip">{t(contributionKindKey(c.kind))}</span> {c.quantity !== null ? `${formatNumber(c.quantity)} ${c.unit}`.trim() : ''}{' '}
                <span className="pre-line">{c.description}</span>
              </span>
              <span className="link-list__meta muted">
                <a href={routeHash({ view: 'detail', area: 'agreements', id: c.agreementId })}>{c.agreementName}</a>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <ShowingOf shown={overview.otherContributions.length} total={overview.counts.otherContributions} />
    </>
  );
}

/**
 * Everything with one partner (the organisation and its sub-organisations): agreements in their
 * lineage, research, programs, people and money by currency, and the partner report. Each list
 * holds the latest hundred or so and says how many there are (the office's own university is in
 * most of the register); agreements and people open the register's list of them all, when the
 * partner has no sub-organisations (the lists filter by one organisation).
 */
export function PartnerOverview({ organisationId }: { organisationId: string }) {
  const t = useT();
  const openAgreements = useOpenList(agreementsRecord);
  const openPeople = useOpenList(peopleRecord);
  const loaded = useLoad(() => send('partners:overview', { organisationId }), `partner:${organisationId}`, {
    reads: ['organisation', 'agreement', 'person', 'program', 'project', 'outcome', 'event'],
  });
  const overview = loaded.data;
  if (!overview) {
    return (
      <Section title={t('partner.title')}>
        <Spinner label={t('common.loading')} inline />
      </Section>
    );
  }
  const { counts } = overview;
  // The register's lists filter by one organisation: they hold all of these only when it has no sub-organisations.
  const whole = overview.units.length === 0;
  return (
    <>
      <Section title={t('partner.title')} className="partner-overview" actions={<PartnerReportButtons organisationId={organisationId} />}>
        <p className="muted">{overview.units.length ? t('partner.includes', { names: overview.units.map((u) => u.name).join(' · ') }) : t('partner.body')}</p>
        <ul className="partner-glance" aria-label={t('partner.glance')}>
          <li>{t('partner.agreementCount', { count: counts.agreements })}</li>
          <li>{t('partner.projectCount', { count: counts.projects })}</li>
          <li>{t('partner.programCount', { count: counts.programs })}</li>
          <li>{t('partner.peopleCount', { count: counts.people })}</li>
          {overview.money.map((m) => (
            <li key={m.currency}>{formatMoney(m.totalMinor, m.currency)}</li>
          ))}
        </ul>
      </Section>
      <Section title={t('partner.agreements')}>
        {overview.agreements.length === 0 ? (
          <p className="muted">{t('organisation.noAgreements')}</p>
        ) : (
          <ul className="link-list">
            {overview.agreements.map((a) => (
              <AgreementRow key={a.id} agreement={a} />
            ))}
          </ul>
        )}
        <ShowingOf shown={overview.agreements.length} total={counts.agreements} onShowAll={whole ? () => openAgreements({ partnerId: organisationId }) : undefined} />
      </Section>
      <Section title={t('partner.projects')}>
        {overview.projects.length === 0 ? (
          <p className="muted">{t('partner.noProjects')}</p>
        ) : (
          <ul className="link-list">
            {overview.projects.map((p) => (
              <li key={p.id} className="link-list__item">
                <a href={routeHash({ view: 'detail', area: 'projects', id: p.id })}>{p.title}</a>
                <span className="link-list__meta">
                  <span className="muted">{t(projectKindKey(p.kind))}</span>
                  <ProjectStatusBadge status={p.status} />
                  {p.role ? <span className="muted">{p.role}</span> : null}
                  {p.headcounts.map((h, i) => (
                    <span key={i} className="muted">
                      {t('project.headcountLine', { count: formatNumber(h.count), role: h.role })}
                    </span>
                  ))}
                  {p.places
                    .filter((place) => place.planned)
                    .map((place, i) => (
                      <span key={`planned-${i}`} className="muted">
                        {t('partner.plannedMove', { place: place.name })}
                      </span>
                    ))}
                  {p.milestones.slipped > 0 ? <span className="chip chip--milestone-slipped">{t('partner.slipped', { count: p.milestones.slipped })}</span> : null}
                  {p.outputs.length > 0 ? <span className="muted">{t('partner.outputCount', { count: p.outputs.length })}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
        <ShowingOf shown={overview.projects.length} total={counts.projects} />
      </Section>
      <Section title={t('partner.programs')}>
        {overview.programs.length === 0 ? (
          <p className="muted">{t('partner.noPrograms')}</p>
        ) : (
          <ul className="link-list">
            {overview.programs.map((p) => (
              <li key={p.id} className="link-list__item">
                <a href={routeHash({ view: 'detail', area: 'programs', id: p.id })}>{p.name}</a>
                <span className="link-list__meta muted">
                  {p.sponsor ? <span>{t('partner.sponsor')}</span> : null}
                  {p.createdBy.length ? <span>{t('partner.createdBy', { names: p.createdBy.join('; ') })}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
        <ShowingOf shown={overview.programs.length} total={counts.programs} />
      </Section>
      <Section title={t('partner.people')}>
        {overview.people.length === 0 ? (
          <p className="muted">{t('partner.noPeople')}</p>
        ) : (
          <ul className="link-list">
            {overview.people.map((p) => (
              <li key={p.id} className="link-list__item">
                <a href={routeHash({ view: 'detail', area: 'people', id: p.id })}>{p.name}</a>
                <span className="link-list__meta muted">{[p.title, p.organisationName].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        )}
        <ShowingOf shown={overview.people.length} total={counts.people} onShowAll={whole ? () => openPeople({ organisationId }) : undefined} />
      </Section>
      <Section title={t('partner.events')}>
        {overview.events.length === 0 ? (
          <p className="muted">{t('partner.noEvents')}</p>
        ) : (
          <ul className="link-list">
            {overview.events.map((e) => (
              <li key={e.id} className="link-list__item">
                <a href={routeHash({ view: 'detail', area: 'events', id: e.id })}>{e.title}</a>
                <span className="link-list__meta muted">
                  <span>{t(eventKindKey(e.kind))}</span>
                  {/* The zone is always said: a partner abroad reads the times in theirs. */}
                  <span>{whenText(t, { ...e, timeZone: null })}</span>
                  {e.allDay ? null : <span>{e.timeZone}</span>}
                  {e.series ? <span>{t('partner.eventSeries', { held: e.held })}</span> : null}
                  {e.nextOn ? <span>{t('partner.eventNext', { date: formatDate(e.nextOn) })}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
        <ShowingOf shown={overview.events.length} total={counts.events} />
      </Section>
      <Section title={t('partner.placements')}>
        {overview.placements.length === 0 ? (
          <p className="muted">{t('partner.noPlacements')}</p>
        ) : (
          <ul className="link-list">
            {overview.placements.map((p) => (
              <li key={p.id} className="link-list__item">
                <a href={routeHash({ view: 'detail', area: 'placements', id: p.id })}>{p.internName}</a>
                <span className="link-list__meta muted">
                  <PlacementStatusBadge status={p.status} />
                  <span>{t('partner.placementHost', { name: p.hostName })}</span>
                  <span>{p.endsOn ? t('partner.placementDates', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) }) : t('partner.placementFrom', { date: formatDate(p.startsOn) })}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <ShowingOf shown={overview.placements.length} total={counts.placements} />
      </Section>
      <Section title={t('partner.contributions')}>
        <Money overview={overview} />
      </Section>
    </>
  );
}
