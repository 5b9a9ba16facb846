import { screen, within } from '@testing-library/react';
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
});
