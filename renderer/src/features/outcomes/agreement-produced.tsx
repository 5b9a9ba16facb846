import { useState } from 'react';
import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatDate, useT } from '../../i18n';
import { itemProgressKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { ProducedItem } from '../../../../shared/models/outcome';
import { quietSince } from '../../../../shared/research/item-progress';
import { useLoad } from '../common/use-load';
import { LinkRecordDialog } from './link-record-dialog';
import { OutcomeList } from './outcome-list';

function ProducedRow({ produced, start, onLink }: { produced: ProducedItem; start: string | null; onLink: () => void }) {
  const t = useT();
  const { item, progress, outcomes } = produced;
  const quiet = progress === 'nothing_after_a_year';
  return (
    <li className={`produced__item produced__item--${progress}`} aria-label={item.description}>
      <div className="produced__head">
        <span className="produced__text pre-line">{item.description}</span>
        <span className={`chip chip--progress-${progress}`}>{t(itemProgressKey(progress))}</span>
      </div>
      {quiet && start ? <p className="produced__warning">{t('produced.quietSince', { date: formatDate(quietSince(start)) })}</p> : null}
      {progress === 'overdue' && item.dueOn ? <p className="produced__warning">{t('produced.overdueSince', { date: formatDate(item.dueOn) })}</p> : null}
      {outcomes.length > 0 ? <OutcomeList outcomes={outcomes} show="subject" /> : null}
      <div>
        <Button size="small" variant="ghost" onClick={onLink} aria-label={t('produced.linkFor', { item: item.description.slice(0, 60) })}>
          {t('produced.link')}
        </Button>
      </div>
    </li>
  );
}

/**
 * "What this agreement produced": each cooperation item with the projects, outputs, programs and events that
 * fulfil it, and how it is doing today; an item with nothing a year after the agreement took effect
 * stands out.
 */
export function AgreementProduced({ agreementId }: { agreementId: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const [linking, setLinking] = useState<{ id: string; description: string } | null>(null);
  const produced = useLoad(() => send('outcomes:produced', { agreementId }), `agreement-produced:${agreementId}`, {
    reads: ['outcome', 'agreement', 'project', 'program', 'event', 'placement'],
  });
  const data = produced.data;
  const quiet = data?.items.filter((i) => i.progress === 'nothing_after_a_year').length ?? 0;
  return (
    <Section
      title={t('produced.title')}
      className="produced"
      actions={
        <Button size="small" onClick={() => navigate({ view: 'new', area: 'projects', parentId: agreementId })}>
          {t('produced.newProject')}
        </Button>
      }
    >
      {!data ? (
        <Spinner label={t('common.loading')} inline />
      ) : data.items.length === 0 ? (
        <p className="muted">{t('produced.noItems')}</p>
      ) : (
        <>
          {quiet > 0 ? (
            <p className="produced__summary" role="status">
              {t('produced.quietCount', { count: quiet })}
            </p>
          ) : null}
          <ul className="produced__list">
            {data.items.map((entry) => (
              <ProducedRow key={entry.item.id} produced={entry} start={data.start} onLink={() => setLinking({ id: entry.item.id, description: entry.item.description })} />
            ))}
          </ul>
        </>
      )}
      {data && data.removed.length > 0 ? (
        <div className="produced__removed">
          <h3 className="subhead">{t('produced.removedTitle')}</h3>
          <p className="muted">{t('produced.removedBody')}</p>
          <OutcomeList outcomes={data.removed} show="subject" />
        </div>
      ) : null}
      {linking ? <LinkRecordDialog item={linking} onClose={() => setLinking(null)} /> : null}
    </Section>
  );
}
