import { Facts, type Fact } from '../../../components/facts';
import { formatDate, useT } from '../../../i18n';
import { agreementKindKey, termKindKey } from '../../../i18n/labels';
import type { AgreementDetail } from '../../../../../shared/models/agreement';
import { formatDuration } from '../../../../../shared/duration';
import type { SignedTermField } from '../../../../../shared/signed-terms';

/** The direct parent (the last ancestor), as the parent picker labels it. */
function parentLabel(a: AgreementDetail): string {
  const parent = a.ancestors.at(-1);
  if (!parent) return '';
  return parent.referenceNo ? `${parent.referenceNo} — ${parent.title}` : parent.title;
}

/**
 * The signed terms of a signed agreement, read-only, with a note that changes need an addendum.
 * One fact per field main locks (keyed by the shared list, so a newly locked field must be shown here).
 */
export function SignedTerms({ agreement: a }: { agreement: AgreementDetail }) {
  const t = useT();
  const facts: Record<SignedTermField, Fact> = {
    kind: { label: t('form.kind'), value: t(agreementKindKey(a.kind)) },
    title: { label: t('form.title'), value: a.title },
    signedOn: { label: t('form.signedOn'), value: formatDate(a.signedOn) },
    effectiveOn: { label: t('form.effectiveOn'), value: formatDate(a.effectiveOn) },
    expiresOn: { label: t('form.expiresOn'), value: formatDate(a.expiresOn) },
    termKind: { label: t('form.termKind'), value: t(termKindKey(a.termKind)) },
    duration: { label: t('form.termText'), value: a.termText || (a.durationMonths ? formatDuration(a.durationMonths) : '') },
    renewalPeriodMonths: { label: t('form.renewalPeriod'), value: a.renewalPeriodMonths ? formatDuration(a.renewalPeriodMonths) : '' },
    signingPlace: { label: t('form.signingPlace'), value: a.signingPlace },
    parentId: { label: t('form.parent'), value: parentLabel(a) },
    purpose: { label: t('form.purpose'), value: a.purpose },
    parties: {
      label: t('form.parties'),
      value: (
        <ul className="plain-list">
          {a.parties.map((p) => (
            <li key={p.id}>
              <strong>{p.organisationName}</strong>
              {p.role ? ` (${p.role})` : ''}
              {p.signatories.length > 0
                ? ` — ${p.signatories.map((s) => (s.capacity ? `${s.name}, ${s.capacity}` : s.name)).join('; ')}`
                : a.signatoriesRecorded
                  ? ''
                  : ` — ${t('agreement.signatoriesNotRecorded')}`}
            </li>
          ))}
        </ul>
      ),
    },
  };
  return (
    <div className="signed-terms">
      <p className="note" role="note">
        {t('form.signedNote')}
      </p>
      <Facts className="facts--grid" facts={Object.values(facts)} />
    </div>
  );
}
