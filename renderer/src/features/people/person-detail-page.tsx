import { Button } from '../../components/button';
import { Facts } from '../../components/facts';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { HistorySection } from '../common/history-section';
import { LoadFailure } from '../common/load-failure';
import { notifyError, notifySuccess } from '../common/notify';
import { useLoad } from '../common/use-load';
import { RecordDocuments } from '../documents/record-documents';

export function PersonDetailPage({ id }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const confirm = useAppStore((s) => s.confirm);
  const bumpRevision = useAppStore((s) => s.bumpRevision);
  const loaded = useLoad(() => send('people:get', { id }), `person:${id}`, { quiet: true });
  const person = loaded.data;

  if (!person) {
    if (loaded.loading) return <Spinner label={t('common.loading')} />;
    return <LoadFailure error={loaded.error} onRetry={loaded.reload} backHash="#/people" backLabel={t('nav.people')} />;
  }

  const remove = async () => {
    const ok = await confirm({
      title: t('person.deleteTitle'),
      message: t('person.deleteBody', { name: person.name }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      await send('people:delete', { id: person.id });
      notifySuccess(t('person.deleted'));
      bumpRevision();
      navigate({ view: 'list', area: 'people' });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={person.name}
        subtitle={[person.title, person.organisationName].filter(Boolean).join(', ') || undefined}
        actions={
          <>
            <Button onClick={() => navigate({ view: 'edit', area: 'people', id: person.id })}>{t('common.edit')}</Button>
            <Button variant="danger" onClick={remove}>
              {t('common.delete')}
            </Button>
          </>
        }
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
      <RecordDocuments owner={{ kind: 'person', id: person.id }} />
      <HistorySection key={person.updatedAt} entityId={person.id} />
    </div>
  );
}
