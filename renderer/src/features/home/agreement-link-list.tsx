import { StatusBadge } from '../../components/status-badge';
import { formatDate, useT } from '../../i18n';
import { routeHash } from '../../store';
import type { AgreementSummary } from '../../../../shared/models/agreement';

/** A short list of agreements, each a link to its detail (home, lineage, organisation pages). */
export function AgreementLinkList({ rows, empty }: { rows: readonly AgreementSummary[]; empty: string }) {
  const t = useT();
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="link-list">
      {rows.map((row) => (
        <li key={row.id} className="link-list__item">
          <a href={routeHash({ view: 'detail', area: 'agreements', id: row.id })}>
            {row.referenceNo ? <span className="mono">{row.referenceNo}</span> : null} {row.title}
          </a>
          <span className="link-list__meta">
            <StatusBadge status={row.status} />
            {row.partyNames.length > 0 ? <span className="muted">{row.partyNames.join(' · ')}</span> : null}
            {row.currentEnd ? <span className="muted">{t('home.expiresOn', { date: formatDate(row.currentEnd) })}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
