import { Select } from '../../components/select-field';
import { TextArea } from '../../components/text-field';
import { useT, type MessageKey } from '../../i18n';
import { outcomeSubjectKey } from '../../i18n/labels';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { OUTCOME_SUBJECT_KINDS, type OutcomeSubjectKind } from '../../../../shared/models/outcome';
import { notifySuccess } from '../common/notify';
import { RecordDialog } from '../common/record-dialog';
import { RecordPicker } from '../common/record-picker';
import type { RecordSource } from '../common/use-record-search';
import { useEntityForm, type FormCheck } from '../common/use-entity-form';
import { useLoad } from '../common/use-load';

/** Which register each kind is picked from (an output through its project), and its words. */
const PICKERS = {
  project: { source: 'projects', label: 'outcome.project', choose: 'outcome.chooseProject' },
  output: { source: 'projects', label: 'outcome.project', choose: 'outcome.chooseProject' },
  program: { source: 'programs', label: 'outcome.program', choose: 'outcome.chooseProgram' },
  event: { source: 'events', label: 'outcome.event', choose: 'outcome.chooseEvent' },
  placement: { source: 'placements', label: 'outcome.placement', choose: 'outcome.choosePlacement' },
} as const satisfies Record<OutcomeSubjectKind, { source: RecordSource; label: MessageKey; choose: MessageKey }>;

type Values = { kind: OutcomeSubjectKind; recordId: string; recordName: string; outputId: string; note: string };
type Link = { itemId: string; subject: { kind: OutcomeSubjectKind; id: string }; note: string };

/**
 * From an agreement's cooperation item: choose the project, one of a project's outputs, the
 * program or the event that fulfils it, and say how.
 */
export function LinkRecordDialog({ item, onClose }: { item: { id: string; description: string }; onClose: () => void }) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const validate = (v: Values): FormCheck<Link> => {
    const errors: Record<string, string> = {};
    if (!v.recordId) errors.record = t(PICKERS[v.kind].choose);
    if (v.kind === 'output' && v.recordId && !v.outputId) errors['subject.id'] = t('outcome.chooseOutput');
    if (Object.keys(errors).length) return { ok: false, errors };
    return { ok: true, value: { itemId: item.id, subject: { kind: v.kind, id: v.kind === 'output' ? v.outputId : v.recordId }, note: v.note } };
  };
  const form = useEntityForm<Values, Link>({
    initial: { kind: 'project', recordId: '', recordName: '', outputId: '', note: '' },
    validate,
    save: async (link) => {
      await send('outcomes:link', link);
      notifySuccess(t('outcome.linked'));
      invalidate(['outcome']);
      onClose();
    },
  });
  const { values, set, errors } = form;
  const project = useLoad(() => send('projects:get', { id: values.recordId }), `outcome-project:${values.recordId}`, {
    skip: values.kind !== 'output' || !values.recordId,
    quiet: true,
  });
  return (
    <RecordDialog title={t('outcome.linkTitle')} form={form} submitLabel={t('outcome.link')} onCancel={onClose}>
      <p className="muted pre-line">{item.description}</p>
      <Select
        label={t('outcome.what')}
        value={values.kind}
        onChange={(kind) => set({ kind: kind as OutcomeSubjectKind, recordId: '', recordName: '', outputId: '' })}
        options={OUTCOME_SUBJECT_KINDS.map((kind) => ({ value: kind, label: t(outcomeSubjectKey(kind)) }))}
      />
      <RecordPicker
        key={PICKERS[values.kind].source}
        label={t(PICKERS[values.kind].label)}
        source={PICKERS[values.kind].source}
        value={values.recordId}
        selectedLabel={values.recordName}
        onChange={(recordId, recordName) => set({ recordId, recordName, outputId: '' })}
        error={errors.record ?? (values.kind === 'output' ? undefined : errors['subject.id'])}
        required
      />
      {values.kind === 'output' && values.recordId ? (
        <Select
          label={t('outcome.output')}
          value={values.outputId}
          placeholder={project.data && project.data.outputs.length === 0 ? t('outcome.noOutputs') : t('common.choose')}
          options={(project.data?.outputs ?? []).map((o) => ({ value: o.id, label: o.title }))}
          onChange={(outputId) => set({ outputId })}
          error={errors['subject.id']}
          required
        />
      ) : null}
      <TextArea label={t('outcome.note')} value={values.note} onChange={(note) => set({ note })} error={errors.note} rows={2} />
      {errors.itemId ? (
        <p className="field__error" role="alert">
          {errors.itemId}
        </p>
      ) : null}
    </RecordDialog>
  );
}
