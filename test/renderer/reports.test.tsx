import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { Report, ReportCounts } from '../../shared/models/report';
import { captureDownloads } from './downloads';
import { installFakeBridge } from './fake-bridge';
import { organisation } from './fixtures';
import { pick, searchable } from './pickers';
import { renderApp } from './render-app';

const KAIST = '0190f1a2-0000-7000-8000-000000000001';
const AGREEMENT = '0190f1a2-0000-7000-8000-000000000101';
const FORUM = '0190f1a2-0000-7000-8000-000000000401';

const counts = (over: Partial<ReportCounts> = {}): ReportCounts => ({ agreementsSigned: 0, agreementsExpiring: 0, events: 0, outputs: 0, placements: 0, ...over });

/** What main answers: 2019 per month (one agreement in October, a forum in November), or KAIST per year. */
function answer({ year = null, organisationId = null }: ChannelInput<'reports:figures'>): Report {
  const perMonth = year !== null;
  const periods = perMonth
    ? Array.from({ length: 12 }, (_, i) => ({
        period: `${year}-${String(i + 1).padStart(2, '0')}`,
        counts: counts(i === 9 ? { agreementsSigned: 1 } : i === 10 ? { events: 1 } : {}),
      }))
    : [
        { period: '2019', counts: counts({ agreementsSigned: 2, events: 1 }) },
        { period: '2020', counts: counts({ events: 2 }) },
      ];
  return {
    year: year ?? null,
    organisation: organisationId ? { id: organisationId, name: 'KAIST' } : null,
    units: organisationId ? ['KAIST AI Graduate School'] : [],
    today: '2026-03-01',
    periods,
    unplaced: counts(perMonth ? { agreementsSigned: 1 } : {}),
    totals: perMonth ? counts({ agreementsSigned: 2, events: 1 }) : counts({ agreementsSigned: 2, events: 3 }),
    money: [
      { currency: 'KRW', agreementsMinor: 5_000_000, projectsMinor: 350_000_000, totalMinor: 355_000_000, byPeriod: perMonth ? [{ period: `${year}-10`, minor: 350_000_000 }] : [] },
      { currency: 'USD', agreementsMinor: 1_000_000, projectsMinor: 0, totalMinor: 1_000_000, byPeriod: [] },
    ],
    items: [
      { figure: 'agreementsSigned', date: '2019-10-04', title: 'MOU-2019-001 — Research center', context: '', startTime: null, timeZone: null, eventKind: null, target: { area: 'agreements', id: AGREEMENT } },
      { figure: 'events', date: '2019-11-14', title: 'Seongnam AI Forum', context: 'Seongnam', startTime: '19:00', timeZone: 'Asia/Seoul', eventKind: 'forum', target: { area: 'events', id: FORUM } },
    ],
    years: [2027, 2026, 2025, 2019],
  };
}

function bridge() {
  return installFakeBridge({
    'reports:figures': answer,
    'reports:export': ({ format }) => ({ fileName: `report.${format === 'pdf' ? 'pdf' : 'md'}`, mediaType: 'text/markdown', contentBase64: btoa('# Report\n') }),
    'organisations:list': searchable([organisation(KAIST, 'KAIST')]),
    'organisations:get': () => organisation(KAIST, 'KAIST'),
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 1, 12, 0, 0));
});
afterEach(() => vi.useRealTimers());

describe('reports', { timeout: 30_000 }, () => {
  // Two SVG charts drawn in jsdom, on a machine shared with other test runs.
  it('opens this year’s report from the sidebar, and draws the chosen year as a chart with the same figures in a table', async () => {
    const fake = bridge();
    const user = userEvent.setup();
    renderApp('#/');
    await user.click(await screen.findByRole('link', { name: 'Reports' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' }, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(fake.callsTo('reports:figures')[0]).toEqual({ year: 2026, organisationId: null }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2019');
    expect(window.location.hash).toBe('#/reports?year=2019');
    expect(await screen.findByRole('heading', { name: '2019' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(fake.callsTo('reports:figures').at(-1)).toEqual({ year: 2019, organisationId: null });

    // The chart: an SVG bar chart, one bar series per figure, a tick per month.
    const chart = screen.getByRole('figure', { name: 'Counts per month' });
    expect(chart.querySelector('svg')).not.toBeNull();
    expect(chart).toHaveTextContent('Agreements signed');
    expect(chart).toHaveTextContent('Events held');

    const table = screen.getByRole('table', { name: 'Counts per month, as a table' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Month', 'Agreements signed', 'Agreements expiring', 'Events held', 'Research outputs', 'Internships started']);
    expect(rows[10].textContent).toBe('October 201910000');
    expect(rows[11].textContent).toBe('November 201900100');
    // Known only to the year: counted, in no month.
    expect(rows[13].textContent).toBe('Month not known10000');
    expect(rows[14].textContent).toBe('Total20100');

    // Each currency on its own row; never one sum.
    const money = screen.getByRole('table', { name: 'Money by currency' });
    expect(within(money).getAllByRole('row').map((r) => within(r).queryAllByRole('cell')[0]?.textContent)).toEqual([undefined, 'KRW', 'USD']);
    expect(screen.getByRole('figure', { name: 'Money in KRW per month' })).toBeInTheDocument();

    const counted = screen.getByRole('region', { name: 'Events held' });
    expect(within(counted).getByRole('link', { name: 'Seongnam AI Forum' })).toHaveAttribute('href', `#/events/${FORUM}`);
    expect(counted).toHaveTextContent('Seongnam AI Forum · 19:00 (Asia/Seoul) · Seongnam');
  });

  it('says when a figure counted more records than the page lists, and where they all are', async () => {
    installFakeBridge({
      'reports:figures': (input) => ({ ...answer(input), totals: counts({ agreementsSigned: 30_000, events: 1 }) }),
    });
    renderApp('#/reports?year=2019');
    const signed = await screen.findByRole('region', { name: 'Agreements signed' }, { timeout: 10_000 });
    expect(within(signed).getByRole('heading', { name: 'Agreements signed (30,000)' })).toBeInTheDocument();
    expect(signed).toHaveTextContent('Showing 1 of 30,000. The Markdown and PDF reports list them all.');
    expect(screen.getByRole('region', { name: 'Events held' })).not.toHaveTextContent('Showing');
  });

  it('narrows to a partner, per year with every year, and exports what is shown', async () => {
    const fake = bridge();
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderApp('#/reports?year=2019');
    await screen.findByRole('heading', { name: '2019' }, { timeout: 10_000 });
    await pick(user, 'Partner', 'KAI', 'KAIST');
    expect(await screen.findByRole('heading', { name: 'KAIST in 2019' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/reports?year=2019&partner=${KAIST}`);
    expect(screen.getByText('Includes its sub-organisations: KAIST AI Graduate School.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), 'all');
    expect(await screen.findByRole('heading', { name: 'KAIST, by year' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(fake.callsTo('reports:figures').at(-1)).toEqual({ year: null, organisationId: KAIST });
    const table = screen.getByRole('table', { name: 'Counts per year, as a table' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'YearAgreements signedAgreements expiringEvents heldResearch outputsInternships started',
      '201920100',
      '202000200',
      'Total20300',
    ]);

    await user.click(screen.getByRole('button', { name: 'Report (Markdown)' }));
    await waitFor(() => expect(saved.map((f) => f.fileName)).toEqual(['report.md']));
    expect(fake.callsTo('reports:export')).toEqual([{ year: null, organisationId: KAIST, format: 'markdown' }]);

    await user.click(screen.getByRole('button', { name: 'Whole register' }));
    expect(window.location.hash).toBe('#/reports?year=2026');
  });
});
