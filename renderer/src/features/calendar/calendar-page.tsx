import { useState } from 'react';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { localToday } from '../../../../shared/calendar';
import { getLocale, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { ExportButtons } from '../common/export-buttons';
import { useLoad } from '../common/use-load';
import { AgendaList } from './agenda-list';
import { useAppStore } from '../../store';
import { firstDay, gridDays, lastDay, monthOf, monthTitle, shiftMonth, thisMonth, type Month } from './calendar-month';
import { MonthGrid } from './month-grid';
import { useCalendarKeys } from './use-calendar-keys';
import '../../styles/calendar.css';

type View = 'month' | 'agenda';

/**
 * The calendar: a month of events (series expanded), intake deadlines and starts, cooperation items
 * due and agreement dates, as a grid or an agenda; ← → change the month, t returns to today (the
 * month is in the address); the
 * month can be exported as an ICS file.
 */
export function CalendarPage() {
  const t = useT();
  // The month lives in the address (`#/calendar?month=2026-03`), so a reload or Back shows the same one.
  const routeMonth = useAppStore((s) => (s.route.view === 'calendar' ? s.route.month : undefined));
  const navigate = useAppStore((s) => s.navigate);
  const month = routeMonth ?? thisMonth();
  const setMonth = (next: (current: Month) => Month) => navigate({ view: 'calendar', month: next(month) });
  const [view, setView] = useState<View>('month');
  const [focusDay, setFocusDay] = useState<string | null>(null);
  const show = (next: View) => {
    setView(next);
    setFocusDay(null);
  };
  // A full day's "N more": the agenda of that day's month, brought to the day.
  const showDay = (day: string) => {
    if (monthOf(day) !== month) navigate({ view: 'calendar', month: monthOf(day) });
    setView('agenda');
    setFocusDay(day);
  };
  const range = view === 'month' ? { from: gridDays(month)[0], to: gridDays(month)[41] } : { from: firstDay(month), to: lastDay(month) };
  const loaded = useLoad(() => send('calendar:range', range), `calendar:${range.from}:${range.to}`, {
    reads: ['event', 'agreement', 'intake', 'program'],
  });
  useCalendarKeys({
    previous: () => setMonth((m) => shiftMonth(m, -1)),
    next: () => setMonth((m) => shiftMonth(m, 1)),
    today: () => setMonth(() => thisMonth()),
  });
  // Answers for another month (while the next loads) are not shown as this one.
  const entries = loaded.data && loaded.data.from === range.from && loaded.data.to === range.to ? loaded.data.entries : null;
  return (
    <div className="page page--calendar">
      <PageHeader
        title={t('calendar.title')}
        subtitle={<span className="muted">{t('calendar.keys')}</span>}
        actions={
          <ExportButtons
            choices={[{ format: 'ics', label: t('calendar.export') }]}
            produce={() => send('calendar:exportIcs', { from: firstDay(month), to: lastDay(month) })}
          />
        }
      />
      <div className="calendar-toolbar">
        <Button onClick={() => setMonth((m) => shiftMonth(m, -1))} aria-label={t('calendar.previous')}>
          ←
        </Button>
        <Button onClick={() => setMonth(() => thisMonth())}>{t('calendar.today')}</Button>
        <Button onClick={() => setMonth((m) => shiftMonth(m, 1))} aria-label={t('calendar.next')}>
          →
        </Button>
        <h2 className="calendar-toolbar__month" aria-live="polite">
          {monthTitle(month, getLocale().intl)}
        </h2>
        <div className="calendar-toolbar__views" role="group" aria-label={t('calendar.view')}>
          {(['month', 'agenda'] as const).map((v) => (
            <Button key={v} variant={view === v ? 'primary' : 'secondary'} aria-pressed={view === v} onClick={() => show(v)}>
              {t(v === 'month' ? 'calendar.monthView' : 'calendar.agendaView')}
            </Button>
          ))}
        </div>
      </div>
      {!entries ? (
        <Spinner label={t('common.loading')} inline />
      ) : view === 'month' ? (
        <MonthGrid month={month} entries={entries} today={localToday()} onMore={showDay} />
      ) : (
        <AgendaList entries={entries} from={range.from} focusDay={focusDay} />
      )}
    </div>
  );
}
