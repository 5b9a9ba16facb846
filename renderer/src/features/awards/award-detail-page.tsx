import type { ReactNode } from 'react';
import { Facts } from '../../components/facts';
import { Section } from '../../components/section';
import { SimpleTable } from '../../components/simple-table';
import { formatDate, formatMoney, useT } from '../../i18n';
import { scholarshipKindKey } from '../../i18n/labels';
import { routeHash } from '../../store';
import type { AwardCurrencyTotal, AwardPayment } from '../../../../shared/models/award';
import type { ScholarshipComponent } from '../../../../shared/models/program';
import { RecordDetailPage } from '../common/record-detail-page';
import { AwardMoves, AwardStatusBadge } from './award-status';
import { awardsRecord } from './awards-record';

/** An award: whose, its status and moves, what it pays for, the payment schedule (paid or planned), totals per currency, documents. */
export function AwardDetailPage({ id, related }: { id: string; related?: ReactNode }) {
  const t = useT();
  return (
    <RecordDetailPage
      record={awardsRecord}
      id={id}
      reads={['award', 'application', 'person', 'intake', 'program']}
      title={(a) => t('award.titleFor', { name: a.applicantName })}
      subtitle={(a) => (
        <>
          <a href={routeHash({ view: 'detail', area: 'applications', id: a.applicationId })}>{t('award.theApplication')}</a>
          {' · '}
          <a href={routeHash({ view: 'detail', area: 'programs', id: a.programId })}>{a.programName}</a>
        </>
      )}
      deleteParams={(a) => ({ name: a.applicantName })}
      actions={(a) => <AwardMoves award={a} />}
      related={related}
      documents
    >
      {(a) => (
        <>
          <Section title={t('agreement.details')}>
            <Facts
              className="facts--grid"
              facts={[
                { label: t('application.status'), value: <AwardStatusBadge status={a.status} /> },
                { label: t('award.awardedOn'), value: formatDate(a.awardedOn) },
                { label: t('application.intake'), value: a.intakeName },
              ]}
            />
            {a.notes ? <p className="pre-line">{a.notes}</p> : null}
          </Section>
          <Section title={t('award.components')}>
            <SimpleTable<ScholarshipComponent>
              label={t('award.components')}
              rows={a.components}
              rowKey={(c) => `${c.kind}:${c.currency}:${c.description}:${c.amountMinor}`}
              columns={[
                { key: 'kind', header: t('award.component'), render: (c) => t(scholarshipKindKey(c.kind)) },
                { key: 'description', header: t('program.scholarshipDescription'), render: (c) => c.description },
                { key: 'amount', header: t('program.amount'), className: 'num', render: (c) => formatMoney(c.amountMinor, c.currency) },
              ]}
            />
          </Section>
          <Section title={t('award.payments')}>
            {a.payments.length === 0 ? (
              <p className="muted">{t('award.noScheduledPayments')}</p>
            ) : (
              <SimpleTable<AwardPayment & { index: number }>
                label={t('award.payments')}
                rows={a.payments.map((p, index) => ({ ...p, index }))}
                rowKey={(p) => String(p.index)}
                columns={[
                  { key: 'due', header: t('award.dueOn'), className: 'nowrap', render: (p) => formatDate(p.dueOn) },
                  { key: 'component', header: t('award.component'), render: (p) => t(scholarshipKindKey(p.component)) },
                  { key: 'amount', header: t('program.amount'), className: 'num', render: (p) => formatMoney(p.amountMinor, p.currency) },
                  { key: 'paid', header: t('award.paidOn'), className: 'nowrap', render: (p) => (p.paidOn ? formatDate(p.paidOn) : t('award.plannedPayment')) },
                ]}
              />
            )}
          </Section>
          <Section title={t('award.awardTotals')}>
            <SimpleTable<AwardCurrencyTotal>
              label={t('award.awardTotals')}
              rows={a.totals}
              rowKey={(row) => row.currency}
              columns={[
                { key: 'currency', header: t('program.currency'), render: (row) => row.currency },
                { key: 'awarded', header: t('award.amount'), className: 'num', render: (row) => formatMoney(row.awardedMinor, row.currency) },
                { key: 'paid', header: t('award.paid'), className: 'num', render: (row) => formatMoney(row.paidMinor, row.currency) },
                { key: 'planned', header: t('award.planned'), className: 'num', render: (row) => formatMoney(row.plannedMinor, row.currency) },
              ]}
            />
          </Section>
        </>
      )}
    </RecordDetailPage>
  );
}
