import { useState, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n';
import { agreementKindKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import { HistorySection } from '../common/history-section';
import { PendingRecord } from '../common/load-failure';
import { RecordActions } from '../common/record-actions';
import { useRecordDetail } from '../common/use-record-detail';
import { SummarySection } from '../exports/summary-section';
import { AgreementPrograms } from '../programs/agreement-programs';
import { AgreementProduced } from '../outcomes/agreement-produced';
import { AgreementEvents } from '../events/agreement-events';
import { AgreementCommitments } from './agreement-commitments';
import { AgreementCorrections } from './agreement-corrections';
import { AgreementEvidence } from './agreement-evidence';
import { AgreementFacts } from './agreement-facts';
import { AgreementLineage } from './agreement-lineage';
import { AgreementParties } from './agreement-parties';
import { agreementsRecord } from './agreements-record';
import { StatusActions } from './status-actions';

function newer(a: AgreementDetail | undefined, b: AgreementDetail | undefined): AgreementDetail | undefined {
  if (!a || !b) return a ?? b;
  return b.updatedAt > a.updatedAt ? b : a;
}

export function AgreementDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const { loaded, remove } = useRecordDetail({
    record: agreementsRecord,
    id,
    // Parties and signatories by name; the document count; which parties have signed.
    reads: ['agreement', 'organisation', 'person', 'document', 'signing'],
    get: (key) => send('agreements:get', { id: key }),
    remove: (key, reason) => send('agreements:delete', { id: key, reason }),
    restore: (key, reason) => send('agreements:restore', { id: key, reason }),
    deleteTexts: (a) => ({
      title: t('agreement.deleteTitle'),
      message: t('agreement.deleteBody', { title: a.title }),
      deleted: t('agreement.deleted'),
    }),
  });
  // A status change answers with the new detail; show it at once, and whichever is newer after that.
  const [changed, setChanged] = useState<AgreementDetail | undefined>();
  const agreement = newer(loaded.data, changed);

  if (!agreement) return <PendingRecord record={agreementsRecord} state={loaded} />;

  return (
    <div className="page">
      <PageHeader
        title={agreement.title}
        subtitle={
          <span className="meta-row">
            {agreement.referenceNo ? <span className="mono">{agreement.referenceNo}</span> : null}
            <span>{t(agreementKindKey(agreement.kind))}</span>
            <StatusBadge status={agreement.status} />
          </span>
        }
        actions={
          <RecordActions
            onEdit={() => navigate({ view: 'edit', area: 'agreements', id: agreement.id })}
            editLabel={t('agreement.edit')}
            // Only drafts can be deleted; anything further along is terminated instead.
            onDelete={agreement.status === 'draft' ? () => remove(agreement) : undefined}
            deleteLabel={t('agreement.delete')}
          >
            <Button onClick={() => navigate({ view: 'new', area: 'agreements', parentId: agreement.id })}>{t('agreement.newFollowOn')}</Button>
            <AgreementCorrections agreement={agreement} onChanged={setChanged} onRemoved={() => navigate({ view: 'list', area: 'agreements' })} />
          </RecordActions>
        }
      >
        <StatusActions agreement={agreement} onChanged={setChanged} />
      </PageHeader>
      <AgreementFacts agreement={agreement} />
      <AgreementParties agreement={agreement} />
      <AgreementEvidence agreement={agreement} />
      <AgreementCommitments agreement={agreement} />
      <AgreementProduced agreementId={agreement.id} />
      <AgreementLineage agreement={agreement} />
      <AgreementPrograms agreementId={agreement.id} />
      {/* Sections other record types add (its placements): the registry places them, as on every other type's page. */}
      {related}
      <AgreementEvents agreementId={agreement.id} />
      <SummarySection agreementId={agreement.id} />
      <HistorySection key={agreement.updatedAt} entityId={agreement.id} reads={['agreement', 'signing']} />
    </div>
  );
}
