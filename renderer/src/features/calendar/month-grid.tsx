import { getLocale, useT } from '../../i18n';
import type { CalendarEntry } from '../../../../shared/models/calendar';
import { CalendarEntryLink } from './calendar-entry-link';
import { entriesByDay, gridDays, monthOf, monthTitle, weekdayNames, type Month } from './calendar-month';

/**
 * Entries a day shows before "N more": a day's cell stays a few lines high however many fall on it
 * (at 100,000 agreements, 238 expired on one 31 December and its cell was 8,700 pixels tall).
 */
export const DAY_ENTRIES = 4;

export type MonthGridProps = {
  month: Month;
  entries: readonly CalendarEntry[];
  today: string;
  /** "N more" on a full day: show that day with all its entries (the agenda). */
  onMore: (day: string) => void;
};

/** A month page: six weeks from Monday, each day with its entries; days of other months dimmed, today marked. */
export function MonthGrid({ month, entries, today, onMore }: MonthGridProps) {
  const t = useT();
  const days = gridDays(month);
  const byDay = entriesByDay(entries, days);
  const { intl } = getLocale();
  const dayLabel = (day: string) => new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  return (
    <table className="calendar-grid" aria-label={monthTitle(month, intl)}>
      <thead>
        <tr>
          {weekdayNames(intl).map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: 6 }, (_, week) => (
          <tr key={week}>
            {days.slice(week * 7, week * 7 + 7).map((day) => {
              const list = byDay.get(day) ?? [];
              // A full day keeps its last line for "N more" rather than a fifth entry.
              const shown = list.length > DAY_ENTRIES ? list.slice(0, DAY_ENTRIES - 1) : list;
              const hidden = list.length - shown.length;
              const classes = ['calendar-day', monthOf(day) !== month ? 'calendar-day--outside' : '', day === today ? 'calendar-day--today' : ''];
              return (
                <td key={day} className={classes.filter(Boolean).join(' ')} aria-label={dayLabel(day)} aria-current={day === today ? 'date' : undefined}>
                  <div className="calendar-day__number">{Number(day.slice(8, 10))}</div>
                  {list.length > 0 ? (
                    <ul className="calendar-day__entries" aria-label={t('calendar.title')}>
                      {shown.map((entry) => (
                        <li key={entry.key}>
                          <CalendarEntryLink entry={entry} day={day} />
                        </li>
                      ))}
                      {hidden > 0 ? (
                        <li>
                          <button type="button" className="calendar-day__more" aria-label={t('calendar.moreOn', { n: hidden, day: dayLabel(day) })} onClick={() => onMore(day)}>
                            {t('calendar.more', { n: hidden })}
                          </button>
                        </li>
                      ) : null}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
