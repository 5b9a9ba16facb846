import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatNumber, useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { ProgramFunnel as Funnel } from '../../../../shared/models/placement';
import { useLoad } from '../common/use-load';

const STAGES = ['applied', 'accepted', 'placed', 'completed', 'hired'] as const satisfies ReadonlyArray<keyof Funnel>;

/** A program's page: how many applied, were accepted, placed, completed and hired (counted in main). */
export function ProgramFunnel({ id: programId }: { id: string }) {
  const t = useT();
  const funnel = useLoad(() => send('programs:funnel', { programId }), `program-funnel:${programId}`, {
    reads: ['application', 'intake', 'placement'],
  });
  return (
    <Section title={t('funnel.title')}>
      {!funnel.data ? (
        <Spinner label={t('common.loading')} inline />
      ) : (
        <ol className="status-counts funnel" aria-label={t('funnel.label')}>
          {STAGES.map((stage) => (
            <li key={stage} className="status-count" data-stage={stage}>
              <span className="status-count__number">{formatNumber(funnel.data![stage])}</span>
              <span className="status-count__label">{t(`funnel.${stage}`)}</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
