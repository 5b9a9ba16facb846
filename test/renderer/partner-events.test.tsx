import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartnerOverview } from '../../shared/models/partner';
import { installFakeBridge } from './fake-bridge';
import { organisation } from './fixtures';
import { renderApp } from './render-app';

const KAIST = '0190f1a2-0000-7000-8000-000000000001';
const FORUM = '0190f1a2-0000-7000-8000-000000000401';
const INTERNSHIP = '0190f1a2-0000-7000-8000-000000000501';

const overview: PartnerOverview = {
  organisation: { id: KAIST, name: 'KAIST', altNames: [], kind: 'university', country: 'KR' },
  units: [],
  today: '2026-03-01',
  counts: { agreements: 0, agreementsInForce: 0, itemsNeedingAttention: 0, projects: 0, programs: 0, events: 1, placements: 1, people: 0, otherContributions: 0 },
  agreements: [],
  programs: [],
  projects: [],
  events: [
    {
      id: FORUM,
      kind: 'forum',
      title: 'Seongnam AI Forum',
      allDay: false,
      startsOn: '2026-01-08',
      startTime: '19:00',
      endsOn: '2026-01-08',
      endTime: '21:00',
      timeZone: 'Asia/Seoul',
      place: 'Seongnam',
      series: true,
      held: 2,
      nextOn: '2026-03-12',
    },
  ],
  placements: [
    { id: INTERNSHIP, internName: 'Choi Min-seo', hostName: 'KAIST AI Graduate School', status: 'completed', startsOn: '2025-07', endsOn: '2025-12' },
  ],
  people: [],
  money: [],
  otherContributions: [],
};

describe('the partner page’s events', { timeout: 20_000 }, () => {
  it('lists each event with its kind, its times in its own zone, and for a series the meetings held and the next', async () => {
    installFakeBridge({ 'organisations:get': () => organisation(KAIST, 'KAIST'), 'partners:overview': () => overview });
    renderApp(`#/organisations/${KAIST}`);
    const events = await screen.findByRole('region', { name: 'Events' }, { timeout: 10_000 });
    expect(within(events).getByRole('link', { name: 'Seongnam AI Forum' })).toHaveAttribute('href', `#/events/${FORUM}`);
    expect(events).toHaveTextContent('Forum');
    expect(events).toHaveTextContent('19:00');
    expect(events).toHaveTextContent('Asia/Seoul');
    expect(events).toHaveTextContent('a series, 2 held');
    expect(events).toHaveTextContent('next on Mar 12, 2026');
  });

  it('lists the internships with their host, outcome and months as written', async () => {
    installFakeBridge({ 'organisations:get': () => organisation(KAIST, 'KAIST'), 'partners:overview': () => overview });
    renderApp(`#/organisations/${KAIST}`);
    const internships = await screen.findByRole('region', { name: 'Internships' }, { timeout: 10_000 });
    expect(within(internships).getByRole('link', { name: 'Choi Min-seo' })).toHaveAttribute('href', `#/placements/${INTERNSHIP}`);
    expect(internships).toHaveTextContent('at KAIST AI Graduate School');
    expect(internships).toHaveTextContent('Completed');
    // Months stay months: no invented first of July.
    expect(internships).toHaveTextContent('July 2025 to December 2025');
  });

  it('counts everything a partner in most of the register has, lists the latest, and opens the register for all of them', async () => {
    const agreement = (i: number) => ({
      id: `0190f1a2-0000-7000-8000-${String(9000 + i).padStart(12, '0')}`,
      referenceNo: `MOU-2026-${i}`,
      title: `Agreement ${i}`,
      kind: 'mou' as const,
      status: 'active' as const,
      signedOn: '2026-01-05',
      effectiveOn: null,
      expiresOn: null,
      parentId: null,
      depth: 0,
      counterparts: ['Seongnam City'],
      progress: { done: 0, dropped: 0, overdue: 0, nothing_after_a_year: 0, on_track: 0 },
    });
    const people = Array.from({ length: 100 }, (_, i) => ({ id: `0190f1a2-0000-7000-8000-${String(7000 + i).padStart(12, '0')}`, name: `Person ${i}`, title: '', organisationName: 'KAIST' }));
    const home: PartnerOverview = {
      ...overview,
      counts: { ...overview.counts, agreements: 100_003, agreementsInForce: 30_000, people: 2_340 },
      agreements: Array.from({ length: 100 }, (_, i) => agreement(i)),
      people,
    };
    const fake = installFakeBridge({ 'organisations:get': () => organisation(KAIST, 'KAIST'), 'partners:overview': () => home });
    const user = userEvent.setup();
    renderApp(`#/organisations/${KAIST}`);
    const glance = await screen.findByRole('list', { name: 'At a glance' }, { timeout: 10_000 });
    expect(glance).toHaveTextContent('100,003 agreements');
    expect(glance).toHaveTextContent('2,340 people');
    const agreements = screen.getByRole('region', { name: 'Agreements and their lineage' });
    expect(agreements).toHaveTextContent('Showing 100 of 100,003.');
    expect(screen.getByRole('region', { name: 'People' })).toHaveTextContent('Showing 100 of 2,340.');
    // Events and internships are all listed: nothing said under them.
    expect(screen.getByRole('region', { name: 'Events' })).not.toHaveTextContent('Showing');

    await user.click(within(agreements).getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(window.location.hash).toBe('#/agreements'));
    await waitFor(() => expect(fake.callsTo('agreements:list').at(-1)).toMatchObject({ partnerId: KAIST, offset: 0 }));
  });

  it('offers no "Show all" for a partner with sub-organisations, whose records the register lists by one organisation', async () => {
    const withUnits: PartnerOverview = {
      ...overview,
      units: [{ id: '0190f1a2-0000-7000-8000-000000000002', name: 'KAIST AI Graduate School' }],
      counts: { ...overview.counts, people: 2_340 },
      people: Array.from({ length: 100 }, (_, i) => ({ id: `0190f1a2-0000-7000-8000-${String(7000 + i).padStart(12, '0')}`, name: `Person ${i}`, title: '', organisationName: 'KAIST' })),
    };
    installFakeBridge({ 'organisations:get': () => organisation(KAIST, 'KAIST'), 'partners:overview': () => withUnits });
    renderApp(`#/organisations/${KAIST}`);
    const people = await screen.findByRole('region', { name: 'People' }, { timeout: 10_000 });
    expect(people).toHaveTextContent('Showing 100 of 2,340.');
    expect(within(people).queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();
  });
});
