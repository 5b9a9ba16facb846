import { Section } from '../../components/section';
import { StatusBadge } from '../../components/status-badge';
import { useT } from '../../i18n';
import { routeHash } from '../../store';
import type { AgreementDetail, AgreementSummary } from '../../../../shared/models/agreement';

function Link({ a }: { a: AgreementSummary }) {
  return (
    <>
      <a href={routeHash({ view: 'detail', area: 'agreements', id: a.id })}>
        {a.referenceNo ? <span className="mono">{a.referenceNo}</span> : null} {a.title}
      </a>{' '}
      <StatusBadge status={a.status} />
    </>
  );
}

/** The chain this agreement builds on (root → parent) and the follow-ons that build on it. */
export function AgreementLineage({ agreement }: { agreement: AgreementDetail }) {
  const t = useT();
  const { ancestors, followOns } = agreement;
  return (
    <Section title={t('agreement.lineage')}>
      {ancestors.length === 0 && followOns.length === 0 ? <p className="muted">{t('agreement.noLineage')}</p> : null}
      {ancestors.length > 0 ? (
        <>
          <h3 className="subhead">{t('agreement.ancestors')}</h3>
          <ol className="lineage">
            {ancestors.map((a) => (
              <li key={a.id}>
                <Link a={a} />
              </li>
            ))}
            <li aria-current="page" className="lineage__self">
              {agreement.title}
            </li>
          </ol>
        </>
      ) : null}
      {followOns.length > 0 ? (
        <>
          <h3 className="subhead">{t('agreement.followOns')}</h3>
          <ul className="plain-list">
            {followOns.map((a) => (
              <li key={a.id}>
                <Link a={a} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
