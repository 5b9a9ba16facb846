import { getLocale, useT } from '../../i18n';
import type { CalendarEntry } from '../../../../shared/models/calendar';
import { CalendarEntryLink } from './calendar-entry-link';
import { entriesByDay, gridDays, monthOf, monthTitle, weekdayNames, type Month } from './calendar-month';

/** A month page: six weeks from Monday, each day with its entries; days of other months dimmed, today marked. */
export function MonthGrid({ month, entries, today }: { month: Month; entries: readonly CalendarEntry[]; today: string }) {
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
              const classes = ['calendar-day', monthOf(day) !== month ? 'calendar-day--outside' : '', day === today ? 'calendar-day--today' : ''];
              return (
                <td key={day} className={classes.filter(Boolean).join(' ')} aria-label={dayLabel(day)} aria-current={day === today ? 'date' : undefined}>
                  <div className="calendar-day__number">{Number(day.slice(8, 10))}</div>
                  {list.length > 0 ? (
                    <ul className="calendar-day__entries" aria-label={t('calendar.title')}>
                      {list.map((entry) => (
                        <li key={entry.key}>
                          <CalendarEntryLink entry={entry} day={day} />
                        </li>
                      ))}
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
