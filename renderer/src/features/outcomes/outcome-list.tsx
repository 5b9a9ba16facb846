import { Button } from '../../components/button';
import { useT } from '../../i18n';
import { outcomeSubjectKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { routeHash, useAppStore, type Area } from '../../store';
import type { Outcome } from '../../../../shared/models/outcome';
import { notifyError, notifySuccess } from '../common/notify';

const SUBJECT_AREAS = { project: 'projects', output: 'projects', program: 'programs', event: 'events', placement: 'placements' } as const satisfies Record<Outcome['subject']['kind'], Area>;

/** Where an outcome's record is shown: an output on its project's page. */
export function subjectHref(subject: Outcome['subject']): string {
  return routeHash({ view: 'detail', area: SUBJECT_AREAS[subject.kind], id: subject.recordId });
}

/** Asks first, then removes the link; the unlink is in the audit log with the whole link. */
export function useUnlink(): (outcome: Outcome) => Promise<void> {
  const t = useT();
  const confirm = useAppStore((s) => s.confirm);
  const invalidate = useAppStore((s) => s.invalidate);
  return async (outcome) => {
    const ok = await confirm({
      title: t('outcome.unlinkTitle'),
      message: t('outcome.unlinkBody', { name: outcome.subject.name, item: outcome.itemDescription }),
      confirmLabel: t('outcome.unlink'),
      danger: true,
    });
    if (!ok) return;
    try {
      await send('outcomes:unlink', { id: outcome.id });
      notifySuccess(t('outcome.unlinked'));
      invalidate(['outcome']);
    } catch (error) {
      notifyError(error);
    }
  };
}

export type OutcomeListProps = {
  outcomes: readonly Outcome[];
  /** What each row names: the record that fulfils (on an agreement) or the item it fulfils (on a record). */
  show: 'subject' | 'item';
};

/** Outcomes as a list: each links to what it names, with its note and an Unlink button. */
export function OutcomeList({ outcomes, show }: OutcomeListProps) {
  const t = useT();
  const unlink = useUnlink();
  return (
    <ul className="outcome-list">
      {outcomes.map((outcome) => (
        <li key={outcome.id} className="outcome-list__item">
          <span className="outcome-list__what">
            {show === 'subject' ? (
              <>
                <span className="chip">{t(outcomeSubjectKey(outcome.subject.kind))}</span> <a href={subjectHref(outcome.subject)}>{outcome.subject.name}</a>
                {outcome.subject.context ? <span className="muted"> · {t('outcome.fromProject', { title: outcome.subject.context })}</span> : null}
                {outcome.itemRemoved ? <span className="muted pre-line"> · {t('outcome.forRemovedItem', { item: outcome.itemDescription })}</span> : null}
              </>
            ) : (
              <>
                <a href={routeHash({ view: 'detail', area: 'agreements', id: outcome.agreementId })}>{outcome.agreementName}</a>
                <span className="pre-line"> — {outcome.itemDescription}</span>
                {outcome.subject.kind === 'output' ? <span className="muted"> · {t('outcome.byOutput', { title: outcome.subject.name })}</span> : null}
              </>
            )}
          </span>
          <Button size="small" variant="ghost" onClick={() => void unlink(outcome)} aria-label={t('outcome.unlinkNamed', { name: outcome.subject.name })}>
            {t('outcome.unlink')}
          </Button>
          {outcome.note ? <span className="outcome-list__note pre-line muted">{outcome.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
