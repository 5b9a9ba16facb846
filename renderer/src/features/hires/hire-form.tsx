import { DateField } from '../../components/date-field';
import { Select } from '../../components/select-field';
import { TextArea, TextField } from '../../components/text-field';
import { t as translate, useT } from '../../i18n';
import { HIRE_KINDS, HireInput, type Hire, type HireKind, type HireValues } from '../../../../shared/models/hire';
import type { Placement } from '../../../../shared/models/placement';
import { type FieldErrors } from '../common/form-errors';
import { RecordFormFrame } from '../common/record-form-frame';
import type { RecordFormProps } from '../common/record-form-page';
import { RecordPicker } from '../common/record-picker';
import { useEntityForm, type FormCheck, formCheck } from '../common/use-entity-form';
import { OrganisationPicker } from '../organisations/organisation-picker';
import { PersonPicker } from '../people/person-picker';

export type HireFormValues = {
  personId: string;
  personName: string;
  organisationId: string;
  organisationName: string;
  hiredOn: string;
  kind: HireKind;
  title: string;
  agreementId: string;
  agreementLabel: string;
  programId: string;
  programName: string;
  placementId: string;
  notes: string;
};

/**
 * The form's values from the hire being edited, or for a new one. Started from a placement marked
 * hired, it is that intern hired by the host, under the placement's program and agreement; the date
 * is left for the person to give (a hire's day is not the placement's).
 */
export function hireValues(hire?: Hire, placement?: Placement): HireFormValues {
  return {
    personId: hire?.personId ?? placement?.internId ?? '',
    personName: hire?.personName ?? placement?.internName ?? '',
    organisationId: hire?.organisationId ?? placement?.hostId ?? '',
    organisationName: hire?.organisationName ?? placement?.hostName ?? '',
    hiredOn: hire?.hiredOn ?? '',
    kind: hire?.kind ?? (placement ? 'intern_hired' : 'graduate_hired'),
    title: hire?.title ?? '',
    agreementId: hire?.agreementId ?? placement?.agreementId ?? '',
    agreementLabel: hire?.agreementTitle ?? placement?.agreementTitle ?? '',
    programId: hire?.programId ?? placement?.programId ?? '',
    programName: hire?.programName ?? placement?.programName ?? '',
    placementId: hire?.placementId ?? placement?.id ?? '',
    notes: hire?.notes ?? '',
  };
}

export function validateHire(v: HireFormValues): FormCheck<HireValues> {
  const conversion: FieldErrors = {};
  if (!v.personId) conversion.personId = translate('hire.choosePerson');
  if (!v.organisationId) conversion.organisationId = translate('hire.chooseOrganisation');
  const parsed = HireInput.safeParse({
    personId: v.personId,
    organisationId: v.organisationId,
    hiredOn: v.hiredOn,
    kind: v.kind,
    title: v.title,
    agreementId: v.agreementId || null,
    programId: v.programId || null,
    placementId: v.placementId || null,
    notes: v.notes,
  });
  return formCheck(parsed, conversion);
}

export type HireFormProps = Omit<RecordFormProps<Hire, HireValues>, 'base' | 'parent'> & { initial: HireFormValues };

export function HireForm({ heading, initial, onSave, onConflict, onCancel }: HireFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validateHire, save: onSave, onConflict });
  const { values, set, errors } = form;
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        <PersonPicker
          label={t('hire.person')}
          value={values.personId}
          name={values.personName}
          onChange={(personId, personName) => set({ personId, personName })}
          error={errors.personId}
          required
          allowCreate
        />
        <OrganisationPicker
          label={t('hire.organisation')}
          value={values.organisationId}
          name={values.organisationName}
          onChange={(organisationId, organisationName) => set({ organisationId, organisationName })}
          error={errors.organisationId}
          required
          allowCreate
        />
        <DateField label={t('hire.hiredOn')} value={values.hiredOn} onChange={(hiredOn) => set({ hiredOn })} error={errors.hiredOn} precision="any" hint={t('placement.dateHint')} required />
        <Select
          label={t('hire.kind')}
          value={values.kind}
          onChange={(kind) => set({ kind: kind as HireKind })}
          options={HIRE_KINDS.map((kind) => ({ value: kind, label: t(`hire.kind.${kind}`) }))}
          error={errors.kind}
        />
        <TextField label={t('hire.title')} value={values.title} onChange={(title) => set({ title })} error={errors.title} />
        <RecordPicker
          label={t('hire.program')}
          source="programs"
          value={values.programId}
          selectedLabel={values.programName}
          onChange={(programId, programName) => set({ programId, programName })}
          error={errors.programId}
        />
        <RecordPicker
          label={t('hire.agreement')}
          source="agreements"
          value={values.agreementId}
          selectedLabel={values.agreementLabel}
          onChange={(agreementId, agreementLabel) => set({ agreementId, agreementLabel })}
          error={errors.agreementId}
          className="span-2"
        />
        <TextArea label={t('hire.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={3} className="span-3" />
      </div>
    </RecordFormFrame>
  );
}
