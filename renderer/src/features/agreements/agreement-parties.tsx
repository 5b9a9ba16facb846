import { Section } from '../../components/section';
import { useT } from '../../i18n';
import { routeHash } from '../../store';
import type { AgreementDetail } from '../../../../shared/models/agreement';

/** Each party with role, country, other names and signatories. */
export function AgreementParties({ agreement }: { agreement: AgreementDetail }) {
  const t = useT();
  return (
    <Section title={t('agreement.parties')}>
      <ul className="party-cards">
        {agreement.parties.map((party) => (
          <li key={party.id} className="party-card">
            <div className="party-card__head">
              <a href={routeHash({ view: 'detail', area: 'organisations', id: party.organisationId })} className="party-card__name">
                {party.organisationName}
              </a>
              {party.country ? <span className="chip">{party.country}</span> : null}
            </div>
            {party.altNames.length > 0 ? (
              <div className="muted" lang={party.altNames[0]?.lang || undefined}>
                {party.altNames.map((n) => n.name).join(' · ')}
              </div>
            ) : null}
            {party.role ? (
              <div>
                <span className="muted">{t('agreement.role')}:</span> {party.role}
              </div>
            ) : null}
            <h3 className="subhead">{t('agreement.signatories')}</h3>
            {party.signatories.length === 0 ? (
              <p className="muted">{agreement.signatoriesRecorded ? t('agreement.noSignatories') : t('agreement.signatoriesNotRecorded')}</p>
            ) : (
              <ul className="plain-list">
                {party.signatories.map((s) => (
                  <li key={s.id}>
                    <a href={routeHash({ view: 'detail', area: 'people', id: s.personId })}>{s.name}</a>
                    {s.capacity ? <span className="muted">, {s.capacity}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
