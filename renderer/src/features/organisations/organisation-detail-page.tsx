import { Facts } from '../../components/facts';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { useLocale, useT } from '../../i18n';
import { countryName } from '../../../../shared/countries';
import { orgKindKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { HistorySection } from '../common/history-section';
import { PendingRecord } from '../common/load-failure';
import { RecordDocuments } from '../documents/record-documents';
import { RecordActions } from '../common/record-actions';
import { useRecordDetail } from '../common/use-record-detail';
import { PartnerOverview } from '../partners/partner-overview';
import { organisationsRecord } from './organisations-record';

export function OrganisationDetailPage({ id }: { id: string }) {
  const t = useT();
  const { ui } = useLocale();
  const navigate = useAppStore((s) => s.navigate);
  const { loaded, remove } = useRecordDetail({
    record: organisationsRecord,
    id,
    // The parent's name comes with the organisation.
    reads: ['organisation'],
    get: (key) => send('organisations:get', { id: key }),
    // Main refuses (CONFLICT) while agreements still name it as a party, and says so.
    remove: (key, reason) => send('organisations:delete', { id: key, reason }),
    restore: (key, reason) => send('organisations:restore', { id: key, reason }),
    deleteTexts: (o) => ({
      title: t('organisation.deleteTitle'),
      message: t('organisation.deleteBody', { name: o.name }),
      deleted: t('organisation.deleted'),
    }),
  });
  const org = loaded.data;
  if (!org) return <PendingRecord record={organisationsRecord} state={loaded} />;

  return (
    <div className="page">
      <PageHeader
        title={org.name}
        subtitle={org.altNames.length > 0 ? org.altNames.map((n) => n.name).join(' · ') : undefined}
        actions={<RecordActions onEdit={() => navigate({ view: 'edit', area: 'organisations', id: org.id })} onDelete={() => remove(org)} />}
      />
      <Section title={t('agreement.details')}>
        <Facts
          className="facts--grid"
          facts={[
            { label: t('organisation.kind'), value: t(orgKindKey(org.kind)) },
            // The country by its name in the reader's language, with the code it is stored as.
            { label: t('organisation.country'), value: org.country ? `${countryName(org.country, ui)} (${org.country})` : '' },
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
      <PartnerOverview organisationId={org.id} />
      <RecordDocuments owner={{ kind: 'organisation', id: org.id }} />
      <HistorySection key={org.updatedAt} entityId={org.id} reads={['organisation']} />
    </div>
  );
}
