import { Button } from '../../components/button';
import { Facts } from '../../components/facts';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { orgKindKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { HistorySection } from '../common/history-section';
import { LoadFailure } from '../common/load-failure';
import { notifyError, notifySuccess } from '../common/notify';
import { useLoad } from '../common/use-load';
import { RecordDocuments } from '../documents/record-documents';
import { AgreementLinkList } from '../home/agreement-link-list';

export function OrganisationDetailPage({ id }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const confirm = useAppStore((s) => s.confirm);
  const bumpRevision = useAppStore((s) => s.bumpRevision);
  const loaded = useLoad(() => send('organisations:get', { id }), `organisation:${id}`, { quiet: true });
  const agreements = useLoad(
    () => send('agreements:list', { partnerId: id, limit: 200, sort: 'signedOn', dir: 'desc' }),
    `organisation-agreements:${id}`,
  );
  const org = loaded.data;

  if (!org) {
    if (loaded.loading) return <Spinner label={t('common.loading')} />;
    return <LoadFailure error={loaded.error} onRetry={loaded.reload} backHash="#/organisations" backLabel={t('nav.organisations')} />;
  }

  const remove = async () => {
    const ok = await confirm({
      title: t('organisation.deleteTitle'),
      message: t('organisation.deleteBody', { name: org.name }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      await send('organisations:delete', { id: org.id });
      notifySuccess(t('organisation.deleted'));
      bumpRevision();
      navigate({ view: 'list', area: 'organisations' });
    } catch (error) {
      // CONFLICT: agreements still name it as a party; main's message says so.
      notifyError(error);
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={org.name}
        subtitle={org.altNames.length > 0 ? org.altNames.map((n) => n.name).join(' · ') : undefined}
        actions={
          <>
            <Button onClick={() => navigate({ view: 'edit', area: 'organisations', id: org.id })}>{t('common.edit')}</Button>
            <Button variant="danger" onClick={remove}>
              {t('common.delete')}
            </Button>
          </>
        }
      />
      <Section title={t('agreement.details')}>
        <Facts
          className="facts--grid"
          facts={[
            { label: t('organisation.kind'), value: t(orgKindKey(org.kind)) },
            { label: t('organisation.country'), value: org.country },
            {
              label: t('organisation.parent'),
              value: org.parentId ? <a href={routeHash({ view: 'detail', area: 'organisations', id: org.parentId })}>{org.parentName}</a> : '',
            },
            {
              label: t('organisation.website'),
              value: org.website ? (
                <a href={org.website} target="_blank" rel="noreferrer noopener">
                  {org.website}
                </a>
              ) : (
                ''
              ),
            },
            {
              label: t('common.altNames'),
              value: org.altNames.map((n) => (n.lang ? `${n.name} (${n.lang})` : n.name)).join(' · '),
            },
          ]}
        />
        {org.notes ? <p className="pre-line">{org.notes}</p> : null}
      </Section>
      <Section title={t('organisation.agreements')}>
        {agreements.data ? (
          <AgreementLinkList rows={agreements.data.rows} empty={t('organisation.noAgreements')} />
        ) : (
          <Spinner label={t('common.loading')} inline />
        )}
      </Section>
      <RecordDocuments owner={{ kind: 'organisation', id: org.id }} />
      <HistorySection key={org.updatedAt} entityId={org.id} />
    </div>
  );
}
