import { DateField } from '../../../components/date-field';
import { Select } from '../../../components/select-field';
import { TextArea, TextField } from '../../../components/text-field';
import { formatDate, useT } from '../../../i18n';
import { agreementKindKey, termKindKey } from '../../../i18n/labels';
import { computeTerm, TERM_KINDS } from '../../../../../shared/agreement-term';
import { AGREEMENT_KINDS, type AgreementKind, type TermKind } from '../../../../../shared/models/agreement';
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

/** The term's fields for its kind: a length (and renewals) for fixed and renewing terms, the wording for the rest. */
function TermFields({ values, errors, set }: FieldsProps) {
  const t = useT();
  const expiry = durationHint(values);
  const kind = values.termKind;
  const hasLength = kind === 'fixed' || kind === 'auto_renewing';
  const lengthHint = kind === 'auto_renewing' ? t('form.durationHintAuto') : t('form.durationHint');
  const expiryHint = kind === 'auto_renewing' ? 'form.firstTermEnds' : 'form.durationExpiry';
  return (
    <>
      <Select
        label={t('form.termKind')}
        value={kind}
        onChange={(termKind) => set({ termKind: termKind as TermKind })}
        options={TERM_KINDS.map((value) => ({ value, label: t(termKindKey(value)) }))}
        error={errors.termKind}
      />
      <TextField
        label={hasLength ? t('form.duration') : t('form.termText')}
        value={values.duration}
        onChange={(duration) => set({ duration })}
        error={errors.duration}
        hint={expiry ? t(expiryHint, { date: formatDate(expiry) }) : hasLength ? lengthHint : t('form.termTextHint')}
        className="span-2"
      />
      {kind === 'auto_renewing' ? (
        <>
          <TextField
            label={t('form.renewalPeriod')}
            value={values.renewalPeriod}
            onChange={(renewalPeriod) => set({ renewalPeriod })}
            error={errors.renewalPeriodMonths}
            hint={t('form.renewalPeriodHint')}
          />
          <TextField
            label={t('form.renewalsSoFar')}
            value={values.renewalsSoFar}
            onChange={(renewalsSoFar) => set({ renewalsSoFar })}
            error={errors.renewalsSoFar}
            hint={t('form.renewalsSoFarHint')}
            inputProps={{ inputMode: 'numeric' }}
          />
        </>
      ) : null}
    </>
  );
}

/** The signed terms: kind, title, purpose, dates, the term, place (read-only once signed, except by a correction). */
export function TermsFields({ values, errors, set }: FieldsProps) {
  const t = useT();
  const dateHint = t('form.datePrecisionHint');
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
      <DateField label={t('form.signedOn')} value={values.signedOn} onChange={(signedOn) => set({ signedOn })} error={errors.signedOn} precision="any" hint={dateHint} />
      <DateField
        label={t('form.effectiveOn')}
        value={values.effectiveOn}
        onChange={(effectiveOn) => set({ effectiveOn })}
        error={errors.effectiveOn}
        precision="any"
        hint={dateHint}
      />
      <DateField label={t('form.expiresOn')} value={values.expiresOn} onChange={(expiresOn) => set({ expiresOn })} error={errors.expiresOn} precision="any" hint={dateHint} />
      <TermFields values={values} errors={errors} set={set} />
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
        label={t('form.renewalNotice')}
        value={values.renewalNotice}
        onChange={(renewalNotice) => set({ renewalNotice })}
        error={errors.renewalNoticeDays ?? errors.renewalNoticeMonths}
        hint={t('form.renewalNoticeHint')}
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
