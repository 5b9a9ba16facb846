import { DateField } from '../../components/date-field';
import { TextArea, TextField } from '../../components/text-field';
import { t as translate, useT } from '../../i18n';
import { IntakeInput, type Intake, type IntakeValues } from '../../../../shared/models/intake';
import { type FieldErrors } from '../common/form-errors';
import { RecordPicker } from '../common/record-picker';
import { useEntityForm, type FormCheck, formCheck } from '../common/use-entity-form';
import { RecordFormFrame } from '../common/record-form-frame';

export type IntakeFormValues = {
  programId: string;
  programName: string;
  name: string;
  applicationsOpenOn: string;
  applicationsCloseOn: string;
  screeningStartsOn: string;
  screeningEndsOn: string;
  startsOn: string;
  places: string;
  notes: string;
};

const DATES = ['applicationsOpenOn', 'applicationsCloseOn', 'screeningStartsOn', 'screeningEndsOn', 'startsOn'] as const;

export function intakeValues(intake?: Intake, program?: { id: string; name: string }): IntakeFormValues {
  return {
    programId: intake?.programId ?? program?.id ?? '',
    programName: intake?.programName ?? program?.name ?? '',
    name: intake?.name ?? '',
    applicationsOpenOn: intake?.applicationsOpenOn ?? '',
    applicationsCloseOn: intake?.applicationsCloseOn ?? '',
    screeningStartsOn: intake?.screeningStartsOn ?? '',
    screeningEndsOn: intake?.screeningEndsOn ?? '',
    startsOn: intake?.startsOn ?? '',
    places: intake?.places == null ? '' : String(intake.places),
    notes: intake?.notes ?? '',
  };
}

/** The shared schema over the typed values; places must be a whole number as typed, never guessed at. */
export function validateIntake(v: IntakeFormValues): FormCheck<IntakeValues> {
  const conversion: FieldErrors = {};
  const places = v.places.trim().replace(/[\s,_]/g, '');
  if (places !== '' && !/^\d+$/.test(places)) conversion.places = translate('intake.placesNumber');
  if (!v.programId) conversion.programId = translate('intake.chooseProgram');
  const input = {
    programId: v.programId,
    name: v.name,
    ...Object.fromEntries(DATES.map((field) => [field, v[field] === '' ? null : v[field]])),
    places: places === '' || conversion.places ? null : Number(places),
    notes: v.notes,
  };
  const parsed = IntakeInput.safeParse(input);
  return formCheck(parsed, conversion);
}

export type IntakeFormProps = {
  heading: string;
  initial: IntakeFormValues;
  onSave: (values: IntakeValues) => Promise<void>;
  onConflict: () => void;
  onCancel: () => void;
};

export function IntakeForm({ heading, initial, onSave, onConflict, onCancel }: IntakeFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validateIntake, save: onSave, onConflict });
  const { values, set, errors } = form;
  const date = (field: (typeof DATES)[number]) => (
    <DateField label={t(`intake.${field}`)} value={values[field]} onChange={(value) => set({ [field]: value })} error={errors[field]} />
  );
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        <RecordPicker
          label={t('intake.program')}
          source="programs"
          value={values.programId}
          selectedLabel={values.programName}
          onChange={(programId, programName) => set({ programId, programName })}
          error={errors.programId}
          required
          className="span-2"
        />
        <TextField label={t('intake.name')} value={values.name} onChange={(name) => set({ name })} error={errors.name} required inputProps={{ placeholder: '2026 intake' }} />
        {date('applicationsOpenOn')}
        {date('applicationsCloseOn')}
        <span />
        {date('screeningStartsOn')}
        {date('screeningEndsOn')}
        <span />
        {date('startsOn')}
        <TextField
          label={t('intake.places')}
          value={values.places}
          onChange={(places) => set({ places })}
          error={errors.places}
          className="narrow"
          inputProps={{ inputMode: 'numeric' }}
        />
        <TextArea label={t('common.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={3} className="span-3" />
      </div>
    </RecordFormFrame>
  );
}
