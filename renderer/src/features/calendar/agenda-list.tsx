import { useEffect, useRef } from 'react';
import { formatDate, getLocale, useT } from '../../i18n';
import type { CalendarEntry } from '../../../../shared/models/calendar';
import { useEntryKindLabel } from './calendar-entry-link';
import { routeHash } from '../../store';
import { timesInZone } from '../events/event-text';

export type AgendaListProps = {
  entries: readonly CalendarEntry[];
  from: string;
  /** A day to bring into view and focus (from a full day's "N more" in the month grid). */
  focusDay?: string | null;
};

/** The month as a list, day by day: each entry with its time or "all day", what it is, and what it belongs to. */
export function AgendaList({ entries, from, focusDay = null }: AgendaListProps) {
  const t = useT();
  const kindLabel = useEntryKindLabel();
  const focused = useRef<HTMLHeadingElement>(null);
  // An entry that began before the month is listed on the month's first day.
  const days = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const day = entry.startsOn < from ? from : entry.startsOn;
    const list = days.get(day);
    if (list) list.push(entry);
    else days.set(day, [entry]);
  }
  const ordered = [...days].sort(([a], [b]) => a.localeCompare(b));
  // The asked-for day, or the last listed day before it (an entry running into it is listed at its start).
  const target = focusDay ? ordered.findLast(([day]) => day <= focusDay)?.[0] : undefined;
  // Focusing the day's heading also scrolls it into view.
  useEffect(() => focused.current?.focus(), [target]);
  if (entries.length === 0) return <p className="muted">{t('calendar.empty')}</p>;
  const { intl } = getLocale();
  return (
    <div className="agenda">
      {ordered.map(([day, list]) => (
        <section key={day} className="agenda__day" aria-label={formatDate(day, intl, 'long')}>
          <h3 className="agenda__date" ref={day === target ? focused : undefined} tabIndex={day === target ? -1 : undefined}>{new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`))}</h3>
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
