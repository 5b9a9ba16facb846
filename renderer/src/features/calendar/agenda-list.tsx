import { formatDate, getLocale, useT } from '../../i18n';
import type { CalendarEntry } from '../../../../shared/models/calendar';
import { useEntryKindLabel } from './calendar-entry-link';
import { routeHash } from '../../store';
import { timesInZone } from '../events/event-text';

/** The month as a list, day by day: each entry with its time or "all day", what it is, and what it belongs to. */
export function AgendaList({ entries, from }: { entries: readonly CalendarEntry[]; from: string }) {
  const t = useT();
  const kindLabel = useEntryKindLabel();
  if (entries.length === 0) return <p className="muted">{t('calendar.empty')}</p>;
  const { intl } = getLocale();
  // An entry that began before the month is listed on the month's first day.
  const days = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const day = entry.startsOn < from ? from : entry.startsOn;
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return (
    <div className="agenda">
      {[...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, list]) => (
        <section key={day} className="agenda__day" aria-label={formatDate(day, intl, 'long')}>
          <h3 className="agenda__date">{new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`))}</h3>
          <ul className="agenda__entries">
            {list.map((entry) => (
              <li key={entry.key} className="agenda__entry">
                <span className="agenda__time">
                  {entry.startTime ? timesInZone(entry.startTime, entry.endsOn === entry.startsOn ? entry.endTime : null, entry.timeZone) : t('event.allDayShort')}
                </span>
                <span className="agenda__kind muted">{kindLabel(entry)}</span>
                <a href={routeHash({ view: 'detail', area: entry.target.area, id: entry.target.id })}>{entry.title}</a>
                {entry.endsOn !== entry.startsOn ? <span className="muted"> {formatDate(entry.startsOn)} – {formatDate(entry.endsOn)}</span> : null}
                {entry.context ? <span className="muted"> · {entry.context}</span> : null}
                {entry.moved ? <span className="muted"> · {t('calendar.moved')}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
