import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { IsoDate } from '../../../../shared/models/common';
import { PersonInput } from '../../../../shared/models/person';
import { DirectoryForm } from '../common/directory-form';
import { DuplicateWarning } from '../common/duplicate-warning';
import { useEntityForm } from '../common/use-entity-form';
import { PersonCoreFields, personInput, type PersonFormValues } from './person-fields';

// The values live beside the fields the create dialog shares; the form page imports them from here.
export { personValues, type PersonFormValues } from './person-fields';

/** The person's fields plus, when the organisation changed on edit, the day of the move. */
export const PersonFormSchema = PersonInput.extend({ movedOn: IsoDate.optional() });
export type PersonFormOutput = ReturnType<typeof PersonFormSchema.parse>;

export type PersonFormProps = {
  heading: string;
  initial: PersonFormValues;
  /** The organisation the person had when editing began (null for a new person). */
  originalOrganisationId: string | null | undefined;
  /** The person being edited (never their own duplicate). */
  selfId?: string;
  onSave: (values: PersonFormOutput) => Promise<void>;
  onConflict: () => void;
  onCancel: () => void;
};

export function PersonForm({ heading, initial, originalOrganisationId, selfId, onSave, onConflict, onCancel }: PersonFormProps) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const editing = originalOrganisationId !== undefined;
  const moved = (v: PersonFormValues) => editing && (v.organisationId || null) !== (originalOrganisationId ?? null);
  const form = useEntityForm({
    initial,
    toInput: (v: PersonFormValues) => ({ ...personInput(v), ...(moved(v) ? { movedOn: v.movedOn } : {}) }),
    parse: (input) => PersonFormSchema.safeParse(input),
    save: onSave,
    onConflict,
  });
  const { values, set, errors } = form;
  return (
    <DirectoryForm heading={heading} form={form} onCancel={onCancel}>
      <PersonCoreFields values={values} errors={errors} set={set} createOrganisation />
      <DuplicateWarning
        channel="people:similar"
        name={values.name}
        altNames={values.altNames.map((alt) => alt.name)}
        excludeId={selfId}
        onUse={({ id }) => {
          // Choosing the existing one is leaving on purpose: no question about unsaved changes.
          form.release();
          navigate({ view: 'detail', area: 'people', id });
        }}
      />
      {moved(values) ? (
        <DateField
          label={t('person.movedOn')}
          value={values.movedOn}
          onChange={(movedOn) => set({ movedOn })}
          error={errors.movedOn}
          hint={t('person.movedOnHint')}
          required
        />
      ) : (
        <div />
      )}
      <TextField label={t('person.email')} type="email" value={values.email} onChange={(email) => set({ email })} error={errors.email} />
      <TextField label={t('person.phone')} type="tel" value={values.phone} onChange={(phone) => set({ phone })} error={errors.phone} />
      <div />
    </DirectoryForm>
  );
}
