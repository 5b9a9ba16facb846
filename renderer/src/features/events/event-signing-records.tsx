import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { EventRecord } from '../../../../shared/models/event';
import { useLoad } from '../common/use-load';

/**
 * A ceremony's page: its agreement's signing records, those made here marked (linked from the
 * ceremony, or naming it themselves), so the ceremony and the proof of signing are read together.
 */
export function EventSigningRecords({ agreementId, event }: { agreementId: string; event: EventRecord }) {
  const t = useT();
  const records = useLoad(() => send('signing:list', { agreementId }), `ceremony-signing:${agreementId}`, { reads: ['signing'] });
  const here = (record: { id: string; eventId: string | null }) => event.signingRecordIds.includes(record.id) || record.eventId === event.id;
  return (
    <Section title={t('event.signingRecords')}>
      {!records.data ? (
        <Spinner label={t('common.loading')} inline />
      ) : records.data.length === 0 ? (
        <p className="muted">{t('event.noSigningRecords')}</p>
      ) : (
        <ul className="link-list" aria-label={t('event.signingRecords')}>
          {records.data.map((record) => (
            <li key={record.id} className="link-list__item">
              <span>{t('event.signingRecord', { signatory: record.signatoryName, party: record.partyName, date: formatDate(record.signedOn) })}</span>
              <span className="link-list__meta muted">
                <span className="mono">#{record.seq}</span>
                {here(record) ? <strong>{t('event.signingLinked')}</strong> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
