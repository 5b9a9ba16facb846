import { useT, type MessageKey } from '../../i18n';
import { routeArea, useAppStore, type Area } from '../../store';

const ITEMS: Array<{ hash: string; area: Area | null; label: MessageKey }> = [
  { hash: '#/', area: null, label: 'nav.home' },
  { hash: '#/agreements', area: 'agreements', label: 'nav.agreements' },
  { hash: '#/organisations', area: 'organisations', label: 'nav.organisations' },
  { hash: '#/people', area: 'people', label: 'nav.people' },
];

export function Sidebar() {
  const t = useT();
  const route = useAppStore((s) => s.route);
  const current = routeArea(route);
  return (
    <nav className="sidebar" aria-label={t('nav.main')}>
      <div className="sidebar__brand">{t('app.name')}</div>
      <ul className="sidebar__list">
        {ITEMS.map((item) => {
          const isCurrent = item.area === null ? route.view === 'home' : item.area === current;
          return (
            <li key={item.hash}>
              <a href={item.hash} className="sidebar__link" aria-current={isCurrent ? 'page' : undefined}>
                {t(item.label)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
