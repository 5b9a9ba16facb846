import type { AltNameValue } from '../../components/alt-names-editor';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { localToday } from '../../../../shared/calendar';
import type { Person } from '../../../../shared/models/person';
import { altNamesInput, altNameValues } from '../common/alt-names';
import type { FieldErrors } from '../common/form-errors';
import { OrganisationPicker } from '../organisations/organisation-picker';

export type PersonFormValues = {
  name: string;
  altNames: AltNameValue[];
  title: string;
  organisationId: string;
  /** The organisation's name, as its picker shows it. */
  organisationName: string;
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
    organisationName: person?.organisationName ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    notes: person?.notes ?? '',
    movedOn: localToday(),
  };
}

/** What `PersonInput` parses (the day of a move is the edit form's own business). */
export function personInput(v: PersonFormValues) {
  return {
    name: v.name,
    altNames: altNamesInput(v.altNames),
    title: v.title,
    organisationId: v.organisationId || null,
    email: v.email,
    phone: v.phone,
    notes: v.notes,
  };
}

export type PersonCoreFieldsProps = {
  values: Pick<PersonFormValues, 'name' | 'title' | 'organisationId' | 'organisationName'>;
  errors: FieldErrors;
  set: (patch: Partial<PersonFormValues>) => void;
  /** Whether a missing organisation may be created from here (not from inside a dialog). */
  createOrganisation: boolean;
};

/** Name, job title and organisation: on the person's own page and when created inline. */
export function PersonCoreFields({ values, errors, set, createOrganisation }: PersonCoreFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField label={t('person.name')} value={values.name} onChange={(name) => set({ name })} error={errors.name} required className="span-2" />
      <TextField label={t('person.jobTitle')} value={values.title} onChange={(title) => set({ title })} error={errors.title} />
      <OrganisationPicker
        label={t('person.organisation')}
        value={values.organisationId}
        name={values.organisationName}
        onChange={(organisationId, organisationName) => set({ organisationId, organisationName })}
        allowCreate={createOrganisation}
        error={errors.organisationId}
        className="span-2"
      />
    </>
  );
}
