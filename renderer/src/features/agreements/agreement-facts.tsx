import { Facts } from '../../components/facts';
import { Section } from '../../components/section';
import { formatDate, useT } from '../../i18n';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import { formatDuration } from '../../../../shared/duration';

/** Purpose, dates, duration, renewal notice, place, owner, tags and notes. */
export function AgreementFacts({ agreement: a }: { agreement: AgreementDetail }) {
  const t = useT();
  return (
    <Section title={t('agreement.details')}>
      {a.purpose ? (
        <div className="prose">
          <h3 className="subhead">{t('agreement.purpose')}</h3>
          <p className="pre-line">{a.purpose}</p>
        </div>
      ) : null}
      <Facts
        className="facts--grid"
        facts={[
          { label: t('agreement.signedOn'), value: formatDate(a.signedOn) },
          { label: t('agreement.effectiveOn'), value: formatDate(a.effectiveOn) },
          { label: t('agreement.expiresOn'), value: formatDate(a.expiresOn) },
          { label: t('agreement.duration'), value: a.durationMonths ? formatDuration(a.durationMonths) : '' },
          {
            label: t('agreement.renewalNotice'),
            value: a.renewalNoticeDays === null ? '' : t('agreement.renewalNoticeDays', { days: a.renewalNoticeDays }),
          },
          { label: t('agreement.signingPlace'), value: a.signingPlace },
          { label: t('agreement.owner'), value: a.owner },
          {
            label: t('agreement.tags'),
            value:
              a.tags.length === 0 ? '' : (
                <ul className="tags">
                  {a.tags.map((tag) => (
                    <li key={tag} className="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      {a.notes ? (
        <div className="prose">
          <h3 className="subhead">{t('agreement.notes')}</h3>
          <p className="pre-line">{a.notes}</p>
        </div>
      ) : null}
    </Section>
  );
}
