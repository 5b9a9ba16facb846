import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { useLoad } from '../common/use-load';
import { eventKindKey } from './event-labels';
import { ruleText, whenText } from './event-text';

/** The "Events" section of an agreement's page: its forums, ceremonies and other events, and a way to add one. */
export function AgreementEvents({ agreementId }: { agreementId: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const events = useLoad(() => send('events:list', { agreementId, limit: 100, sort: 'startsAt', dir: 'desc' }), `agreement-events:${agreementId}`, {
    reads: ['event', 'agreement'],
  });
  return (
    <Section
      title={t('event.agreementEvents')}
      actions={
        <Button size="small" onClick={() => navigate({ view: 'new', area: 'events', parentId: agreementId })}>
          {t('event.newForAgreement')}
        </Button>
      }
    >
      {!events.data ? (
        <Spinner label={t('common.loading')} inline />
      ) : events.data.rows.length === 0 ? (
        <p className="muted">{t('event.agreementNoEvents')}</p>
      ) : (
        <ul className="link-list">
          {events.data.rows.map((e) => (
            <li key={e.id} className="link-list__item">
              <a href={routeHash({ view: 'detail', area: 'events', id: e.id })}>{e.title}</a>
              <span className="link-list__meta muted">
                <span>{t(eventKindKey(e.kind))}</span>
                <span>{e.recurrence ? ruleText(t, e.recurrence, e.startsOn) : whenText(t, { ...e, timeZone: e.allDay ? null : e.timeZone })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
