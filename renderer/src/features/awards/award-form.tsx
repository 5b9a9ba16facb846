import { Button } from '../../components/button';
import { DateField } from '../../components/date-field';
import { Section } from '../../components/section';
import { Select } from '../../components/select-field';
import { TextArea, TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { scholarshipKindKey } from '../../i18n/labels';
import type { Award, AwardValues } from '../../../../shared/models/award';
import { SCHOLARSHIP_COMPONENTS, type ScholarshipComponentKind } from '../../../../shared/models/program';
import type { FieldArray } from '../common/field-array';
import type { FieldErrors } from '../common/form-errors';
import { RecordFormFrame } from '../common/record-form-frame';
import type { RecordFormProps } from '../common/record-form-page';
import { RecordPicker } from '../common/record-picker';
import { useEntityForm } from '../common/use-entity-form';
import { ScholarshipEditor } from '../programs/program-editors';
import { emptyPayment, validateAward, type AwardFormValues, type PaymentValues } from './award-form-values';

/** The schedule: each sum with its due date, the component it pays, amount and currency, and its paid date (empty: planned). */
function PaymentsEditor({ payments, errors, last }: { payments: FieldArray<PaymentValues>; errors: FieldErrors; last: AwardFormValues['components'][number] | undefined }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {payments.rows.map((payment, index) => {
        const e = (field: string) => errors[`payments.${index}.${field}`];
        return (
          <div key={payment.key} className="row-card" role="group" aria-label={t('award.payment', { n: index + 1 })}>
            <div className="form-grid">
              <DateField label={t('award.dueOn')} value={payment.dueOn} onChange={(dueOn) => payments.update(index, { dueOn })} error={e('dueOn')} required />
              <Select
                label={t('award.component')}
                value={payment.component}
                onChange={(component) => payments.update(index, { component: component as ScholarshipComponentKind })}
                options={SCHOLARSHIP_COMPONENTS.map((kind) => ({ value: kind, label: t(scholarshipKindKey(kind)) }))}
                error={e('component')}
              />
              <div className="field-pair">
                <TextField
                  label={t('program.amount')}
                  value={payment.amount}
                  onChange={(amount) => payments.update(index, { amount })}
                  error={e('amountMinor')}
                  className="grow"
                  required
                  inputProps={{ inputMode: 'decimal' }}
                />
                <TextField
                  label={t('program.currency')}
                  value={payment.currency}
                  onChange={(currency) => payments.update(index, { currency: currency.toUpperCase() })}
                  error={e('currency')}
                  className="narrow"
                  required
                  inputProps={{ maxLength: 3, placeholder: 'KRW' }}
                />
              </div>
              <DateField label={t('award.paidOn')} value={payment.paidOn} onChange={(paidOn) => payments.update(index, { paidOn })} error={e('paidOn')} hint={t('award.paidOnHint')} />
            </div>
            <Button size="small" variant="ghost" onClick={() => payments.remove(index)}>
              {t('award.removePayment')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => payments.add(emptyPayment(last))}>{t('award.addPayment')}</Button>
    </div>
  );
}

export type AwardFormProps = Omit<RecordFormProps<Award, AwardValues>, 'base' | 'parent'> & { initial: AwardFormValues };

export function AwardForm({ heading, initial, onSave, onConflict, onCancel }: AwardFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validateAward, save: onSave, onConflict });
  const { values, set, errors } = form;
  const components = form.array('components');
  const payments = form.array('payments');
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        <RecordPicker
          label={t('award.application')}
          source="acceptedApplications"
          value={values.applicationId}
          selectedLabel={values.applicationLabel}
          onChange={(applicationId, applicationLabel) => set({ applicationId, applicationLabel })}
          error={errors.applicationId}
          hint={t('award.applicationHint')}
          required
          className="span-2"
        />
        <DateField label={t('award.awardedOn')} value={values.awardedOn} onChange={(awardedOn) => set({ awardedOn })} error={errors.awardedOn} required />
      </div>
      <Section title={t('award.components')}>
        {errors.components ? <p className="field__error">{errors.components}</p> : null}
        <ScholarshipEditor parts={components} errors={errors} path="components" />
      </Section>
      <Section title={t('award.payments')}>
        <PaymentsEditor payments={payments} errors={errors} last={values.components.at(-1)} />
      </Section>
      <div className="form-grid">
        <TextArea label={t('common.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={3} className="span-3" />
      </div>
    </RecordFormFrame>
  );
}
