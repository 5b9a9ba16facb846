import { describe, expect, it } from 'vitest';
import { routeFromHash } from '../../renderer/src/features/app/router';
import { RECORD_TYPES } from '../../renderer/src/features/record-types';
import { routeHash, type Route } from '../../renderer/src/store/routes';

const ID = '0190f1a2-0000-7000-8000-000000000001';

describe('hash routes', () => {
  it.each<[string, Route]>([
    ['#/', { view: 'home' }],
    ['', { view: 'home' }],
    ['#/agreements', { view: 'list', area: 'agreements' }],
    ['#/agreements/new', { view: 'new', area: 'agreements' }],
    [`#/agreements/new?parent=${ID}`, { view: 'new', area: 'agreements', parentId: ID }],
    [`#/agreements/${ID}`, { view: 'detail', area: 'agreements', id: ID }],
    [`#/agreements/${ID}/edit`, { view: 'edit', area: 'agreements', id: ID }],
    [`#/organisations/${ID}/edit`, { view: 'edit', area: 'organisations', id: ID }],
    ['#/people/new', { view: 'new', area: 'people' }],
    ['#/verify', { view: 'verify' }],
    ['#/keys', { view: 'keys' }],
    ['#/backups', { view: 'backups' }],
    ['#/deleted', { view: 'deleted' }],
    ['#/calendar', { view: 'calendar' }],
    ['#/calendar?month=2026-03', { view: 'calendar', month: '2026-03' }],
    ['#/reports', { view: 'reports' }],
    ['#/reports?year=2019', { view: 'reports', year: 2019 }],
    [`#/reports?year=2019&partner=${ID}`, { view: 'reports', year: 2019, partnerId: ID }],
    [`#/reports?partner=${ID}`, { view: 'reports', partnerId: ID }],
  ])('%s', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route);
    if (hash) expect(routeHash(route)).toBe(hash);
  });

  it('gives every registered record type its list, new, detail and edit places', () => {
    for (const { area } of RECORD_TYPES) {
      for (const route of [
        { view: 'list', area },
        { view: 'new', area },
        { view: 'detail', area, id: ID },
        { view: 'edit', area, id: ID },
      ] satisfies Route[]) {
        expect(routeFromHash(routeHash(route))).toEqual(route);
      }
    }
  });

  it('ignores a month or a year it cannot read, rather than guessing one', () => {
    expect(routeFromHash('#/calendar?month=2026-13')).toEqual({ view: 'calendar' });
    expect(routeFromHash('#/reports?year=twenty&partner=..%2F')).toEqual({ view: 'reports' });
  });

  it('does not guess at unknown places', () => {
    expect(routeFromHash('#/settings').view).toBe('not-found');
    expect(routeFromHash(`#/people/${ID}/delete`).view).toBe('not-found');
    expect(routeFromHash('#/keys/extra').view).toBe('not-found');
    expect(routeFromHash('#/agreements/not an id').view).toBe('not-found');
  });
});
