import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatMoney, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { routeHash, useAppStore } from '../../store';
import { useLoad } from '../common/use-load';

/** The "Programs" section of an agreement's page: the programs it creates, and a way to add one. */
export function AgreementPrograms({ agreementId }: { agreementId: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const programs = useLoad(() => send('programs:list', { agreementId, limit: 100, sort: 'name', dir: 'asc' }), `agreement-programs:${agreementId}`, {
    reads: ['program', 'intake', 'agreement'],
  });
  return (
    <Section
      title={t('program.agreementPrograms')}
      actions={
        <Button size="small" onClick={() => navigate({ view: 'new', area: 'programs', parentId: agreementId })}>
          {t('program.newForAgreement')}
        </Button>
      }
    >
      {!programs.data ? (
        <Spinner label={t('common.loading')} inline />
      ) : programs.data.rows.length === 0 ? (
        <p className="muted">{t('program.agreementNoPrograms')}</p>
      ) : (
        <ul className="link-list">
          {programs.data.rows.map((p) => (
            <li key={p.id} className="link-list__item">
              <a href={routeHash({ view: 'detail', area: 'programs', id: p.id })}>{p.name}</a>
              <span className="link-list__meta muted">
                {p.totalMonths !== null ? <span>{t('program.months', { n: p.totalMonths })}</span> : null}
                {p.scholarshipTotals.map((total) => (
                  <span key={total.currency}>{formatMoney(total.amountMinor, total.currency)}</span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
