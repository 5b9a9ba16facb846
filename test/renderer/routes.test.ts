import { describe, expect, it } from 'vitest';
import { parseHash, routeHash, type Route } from '../../renderer/src/store/routes';

const ID = '0190f1a2-0000-7000-8000-000000000001';

describe('hash routes', () => {
  it.each<[string, Route]>([
    ['#/', { view: 'home' }],
    ['', { view: 'home' }],
    ['#/agreements', { view: 'list', area: 'agreements' }],
    ['#/agreements/new', { view: 'new', area: 'agreements' }],
    [`#/agreements/new?parent=${ID}`, { view: 'new', area: 'agreements', parentId: ID }],
    [`#/agreements/${ID}`, { view: 'detail', area: 'agreements', id: ID }],
    [`#/organisations/${ID}/edit`, { view: 'edit', area: 'organisations', id: ID }],
    ['#/people/new', { view: 'new', area: 'people' }],
    ['#/verify', { view: 'verify' }],
    ['#/keys', { view: 'keys' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    if (hash) expect(routeHash(route)).toBe(hash);
  });

  it('does not guess at unknown places', () => {
    expect(parseHash('#/settings').view).toBe('not-found');
    expect(parseHash(`#/people/${ID}/delete`).view).toBe('not-found');
    expect(parseHash('#/keys/extra').view).toBe('not-found');
  });
});
