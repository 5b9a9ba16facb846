import { Facts } from '../../components/facts';
import { Section } from '../../components/section';
import { formatDate, useT, type Translate } from '../../i18n';
import { termKindKey } from '../../i18n/labels';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import { formatDuration } from '../../../../shared/duration';
import type { Fact } from '../../components/facts';

/** The facts of an auto-renewing term: each renewal's length, its current period's end, renewals so far. */
function renewalFacts(a: AgreementDetail, t: Translate): Fact[] {
  if (a.termKind !== 'auto_renewing') return [];
  const renewals =
    a.renewalsByDates !== null
      ? t('agreement.renewalsByDates', { count: a.renewalsByDates })
      : a.renewalsSoFar !== null
        ? t('agreement.renewalsRecorded', { count: a.renewalsSoFar })
        : '';
  return [
    { label: t('agreement.renewalPeriod'), value: a.renewalPeriodMonths ? formatDuration(a.renewalPeriodMonths) : '' },
    { label: t('agreement.currentEnd'), value: a.currentEnd ? formatDate(a.currentEnd) : a.expiresOn ? t('agreement.currentEndUnknown') : '' },
    { label: t('agreement.renewalsSoFar'), value: renewals },
  ];
}

function noticeText(a: AgreementDetail, t: Translate): string {
  if (a.renewalNoticeMonths !== null) return t('agreement.renewalNoticeMonths', { months: a.renewalNoticeMonths });
  return a.renewalNoticeDays === null ? '' : t('agreement.renewalNoticeDays', { days: a.renewalNoticeDays });
}

/** Purpose, dates at their precision, the term as written, renewal notice, place, owner, tags, notes and where it was entered from. */
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
          { label: t('agreement.expiresOn'), value: a.termKind === 'open_ended' ? t('agreement.untilRevoked') : formatDate(a.expiresOn) },
          { label: t('agreement.term'), value: t(termKindKey(a.termKind)) },
          { label: t('agreement.duration'), value: a.durationMonths ? formatDuration(a.durationMonths) : '' },
          { label: t('agreement.termText'), value: a.termText && a.termText !== (a.durationMonths ? formatDuration(a.durationMonths) : '') ? a.termText : '' },
          ...renewalFacts(a, t),
          { label: t('agreement.renewalNotice'), value: noticeText(a, t) },
          { label: t('agreement.fromRecords'), value: a.fromRecords ? t('common.yes') : '' },
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
      {a.originalText ? (
        <div className="prose">
          <h3 className="subhead">{t('agreement.originalText')}</h3>
          <p className="pre-line mono">{a.originalText}</p>
        </div>
      ) : null}
    </Section>
  );
}
