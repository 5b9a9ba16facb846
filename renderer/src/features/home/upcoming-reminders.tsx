import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { routeHash } from '../../store';
import { useLoad } from '../common/use-load';

const WITHIN_DAYS = 30;

/**
 * The dates coming up that someone should act on, as main lists them: applications closing,
 * evaluations due (or overdue), placements ending. Each links to its record.
 */
export function UpcomingReminders() {
  const t = useT();
  const reminders = useLoad(() => send('reminders:upcoming', { withinDays: WITHIN_DAYS }), 'reminders', {
    reads: ['intake', 'program', 'placement', 'evaluation', 'person', 'organisation'],
  });
  return (
    <Section title={t('reminders.title')}>
      {!reminders.data ? (
        <Spinner label={t('common.loading')} inline />
      ) : reminders.data.rows.length === 0 ? (
        <p className="muted">{t('reminders.empty', { days: WITHIN_DAYS })}</p>
      ) : (
        <ul className="link-list">
          {reminders.data.rows.map((r) => (
            <li key={`${r.kind}:${r.id}`} className="link-list__item">
              <a href={routeHash({ view: 'detail', area: r.area, id: r.id })}>{r.name}</a>
              <span className="link-list__meta">
                <span>{t(`reminders.kind.${r.kind}`)}</span>
                <span className="muted">{formatDate(r.on)}</span>
                {r.overdue ? <span className="badge badge--terminated">{t('reminders.overdue')}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {reminders.data?.more.map((kind) => (
        <p key={kind} className="muted">
          {t('reminders.more', { kind: t(`reminders.kind.${kind}`), count: reminders.data?.rows.filter((r) => r.kind === kind).length ?? 0 })}
        </p>
      ))}
    </Section>
  );
}
