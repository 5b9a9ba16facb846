import { DateField } from '../../../components/date-field';
import { Select } from '../../../components/select-field';
import { TextArea, TextField } from '../../../components/text-field';
import { formatDate, useT } from '../../../i18n';
import { agreementKindKey } from '../../../i18n/labels';
import { computeTerm } from '../../../../../shared/agreement-term';
import { AGREEMENT_KINDS, type AgreementKind } from '../../../../../shared/models/agreement';
import { isSignedTermPath } from '../../../../../shared/signed-terms';
import type { FieldErrors } from '../../common/form-errors';
import { RecordPicker } from '../../common/record-picker';
import type { AgreementFormValues } from './form-values';

export type FieldsProps = {
  values: AgreementFormValues;
  errors: FieldErrors;
  set: (patch: Partial<AgreementFormValues>) => void;
};

/** The expiry the duration implies, previewed with the same rule main stores; none when an expiry is typed. */
function durationHint(values: AgreementFormValues): string | undefined {
  const term = computeTerm(values);
  return term.computed && term.expiresOn ? term.expiresOn : undefined;
}

/** The signed terms: kind, title, purpose, dates, duration, place (read-only once signed). */
export function TermsFields({ values, errors, set }: FieldsProps) {
  const t = useT();
  const expiry = durationHint(values);
  return (
    <div className="form-grid">
      <Select
        label={t('form.kind')}
        value={values.kind}
        onChange={(kind) => set({ kind: kind as AgreementKind })}
        options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(agreementKindKey(kind)) }))}
        error={errors.kind}
        required
      />
      <TextField label={t('form.title')} value={values.title} onChange={(title) => set({ title })} error={errors.title} required className="span-2" />
      <TextArea label={t('form.purpose')} value={values.purpose} onChange={(purpose) => set({ purpose })} error={errors.purpose} className="span-3" />
      <DateField label={t('form.signedOn')} value={values.signedOn} onChange={(signedOn) => set({ signedOn })} error={errors.signedOn} />
      <DateField label={t('form.effectiveOn')} value={values.effectiveOn} onChange={(effectiveOn) => set({ effectiveOn })} error={errors.effectiveOn} />
      <DateField label={t('form.expiresOn')} value={values.expiresOn} onChange={(expiresOn) => set({ expiresOn })} error={errors.expiresOn} />
      <TextField
        label={t('form.duration')}
        value={values.duration}
        onChange={(duration) => set({ duration })}
        error={errors.duration}
        hint={expiry ? t('form.durationExpiry', { date: formatDate(expiry) }) : t('form.durationHint')}
      />
      <TextField
        label={t('form.signingPlace')}
        value={values.signingPlace}
        onChange={(signingPlace) => set({ signingPlace })}
        error={errors.signingPlace}
        className="span-2"
      />
    </div>
  );
}

/**
 * The register's own fields: reference, renewal notice, owner, tags, notes, and the parent agreement.
 * Once the agreement is `signed`, the parent is a signed term: shown read-only with the others, not here.
 */
export function RegisterFields({ values, errors, set, selfId, signed = false }: FieldsProps & { selfId?: string; signed?: boolean }) {
  const t = useT();
  const locked = (field: string) => signed && isSignedTermPath(field);
  return (
    <div className="form-grid">
      <TextField
        label={t('form.reference')}
        value={values.referenceNo}
        onChange={(referenceNo) => set({ referenceNo })}
        error={errors.referenceNo}
        hint={t('form.referenceHint')}
      />
      <TextField
        label={t('form.renewalNoticeDays')}
        value={values.renewalNoticeDays}
        onChange={(renewalNoticeDays) => set({ renewalNoticeDays })}
        error={errors.renewalNoticeDays}
        inputProps={{ inputMode: 'numeric' }}
      />
      <TextField label={t('form.owner')} value={values.owner} onChange={(owner) => set({ owner })} error={errors.owner} />
      {locked('parentId') ? null : (
        <RecordPicker
          source="agreements"
          label={t('form.parent')}
          value={values.parentId}
          selectedLabel={values.parentLabel}
          onChange={(parentId, parentLabel) => set({ parentId, parentLabel })}
          exclude={selfId}
          error={errors.parentId}
          className="span-2"
        />
      )}
      <TextField
        label={t('form.tags')}
        value={values.tags}
        onChange={(tags) => set({ tags })}
        error={errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1]}
        hint={t('form.tagsHint')}
      />
      <TextArea label={t('form.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={4} className="span-3" />
    </div>
  );
}
