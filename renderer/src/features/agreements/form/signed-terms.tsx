import { Facts } from '../../../components/facts';
import { formatDate, useT } from '../../../i18n';
import { agreementKindKey } from '../../../i18n/labels';
import type { AgreementDetail } from '../../../../../shared/models/agreement';
import { formatDuration } from '../../../../../shared/duration';

/** The signed terms of a signed agreement, read-only, with a note that changes need an addendum. */
export function SignedTerms({ agreement: a }: { agreement: AgreementDetail }) {
  const t = useT();
  return (
    <div className="signed-terms">
      <p className="note" role="note">
        {t('form.signedNote')}
      </p>
      <Facts
        className="facts--grid"
        facts={[
          { label: t('form.kind'), value: t(agreementKindKey(a.kind)) },
          { label: t('form.title'), value: a.title },
          { label: t('form.signedOn'), value: formatDate(a.signedOn) },
          { label: t('form.effectiveOn'), value: formatDate(a.effectiveOn) },
          { label: t('form.expiresOn'), value: formatDate(a.expiresOn) },
          { label: t('form.duration'), value: a.durationMonths ? formatDuration(a.durationMonths) : '' },
          { label: t('form.signingPlace'), value: a.signingPlace },
          { label: t('form.purpose'), value: a.purpose },
          {
            label: t('form.parties'),
            value: (
              <ul className="plain-list">
                {a.parties.map((p) => (
                  <li key={p.id}>
                    <strong>{p.organisationName}</strong>
                    {p.role ? ` (${p.role})` : ''}
                    {p.signatories.length > 0 ? ` — ${p.signatories.map((s) => (s.capacity ? `${s.name}, ${s.capacity}` : s.name)).join('; ')}` : ''}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </div>
  );
}
