import type { Area } from '../features/record-types';

export type { Area };

/** The app's places, as a tiny hash router of our own: `#/agreements/<id>/edit` and friends. */
export type Route =
  | { view: 'home' }
  | { view: 'list'; area: Area }
  | { view: 'new'; area: Area; parentId?: string }
  | { view: 'detail'; area: Area; id: string }
  | { view: 'edit'; area: Area; id: string }
  /** Tools that are not lists of records: the calendar, reports, checking signed summaries, the office key, backups, imports, deleted records. */
  /** The calendar at a month (`YYYY-MM`; none: this month), so a reload or Back shows the same month. */
  | { view: 'calendar'; month?: string }
  /** A year's report, a partner's, or both; what is shown is in the address so a reload keeps it. */
  | { view: 'reports'; year?: number; partnerId?: string }
  | { view: 'verify' }
  | { view: 'keys' }
  | { view: 'backups' }
  | { view: 'imports' }
  | { view: 'deleted' }
  | { view: 'not-found'; hash: string };

const ID = /^[A-Za-z0-9-]{1,64}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/**
 * The route for a hash. `areas` are the record types' route segments (from the registry, which the
 * store must not import: it imports every page, and the pages import the store).
 */
export function parseHash(hash: string, areas: readonly Area[]): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = raw.split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { view: 'home' };
  const [first, second, third] = parts;
  if (first === 'calendar' && parts.length === 1) {
    const month = new URLSearchParams(queryPart).get('month');
    return month && MONTH.test(month) ? { view: 'calendar', month } : { view: 'calendar' };
  }
  if (first === 'reports' && parts.length === 1) {
    const query = new URLSearchParams(queryPart);
    const year = query.get('year');
    const partnerId = query.get('partner');
    return {
      view: 'reports',
      ...(year && YEAR.test(year) ? { year: Number(year) } : {}),
      ...(partnerId && ID.test(partnerId) ? { partnerId } : {}),
    };
  }
  if ((first === 'verify' || first === 'keys' || first === 'backups' || first === 'imports' || first === 'deleted') && parts.length === 1) return { view: first };
  const area = areas.find((known) => known === first);
  if (area === undefined || parts.length > 3) return { view: 'not-found', hash };
  if (second === undefined) return { view: 'list', area };
  if (second === 'new' && third === undefined) {
    const parentId = new URLSearchParams(queryPart).get('parent');
    return parentId && ID.test(parentId) ? { view: 'new', area, parentId } : { view: 'new', area };
  }
  if (!ID.test(second)) return { view: 'not-found', hash };
  if (third === undefined) return { view: 'detail', area, id: second };
  if (third === 'edit') return { view: 'edit', area, id: second };
  return { view: 'not-found', hash };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'calendar':
      return route.month ? `#/calendar?month=${route.month}` : '#/calendar';
    case 'reports': {
      const query = new URLSearchParams();
      if (route.year !== undefined) query.set('year', String(route.year));
      if (route.partnerId) query.set('partner', route.partnerId);
      const text = query.toString();
      return text ? `#/reports?${text}` : '#/reports';
    }
    case 'verify':
    case 'keys':
    case 'backups':
    case 'imports':
    case 'deleted':
      return `#/${route.view}`;
    case 'list':
      return `#/${route.area}`;
    case 'new':
      return route.parentId
        ? `#/${route.area}/new?parent=${encodeURIComponent(route.parentId)}`
        : `#/${route.area}/new`;
    case 'detail':
      return `#/${route.area}/${encodeURIComponent(route.id)}`;
    case 'edit':
      return `#/${route.area}/${encodeURIComponent(route.id)}/edit`;
    case 'not-found':
      return route.hash;
  }
}

/** The list a route belongs to, for the sidebar highlight and the `/` and `n` keys. */
export function routeArea(route: Route): Area | null {
  return 'area' in route ? route.area : null;
}
