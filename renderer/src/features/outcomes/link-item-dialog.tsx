import { Select } from '../../components/select-field';
import { TextArea } from '../../components/text-field';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { OutcomeSubject } from '../../../../shared/models/outcome';
import { notifySuccess } from '../common/notify';
import { RecordDialog } from '../common/record-dialog';
import { RecordPicker } from '../common/record-picker';
import { useEntityForm, type FormCheck } from '../common/use-entity-form';
import { useLoad } from '../common/use-load';

/** Something a record page can link: the record itself, or one of a project's outputs. */
export type LinkChoice = { subject: OutcomeSubject; label: string };

type Values = { choice: string; agreementId: string; agreementName: string; itemId: string; note: string };
type Link = { itemId: string; subject: OutcomeSubject; note: string };

const choiceKey = (subject: OutcomeSubject) => `${subject.kind}:${subject.id}`;

/**
 * From a record's page: choose which cooperation item of which agreement it (or one of its outputs)
 * fulfils, and say how. The record's own agreements come first; any agreement can be searched.
 */
export function LinkItemDialog({ choices, agreement, onClose }: { choices: readonly LinkChoice[]; agreement?: { id: string; name: string }; onClose: () => void }) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const validate = (v: Values): FormCheck<Link> => {
    const errors: Record<string, string> = {};
    const chosen = choices.find((c) => choiceKey(c.subject) === v.choice);
    if (!v.agreementId) errors.agreementId = t('outcome.chooseAgreement');
    else if (!v.itemId) errors.itemId = t('outcome.chooseItem');
    if (!chosen) errors['subject.id'] = t('common.choose');
    if (!chosen || Object.keys(errors).length) return { ok: false, errors };
    return { ok: true, value: { itemId: v.itemId, subject: chosen.subject, note: v.note } };
  };
  const form = useEntityForm<Values, Link>({
    initial: { choice: choices[0] ? choiceKey(choices[0].subject) : '', agreementId: agreement?.id ?? '', agreementName: agreement?.name ?? '', itemId: '', note: '' },
    validate,
    save: async (link) => {
      await send('outcomes:link', link);
      notifySuccess(t('outcome.linked'));
      invalidate(['outcome']);
      onClose();
    },
  });
  const { values, set, errors } = form;
  const chosenAgreement = useLoad(() => send('agreements:get', { id: values.agreementId }), `outcome-agreement:${values.agreementId}`, {
    skip: !values.agreementId,
    quiet: true,
  });
  const items = chosenAgreement.data?.id === values.agreementId ? chosenAgreement.data.items : [];
  return (
    <RecordDialog title={t('outcome.linkItemTitle')} form={form} submitLabel={t('outcome.link')} onCancel={onClose}>
      {choices.length > 1 ? (
        <Select
          label={t('outcome.what')}
          value={values.choice}
          onChange={(choice) => set({ choice })}
          options={choices.map((c) => ({ value: choiceKey(c.subject), label: c.label }))}
          error={errors['subject.id']}
        />
      ) : null}
      <RecordPicker
        label={t('outcome.agreement')}
        source="agreements"
        value={values.agreementId}
        selectedLabel={values.agreementName}
        onChange={(agreementId, agreementName) => set({ agreementId, agreementName, itemId: '' })}
        error={errors.agreementId}
        required
      />
      <Select
        label={t('outcome.item')}
        value={values.itemId}
        placeholder={values.agreementId && chosenAgreement.data && items.length === 0 ? t('outcome.noItems') : t('common.choose')}
        options={items.map((item) => ({ value: item.id, label: item.description.length > 120 ? `${item.description.slice(0, 117)}…` : item.description }))}
        onChange={(itemId) => set({ itemId })}
        error={errors.itemId}
        required
      />
      <TextArea label={t('outcome.note')} value={values.note} onChange={(note) => set({ note })} error={errors.note} rows={2} />
    </RecordDialog>
  );
}
