import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEntry } from '../../shared/models/calendar';
import { captureDownloads } from './downloads';
import { installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const FORUM = '0190f1a2-0000-7000-8000-000000000401';
const INTAKE = '0190f1a2-0000-7000-8000-000000000301';
const AGREEMENT = '0190f1a2-0000-7000-8000-000000000101';

function entry(extra: Partial<CalendarEntry> & Pick<CalendarEntry, 'key' | 'startsOn'>): CalendarEntry {
  return {
    kind: 'event',
    target: { area: 'events', id: FORUM },
    title: 'Seongnam AI Forum',
    context: '',
    endsOn: extra.startsOn,
    startTime: null,
    endTime: null,
    timeZone: null,
    eventKind: null,
    occurrenceOn: null,
    moved: false,
    ...extra,
  };
}

/** What main has: the monthly forum (its July date moved), an intake deadline, an agreement's expiry and a three-day fair. */
const ENTRIES: CalendarEntry[] = [
  entry({ key: 'f:06', startsOn: '2026-06-11', startTime: '19:00', endTime: '21:00', timeZone: 'Asia/Seoul', eventKind: 'forum', occurrenceOn: '2026-06-11' }),
  entry({ key: 'f:07', startsOn: '2026-07-16', startTime: '18:30', endTime: '20:30', timeZone: 'Asia/Seoul', eventKind: 'forum', occurrenceOn: '2026-07-09', moved: true }),
  entry({ key: 'i:06', kind: 'applicationsClose', target: { area: 'intakes', id: INTAKE }, title: '2026 intake', context: 'HKUST GZ MSc', startsOn: '2026-06-20' }),
  entry({ key: 'a:06', kind: 'agreementExpires', target: { area: 'agreements', id: AGREEMENT }, title: 'MOU-2019-001 — Research center', startsOn: '2026-06-30' }),
  entry({ key: 'x:06', title: 'AI fair', startsOn: '2026-06-19', endsOn: '2026-06-21', eventKind: 'exhibition' }),
];

function bridge() {
  return installFakeBridge({
    'calendar:range': ({ from, to }) => ({ from, to, entries: ENTRIES.filter((e) => e.startsOn <= to && e.endsOn >= from) }),
    'calendar:exportIcs': () => ({ fileName: 'liaison-calendar-2026-06-01-to-2026-06-30.ics', mediaType: 'text/calendar', contentBase64: btoa('BEGIN:VCALENDAR\r\n') }),
  });
}

const machineZone = process.env.TZ;
beforeEach(() => {
  // This machine is in UTC, so an event in Seoul says its zone beside its times.
  process.env.TZ = 'UTC';
  // Only Date: timers stay real for the user events and loads.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 5, 15, 12, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
  process.env.TZ = machineZone;
});

const monthHeading = () => screen.getByRole('heading', { level: 2 });

describe('calendar', () => {
  it('shows this month’s grid from Monday with each entry on its days, linking to its record', async () => {
    const fake = bridge();
    renderApp('#/calendar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
    expect(monthHeading()).toHaveTextContent('June 2026');
    const grid = await screen.findByRole('table', { name: 'June 2026' });
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    // The grid's six weeks, from Monday 1 June to Sunday 12 July.
    expect(fake.callsTo('calendar:range')[0]).toEqual({ from: '2026-06-01', to: '2026-07-12' });

    const thursday = within(grid).getByRole('cell', { name: 'Thursday, June 11, 2026' });
    const forum = within(thursday).getByRole('link', { name: /Seongnam AI Forum/ });
    expect(forum).toHaveTextContent('19:00 (Seoul) Seongnam AI Forum');
    expect(forum).toHaveAttribute('href', `#/events/${FORUM}`);
    expect(within(within(grid).getByRole('cell', { name: 'Saturday, June 20, 2026' })).getByRole('link', { name: 'Applications close: 2026 intake' })).toHaveAttribute(
      'href',
      `#/intakes/${INTAKE}`,
    );
    expect(within(grid).getByRole('cell', { name: 'Tuesday, June 30, 2026' })).toHaveTextContent('Expires: MOU-2019-001 — Research center');
    // The fair is on each of its three days; today is marked.
    for (const day of ['Friday, June 19, 2026', 'Saturday, June 20, 2026', 'Sunday, June 21, 2026']) {
      expect(within(within(grid).getByRole('cell', { name: day })).getByRole('link', { name: 'AI fair' })).toBeInTheDocument();
    }
    expect(within(grid).getByRole('cell', { name: 'Monday, June 15, 2026' })).toHaveAttribute('aria-current', 'date');
    // July's moved forum is in the grid's last week too, where it was moved to.
    expect(within(grid).getByRole('cell', { name: 'Thursday, July 9, 2026' })).not.toHaveTextContent('Forum');
  });

  it('moves a month with ← and →, back to today with t, and not while typing in a field', async () => {
    const fake = bridge();
    const user = userEvent.setup();
    renderApp('#/calendar');
    await screen.findByRole('table', { name: 'June 2026' });
    await user.keyboard('{ArrowRight}');
    expect(monthHeading()).toHaveTextContent('July 2026');
    // The month is in the address, so a reload or Back shows it again.
    expect(window.location.hash).toBe('#/calendar?month=2026-07');
    const july = await screen.findByRole('table', { name: 'July 2026' });
    expect(within(within(july).getByRole('cell', { name: 'Thursday, July 16, 2026' })).getByRole('link', { name: /Seongnam AI Forum/ })).toHaveTextContent('18:30');
    expect(fake.callsTo('calendar:range').at(-1)).toEqual({ from: '2026-06-29', to: '2026-08-09' });
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(monthHeading()).toHaveTextContent('September 2026');
    await user.keyboard('t');
    expect(monthHeading()).toHaveTextContent('June 2026');
    await user.keyboard('{ArrowLeft}');
    expect(monthHeading()).toHaveTextContent('May 2026');
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(monthHeading()).toHaveTextContent('June 2026');

    // Keys typed into a field are the field's.
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await user.keyboard('{ArrowRight}t');
    expect(monthHeading()).toHaveTextContent('June 2026');
    input.remove();
  });

  it('opens the month the address names, and follows Back to the month before', async () => {
    const fake = bridge();
    const user = userEvent.setup();
    renderApp('#/calendar?month=2026-03');
    expect(await screen.findByRole('table', { name: 'March 2026' })).toBeInTheDocument();
    expect(fake.callsTo('calendar:range')[0]).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(monthHeading()).toHaveTextContent('February 2026');
    expect(window.location.hash).toBe('#/calendar?month=2026-02');
    window.location.hash = '#/calendar?month=2026-03';
    expect(await screen.findByRole('table', { name: 'March 2026' })).toBeInTheDocument();
  });

  it('lists the month day by day in the agenda, with times, kinds and what each belongs to, and exports the month', async () => {
    const fake = bridge();
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderApp('#/calendar');
    await screen.findByRole('table', { name: 'June 2026' });
    await user.click(screen.getByRole('button', { name: 'Agenda' }));
    await waitFor(() => expect(fake.callsTo('calendar:range').at(-1)).toEqual({ from: '2026-06-01', to: '2026-06-30' }));
    const days = await screen.findAllByRole('region');
    expect(days.map((d) => d.getAttribute('aria-label'))).toEqual(['June 11, 2026', 'June 19, 2026', 'June 20, 2026', 'June 30, 2026']);
    expect(days[0]).toHaveTextContent('19:00–21:00 (Seoul)');
    expect(days[0]).toHaveTextContent('Forum');
    expect(days[1]).toHaveTextContent('Exhibition');
    expect(days[1]).toHaveTextContent('Jun 19, 2026 – Jun 21, 2026');
    expect(days[2]).toHaveTextContent('all day');
    expect(days[2]).toHaveTextContent('Applications close');
    expect(days[2]).toHaveTextContent('HKUST GZ MSc');
    expect(within(days[3]).getByRole('link', { name: 'MOU-2019-001 — Research center' })).toHaveAttribute('href', `#/agreements/${AGREEMENT}`);

    await user.click(screen.getByRole('button', { name: 'Export .ics' }));
    await waitFor(() => expect(saved.map((f) => f.fileName)).toEqual(['liaison-calendar-2026-06-01-to-2026-06-30.ics']));
    expect(fake.callsTo('calendar:exportIcs')).toEqual([{ from: '2026-06-01', to: '2026-06-30' }]);
  });

  it('keeps a full day to three entries and "N more", which opens the agenda at that day', async () => {
    const expiring = Array.from({ length: 240 }, (_, i) =>
      entry({ key: `e:${i}`, kind: 'agreementExpires', target: { area: 'agreements', id: AGREEMENT }, title: `MOU-2024-${String(i).padStart(3, '0')} — Exchange`, startsOn: '2026-06-30' }),
    );
    // Five on a day of July that June's grid shows.
    expiring.push(...Array.from({ length: 5 }, (_, i) => entry({ key: `j:${i}`, title: `Forum ${i}`, startsOn: '2026-07-02' })));
    installFakeBridge({ 'calendar:range': ({ from, to }) => ({ from, to, entries: [...ENTRIES, ...expiring].filter((e) => e.startsOn <= to && e.endsOn >= from) }) });
    const user = userEvent.setup();
    renderApp('#/calendar');
    const grid = await screen.findByRole('table', { name: 'June 2026' });
    const tuesday = within(grid).getByRole('cell', { name: 'Tuesday, June 30, 2026' });
    expect(within(tuesday).getAllByRole('link')).toHaveLength(3);
    // A day with no more than four shows them all.
    expect(within(within(grid).getByRole('cell', { name: 'Thursday, June 11, 2026' })).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(tuesday).getByRole('button', { name: '238 more on Tuesday, June 30, 2026' }));
    expect(screen.getByRole('button', { name: 'Agenda' })).toHaveAttribute('aria-pressed', 'true');
    const day = await screen.findByRole('region', { name: 'June 30, 2026' });
    expect(within(day).getAllByRole('link')).toHaveLength(241);
    expect(within(day).getByRole('heading', { level: 3 })).toHaveFocus();

    // A full day of the next month: its month's agenda, at that day.
    await user.click(screen.getByRole('button', { name: 'Month' }));
    const july2 = within(await screen.findByRole('table', { name: 'June 2026' })).getByRole('cell', { name: 'Thursday, July 2, 2026' });
    await user.click(within(july2).getByRole('button', { name: '2 more on Thursday, July 2, 2026' }));
    await waitFor(() => expect(monthHeading()).toHaveTextContent('July 2026'));
    const second = await screen.findByRole('region', { name: 'July 2, 2026' });
    expect(within(second).getAllByRole('link')).toHaveLength(5);
    expect(within(second).getByRole('heading', { level: 3 })).toHaveFocus();
  });
});
