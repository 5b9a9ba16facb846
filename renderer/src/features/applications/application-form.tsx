import { localToday } from '../../../../shared/calendar';
import { DateField } from '../../components/date-field';
import { TextArea, TextField } from '../../components/text-field';
import { t as translate, useT } from '../../i18n';
import { ApplicationInput, type Application, type ApplicationValues } from '../../../../shared/models/application';
import type { Intake } from '../../../../shared/models/intake';
import { type FieldErrors } from '../common/form-errors';
import { RecordFormFrame } from '../common/record-form-frame';
import type { RecordFormProps } from '../common/record-form-page';
import { intakeLabel } from '../common/record-labels';
import { RecordPicker } from '../common/record-picker';
import { useEntityForm, type FormCheck, formCheck } from '../common/use-entity-form';
import { PersonPicker } from '../people/person-picker';

export type ApplicationFormValues = {
  applicantId: string;
  applicantName: string;
  intakeId: string;
  intakeLabel: string;
  submittedOn: string;
  score: string;
  reviewerNotes: string;
};

/** The form's values from the application being edited, or for a new one (to `intake`, when started from its page). */
export function applicationValues(application?: Application, intake?: Intake): ApplicationFormValues {
  return {
    applicantId: application?.applicantId ?? '',
    applicantName: application?.applicantName ?? '',
    intakeId: application?.intakeId ?? intake?.id ?? '',
    intakeLabel: application ? intakeLabel({ name: application.intakeName, programName: application.programName }) : intake ? intakeLabel(intake) : '',
    submittedOn: application?.submittedOn ?? localToday(),
    score: application?.score == null ? '' : String(application.score),
    reviewerNotes: application?.reviewerNotes ?? '',
  };
}

/** A score as typed: digits with a decimal point or comma; anything else is refused, never guessed at. */
const SCORE = /^\d+(?:[.,]\d+)?$/;

/** The shared schema over the typed values, so the form refuses what main would (range, one decimal). */
export function validateApplication(v: ApplicationFormValues): FormCheck<ApplicationValues> {
  const conversion: FieldErrors = {};
  const score = v.score.trim();
  if (score !== '' && !SCORE.test(score)) conversion.score = translate('application.scoreNumber');
  if (!v.applicantId) conversion.applicantId = translate('application.chooseApplicant');
  if (!v.intakeId) conversion.intakeId = translate('application.chooseIntake');
  const parsed = ApplicationInput.safeParse({
    applicantId: v.applicantId,
    intakeId: v.intakeId,
    submittedOn: v.submittedOn,
    score: score === '' || conversion.score ? null : Number(score.replace(',', '.')),
    reviewerNotes: v.reviewerNotes,
  });
  return formCheck(parsed, conversion);
}

export type ApplicationFormProps = Omit<RecordFormProps<Application, ApplicationValues>, 'base' | 'parent'> & { initial: ApplicationFormValues };

export function ApplicationForm({ heading, initial, onSave, onConflict, onCancel }: ApplicationFormProps) {
  const t = useT();
  const form = useEntityForm({ initial, validate: validateApplication, save: onSave, onConflict });
  const { values, set, errors } = form;
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        <PersonPicker
          label={t('application.applicant')}
          value={values.applicantId}
          name={values.applicantName}
          onChange={(applicantId, applicantName) => set({ applicantId, applicantName })}
          error={errors.applicantId}
          required
          allowCreate
        />
        <RecordPicker
          label={t('application.intake')}
          source="intakes"
          value={values.intakeId}
          selectedLabel={values.intakeLabel}
          onChange={(intakeId, label) => set({ intakeId, intakeLabel: label })}
          error={errors.intakeId}
          required
          className="span-2"
        />
        <DateField label={t('application.submittedOn')} value={values.submittedOn} onChange={(submittedOn) => set({ submittedOn })} error={errors.submittedOn} required />
        <TextField
          label={t('application.score')}
          value={values.score}
          onChange={(score) => set({ score })}
          error={errors.score}
          hint={t('application.scoreHint')}
          className="narrow"
          inputProps={{ inputMode: 'decimal' }}
        />
        <TextArea
          label={t('application.reviewerNotes')}
          value={values.reviewerNotes}
          onChange={(reviewerNotes) => set({ reviewerNotes })}
          error={errors.reviewerNotes}
          rows={4}
          className="span-3"
        />
      </div>
    </RecordFormFrame>
  );
}
