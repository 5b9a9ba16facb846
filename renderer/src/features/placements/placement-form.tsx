import { DateField } from '../../components/date-field';
import { Select } from '../../components/select-field';
import { TextArea, TextField } from '../../components/text-field';
import { t as translate, useT } from '../../i18n';
import { minorToDecimal, parseMoney } from '../../../../shared/money';
import { PlacementInput, STIPEND_PERIODS, type Placement, type PlacementValues, type StipendPeriod } from '../../../../shared/models/placement';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import { type FieldErrors } from '../common/form-errors';
import { RecordFormFrame } from '../common/record-form-frame';
import type { RecordFormProps } from '../common/record-form-page';
import { RecordPicker } from '../common/record-picker';
import { useEntityForm, type FormCheck, formCheck } from '../common/use-entity-form';
import { OrganisationPicker } from '../organisations/organisation-picker';
import { PersonPicker } from '../people/person-picker';

export type PlacementFormValues = {
  internId: string;
  internName: string;
  hostId: string;
  hostName: string;
  supervisorId: string;
  supervisorName: string;
  programId: string;
  programName: string;
  agreementId: string;
  agreementLabel: string;
  startsOn: string;
  endsOn: string;
  evaluationDueOn: string;
  stipend: string;
  stipendCurrency: string;
  stipendPer: StipendPeriod;
  notes: string;
};

/** The form's values from the placement being edited, or for a new one (under `agreement`, when started from its page). */
export function placementValues(placement?: Placement, agreement?: AgreementDetail): PlacementFormValues {
  return {
    internId: placement?.internId ?? '',
    internName: placement?.internName ?? '',
    hostId: placement?.hostId ?? '',
    hostName: placement?.hostName ?? '',
    supervisorId: placement?.supervisorId ?? '',
    supervisorName: placement?.supervisorName ?? '',
    programId: placement?.programId ?? '',
    programName: placement?.programName ?? '',
    agreementId: placement?.agreementId ?? agreement?.id ?? '',
    agreementLabel: placement?.agreementTitle ?? agreement?.title ?? '',
    startsOn: placement?.startsOn ?? '',
    endsOn: placement?.endsOn ?? '',
    evaluationDueOn: placement?.evaluationDueOn ?? '',
    stipend: placement?.stipendMinor != null && placement.stipendCurrency ? minorToDecimal(placement.stipendMinor, placement.stipendCurrency) : '',
    stipendCurrency: placement?.stipendCurrency ?? '',
    stipendPer: placement?.stipendPer ?? 'month',
    notes: placement?.notes ?? '',
  };
}

/** The shared schema over the typed values, so the form refuses what main would (an end before the start, a stipend without currency). */
export function validatePlacement(v: PlacementFormValues): FormCheck<PlacementValues> {
  const conversion: FieldErrors = {};
  if (!v.internId) conversion.internId = translate('placement.chooseIntern');
  if (!v.hostId) conversion.hostId = translate('placement.chooseHost');
  const currency = v.stipendCurrency.trim().toUpperCase();
  let stipendMinor: number | null = null;
  if (v.stipend.trim() !== '') {
    const parsed = parseMoney(v.stipend, currency || 'XXX');
    if (parsed.ok) stipendMinor = parsed.minor;
    else conversion.stipendMinor = parsed.message;
  }
  const parsed = PlacementInput.safeParse({
    internId: v.internId,
    hostId: v.hostId,
    supervisorId: v.supervisorId || null,
    programId: v.programId || null,
    agreementId: v.agreementId || null,
    startsOn: v.startsOn,
    endsOn: v.endsOn || null,
    evaluationDueOn: v.evaluationDueOn || null,
    stipendMinor,
    stipendCurrency: currency || null,
    stipendPer: v.stipendPer,
    notes: v.notes,
  });
  return formCheck(parsed, conversion);
}

export type PlacementFormProps = Omit<RecordFormProps<Placement, PlacementValues>, 'base' | 'parent'> & { initial: PlacementFormValues };

export function PlacementForm({ heading, initial, onSave, onConflict, onCancel }: PlacementFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validatePlacement, save: onSave, onConflict });
  const { values, set, errors } = form;
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        <PersonPicker
          label={t('placement.intern')}
          value={values.internId}
          name={values.internName}
          onChange={(internId, internName) => set({ internId, internName })}
          error={errors.internId}
          required
          allowCreate
        />
        <OrganisationPicker
          label={t('placement.host')}
          value={values.hostId}
          name={values.hostName}
          onChange={(hostId, hostName) => set({ hostId, hostName })}
          error={errors.hostId}
          required
          allowCreate
        />
        <PersonPicker
          label={t('placement.supervisor')}
          value={values.supervisorId}
          name={values.supervisorName}
          onChange={(supervisorId, supervisorName) => set({ supervisorId, supervisorName })}
          organisation={values.hostId ? { id: values.hostId, name: values.hostName } : undefined}
          error={errors.supervisorId}
          allowCreate
        />
        <RecordPicker
          label={t('placement.program')}
          source="programs"
          value={values.programId}
          selectedLabel={values.programName}
          onChange={(programId, programName) => set({ programId, programName })}
          error={errors.programId}
        />
        <RecordPicker
          label={t('placement.agreement')}
          source="agreements"
          value={values.agreementId}
          selectedLabel={values.agreementLabel}
          onChange={(agreementId, agreementLabel) => set({ agreementId, agreementLabel })}
          error={errors.agreementId}
          className="span-2"
        />
        <DateField
          label={t('placement.startsOn')}
          value={values.startsOn}
          onChange={(startsOn) => set({ startsOn })}
          error={errors.startsOn}
          precision="any"
          hint={t('placement.dateHint')}
          required
        />
        <DateField label={t('placement.endsOn')} value={values.endsOn} onChange={(endsOn) => set({ endsOn })} error={errors.endsOn} precision="any" />
        <DateField
          label={t('placement.evaluationDueOn')}
          value={values.evaluationDueOn}
          onChange={(evaluationDueOn) => set({ evaluationDueOn })}
          error={errors.evaluationDueOn}
        />
        <TextField
          label={t('placement.stipendAmount')}
          value={values.stipend}
          onChange={(stipend) => set({ stipend })}
          error={errors.stipendMinor}
          inputProps={{ inputMode: 'decimal' }}
        />
        <TextField
          label={t('placement.stipendCurrency')}
          value={values.stipendCurrency}
          onChange={(stipendCurrency) => set({ stipendCurrency: stipendCurrency.toUpperCase() })}
          error={errors.stipendCurrency}
          className="narrow"
          inputProps={{ maxLength: 3, placeholder: 'KRW' }}
        />
        <Select
          label={t('placement.stipendPer')}
          value={values.stipendPer}
          onChange={(stipendPer) => set({ stipendPer: stipendPer as StipendPeriod })}
          options={STIPEND_PERIODS.map((per) => ({ value: per, label: t(`placement.stipendPer.${per}`) }))}
        />
        <TextArea label={t('placement.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={4} className="span-3" />
      </div>
    </RecordFormFrame>
  );
}
