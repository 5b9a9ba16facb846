import { useState } from 'react';
import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { OutcomeSubject } from '../../../../shared/models/outcome';
import { useLoad } from '../common/use-load';
import { LinkItemDialog, type LinkChoice } from './link-item-dialog';
import { OutcomeList } from './outcome-list';

export type RecordOutcomesProps = {
  /** The record whose page this is (a project lists its outputs' links too). */
  subject: OutcomeSubject;
  /** What may be linked from here: the record, and a project's outputs. */
  choices: readonly LinkChoice[];
  /** The agreement the link dialog starts from (the record's first linked agreement). */
  agreement?: { id: string; name: string };
};

/** "Fulfils": the cooperation items this record (or one of its outputs) fulfils, and a way to link another. */
export function RecordOutcomes({ subject, choices, agreement }: RecordOutcomesProps) {
  const t = useT();
  const [linking, setLinking] = useState(false);
  const outcomes = useLoad(() => send('outcomes:list', { subject }), `record-outcomes:${subject.kind}:${subject.id}`, {
    reads: ['outcome', 'agreement', 'project', 'program', 'event', 'placement'],
  });
  return (
    <Section
      title={t('outcome.fulfils')}
      actions={
        <Button size="small" onClick={() => setLinking(true)}>
          {t('outcome.linkItem')}
        </Button>
      }
    >
      {!outcomes.data ? (
        <Spinner label={t('common.loading')} inline />
      ) : outcomes.data.length === 0 ? (
        <p className="muted">{t('outcome.fulfilsNone')}</p>
      ) : (
        <OutcomeList outcomes={outcomes.data} show="item" />
      )}
      {linking ? <LinkItemDialog choices={choices} agreement={agreement} onClose={() => setLinking(false)} /> : null}
    </Section>
  );
}
