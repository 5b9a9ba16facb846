import type { AltNameValue } from '../../components/alt-names-editor';
import { DateField } from '../../components/date-field';
import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { localToday } from '../../../../shared/calendar';
import { IsoDate } from '../../../../shared/models/common';
import { PersonInput, type Person } from '../../../../shared/models/person';
import { altNamesInput, altNameValues } from '../common/alt-names';
import { DirectoryForm } from '../common/directory-form';
import { useEntityForm } from '../common/use-entity-form';
import { useOrganisationOptions } from '../common/use-options';

/** The person's fields plus, when the organisation changed on edit, the day of the move. */
export const PersonFormSchema = PersonInput.extend({ movedOn: IsoDate.optional() });
export type PersonFormOutput = ReturnType<typeof PersonFormSchema.parse>;

export type PersonFormValues = {
  name: string;
  altNames: AltNameValue[];
  title: string;
  organisationId: string;
  email: string;
  phone: string;
  notes: string;
  movedOn: string;
};

export function personValues(person?: Person): PersonFormValues {
  return {
    name: person?.name ?? '',
    altNames: altNameValues(person?.altNames ?? []),
    title: person?.title ?? '',
    organisationId: person?.organisationId ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    notes: person?.notes ?? '',
    movedOn: localToday(),
  };
}

export type PersonFormProps = {
  heading: string;
  initial: PersonFormValues;
  /** The organisation the person had when editing began (null for a new person). */
  originalOrganisationId: string | null | undefined;
  onSave: (values: PersonFormOutput) => Promise<void>;
  onConflict: () => void;
  onCancel: () => void;
};

export function PersonForm({ heading, initial, originalOrganisationId, onSave, onConflict, onCancel }: PersonFormProps) {
  const t = useT();
  const organisations = useOrganisationOptions();
  const editing = originalOrganisationId !== undefined;
  const moved = (v: PersonFormValues) => editing && (v.organisationId || null) !== (originalOrganisationId ?? null);
  const form = useEntityForm({
    initial,
    toInput: (v: PersonFormValues) => ({
      name: v.name,
      altNames: altNamesInput(v.altNames),
      title: v.title,
      organisationId: v.organisationId || null,
      email: v.email,
      phone: v.phone,
      notes: v.notes,
      ...(moved(v) ? { movedOn: v.movedOn } : {}),
    }),
    parse: (input) => PersonFormSchema.safeParse(input),
    save: onSave,
    onConflict,
  });
  const { values, set, errors } = form;
  return (
    <DirectoryForm heading={heading} form={form} onCancel={onCancel}>
      <TextField label={t('person.name')} value={values.name} onChange={(name) => set({ name })} error={errors.name} required className="span-2" />
      <TextField label={t('person.jobTitle')} value={values.title} onChange={(title) => set({ title })} error={errors.title} />
      <Select
        label={t('person.organisation')}
        value={values.organisationId}
        onChange={(organisationId) => set({ organisationId })}
        placeholder={t('common.none')}
        options={organisations.options}
        error={errors.organisationId}
        className="span-2"
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
