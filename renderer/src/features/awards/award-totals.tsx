import { Section } from '../../components/section';
import { SimpleTable } from '../../components/simple-table';
import { Spinner } from '../../components/spinner';
import { formatMoney, useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { AwardYearTotal } from '../../../../shared/models/award';
import { useLoad } from '../common/use-load';

/**
 * Scholarship money by currency and year, paid and still planned, as main sums it: one row per
 * currency and year, never a sum across currencies.
 */
export function AwardTotals({ programId }: { programId?: string }) {
  const t = useT();
  const totals = useLoad(() => send('awards:totals', programId ? { programId } : {}), `award-totals:${programId ?? 'all'}`, { reads: ['award'] });
  return (
    <Section title={t('award.totals')}>
      {!totals.data ? (
        <Spinner label={t('common.loading')} inline />
      ) : totals.data.length === 0 ? (
        <p className="muted">{t('award.noTotals')}</p>
      ) : (
        <SimpleTable<AwardYearTotal>
          label={t('award.totals')}
          rows={totals.data}
          rowKey={(row) => `${row.currency}:${row.year}`}
          columns={[
            { key: 'currency', header: t('program.currency'), render: (row) => row.currency },
            { key: 'year', header: t('award.year'), render: (row) => row.year },
            { key: 'paid', header: t('award.paid'), className: 'num', render: (row) => formatMoney(row.paidMinor, row.currency) },
            { key: 'planned', header: t('award.planned'), className: 'num', render: (row) => formatMoney(row.plannedMinor, row.currency) },
          ]}
        />
      )}
    </Section>
  );
}

/** A program's page: the scholarship money its awards pay, by currency and year. */
export function ProgramAwardTotals({ id }: { id: string }) {
  return <AwardTotals programId={id} />;
}
