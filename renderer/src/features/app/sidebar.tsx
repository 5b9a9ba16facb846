import { useT, type MessageKey } from '../../i18n';
import { routeArea, routeHash, useAppStore, type Route } from '../../store';
import { RECORD_TYPES } from '../record-types';

type Item = { hash: string; label: MessageKey; current: (route: Route) => boolean };

const ITEMS: Item[] = [
  { hash: '#/', label: 'nav.home', current: (route) => route.view === 'home' },
  ...RECORD_TYPES.map(({ area, nav }): Item => ({
    hash: routeHash({ view: 'list', area }),
    label: nav,
    current: (route) => routeArea(route) === area,
  })),
];

const TOOLS: Item[] = [
  { hash: '#/imports', label: 'nav.imports', current: (route) => route.view === 'imports' },
  { hash: '#/calendar', label: 'nav.calendar', current: (route) => route.view === 'calendar' },
  { hash: '#/reports', label: 'nav.reports', current: (route) => route.view === 'reports' },
  { hash: '#/verify', label: 'nav.verify', current: (route) => route.view === 'verify' },
  { hash: '#/keys', label: 'nav.keys', current: (route) => route.view === 'keys' },
  { hash: '#/backups', label: 'nav.backups', current: (route) => route.view === 'backups' },
  { hash: '#/deleted', label: 'nav.deleted', current: (route) => route.view === 'deleted' },
];

function Links({ items, route }: { items: Item[]; route: Route }) {
  const t = useT();
  return (
    <ul className="sidebar__list">
      {items.map((item) => (
        <li key={item.hash}>
          <a href={item.hash} className="sidebar__link" aria-current={item.current(route) ? 'page' : undefined}>
            {t(item.label)}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Sidebar() {
  const t = useT();
  const route = useAppStore((s) => s.route);
  return (
    <nav className="sidebar" aria-label={t('nav.main')}>
      <div className="sidebar__brand">{t('app.name')}</div>
      <Links items={ITEMS} route={route} />
      <div className="sidebar__divider" aria-hidden="true" />
      <Links items={TOOLS} route={route} />
    </nav>
  );
}
