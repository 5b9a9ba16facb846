import { Section } from '../../components/section';
import { formatDate, formatMoney, formatNumber, useT } from '../../i18n';
import { contributionKindKey, itemStatusKey, recurrenceKey } from '../../i18n/labels';
import type { AgreementDetail, Contribution } from '../../../../shared/models/agreement';

function partyName(agreement: AgreementDetail, organisationId: string | null): string {
  return agreement.parties.find((p) => p.organisationId === organisationId)?.organisationName ?? '';
}

function ContributionAmount({ c }: { c: Contribution }) {
  if (c.kind === 'money' && c.amountMinor !== null && c.currency) {
    return <span className="money">{formatMoney(c.amountMinor, c.currency)}</span>;
  }
  if (c.quantity !== null) return <span>{`${formatNumber(c.quantity)} ${c.unit}`.trim()}</span>;
  return null;
}

/** The ▲ cooperation items and what each party contributes. */
export function AgreementCommitments({ agreement }: { agreement: AgreementDetail }) {
  const t = useT();
  return (
    <>
      <Section title={t('agreement.items')}>
        {agreement.items.length === 0 ? <p className="muted">{t('agreement.noItems')}</p> : null}
        <ul className="item-list">
          {agreement.items.map((item) => (
            <li key={item.id} className="item-list__item">
              <span className="item-list__text pre-line">{item.description}</span>
              <span className="item-list__meta">
                <span className={`chip chip--${item.status}`}>{t(itemStatusKey(item.status))}</span>
                {item.recurrence !== 'none' ? <span className="chip">{t(recurrenceKey(item.recurrence))}</span> : null}
                {item.responsibleOrganisationId ? (
                  <span className="muted">{t('agreement.responsible', { name: partyName(agreement, item.responsibleOrganisationId) })}</span>
                ) : null}
                {item.dueOn ? <span className="muted">{t('agreement.due', { date: formatDate(item.dueOn) })}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('agreement.contributions')}>
        {agreement.contributions.length === 0 ? <p className="muted">{t('agreement.noContributions')}</p> : null}
        <ul className="item-list">
          {agreement.contributions.map((c) => (
            <li key={c.id} className="item-list__item">
              <span className="item-list__text">
                <strong>{partyName(agreement, c.organisationId)}</strong> · {t(contributionKindKey(c.kind))}{' '}
                <ContributionAmount c={c} />
                {c.description ? <span className="pre-line"> — {c.description}</span> : null}
              </span>
              {c.startsOn || c.endsOn ? (
                <span className="item-list__meta muted">
                  {t('agreement.period', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
