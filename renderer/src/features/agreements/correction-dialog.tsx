import { TextArea } from '../../components/text-field';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { AgreementDetail, AgreementValues } from '../../../../shared/models/agreement';
import { type FieldErrors } from '../common/form-errors';
import { reasonProblem } from '../common/reason-problem';
import { RecordDialog } from '../common/record-dialog';
import { useEntityForm } from '../common/use-entity-form';
import { EntryFields } from './form/entry-fields';
import { validateAgreement } from './form/form-validate';
import { valuesFromDetail, type AgreementFormValues } from './form/form-values';
import { PartiesEditor } from './form/parties-editor';
import { TermsFields } from './form/terms-fields';

type CorrectionValues = AgreementFormValues & { reason: string };
type Correction = { values: AgreementValues; reason: string };

/** The agreement's own check plus a reason, which a correction must give. */
function validateCorrection(values: CorrectionValues): { ok: true; value: Correction } | { ok: false; errors: FieldErrors } {
  const agreement = validateAgreement(values);
  const reason = reasonProblem(values.reason);
  const errors: FieldErrors = { ...(agreement.ok ? {} : agreement.errors), ...(reason ? { reason } : {}) };
  if (agreement.ok && !reason) return { ok: true, value: { values: agreement.value, reason: values.reason } };
  return { ok: false, errors };
}

export type CorrectionDialogProps = {
  agreement: AgreementDetail;
  onCorrected: (next: AgreementDetail) => void;
  onCancel: () => void;
};

/**
 * Corrects signed terms that were copied into the register wrongly — a title, a date, the term,
 * a party or who signed — with a reason that goes into the history and the next signed summary.
 * Not an amendment: a change agreed with the partners is a follow-on agreement.
 */
export function CorrectionDialog({ agreement, onCorrected, onCancel }: CorrectionDialogProps) {
  const t = useT();
  const form = useEntityForm<CorrectionValues, Correction>({
    initial: { ...valuesFromDetail(agreement), reason: '' },
    validate: validateCorrection,
    save: async ({ values, reason }) => {
      const next = await send('agreements:correct', { id: agreement.id, expectedUpdatedAt: agreement.updatedAt, values, reason });
      onCorrected(next);
    },
  });
  const { values, errors, set } = form;
  return (
    <RecordDialog title={t('correction.title')} form={form} submitLabel={t('correction.save')} onCancel={onCancel}>
      <p className="note" role="note">
        {t('correction.body')}
      </p>
      <TermsFields values={values} errors={errors} set={set} />
      {values.fromRecords ? <EntryFields values={values} errors={errors} set={set} isNew={false} /> : null}
      <PartiesEditor parties={form.array('parties')} errors={errors} />
      <TextArea
        label={t('correction.reason')}
        value={values.reason}
        onChange={(reason) => set({ reason })}
        error={errors.reason}
        required
        className="span-3"
      />
    </RecordDialog>
  );
}
