import type { AltNameValue } from '../../components/alt-names-editor';
import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { orgKindKey } from '../../i18n/labels';
import { ORGANISATION_KINDS, OrganisationInput, type Organisation, type OrganisationValues } from '../../../../shared/models/organisation';
import { altNamesInput, altNameValues } from '../common/alt-names';
import { DirectoryForm } from '../common/directory-form';
import { useEntityForm } from '../common/use-entity-form';
import { useOrganisationOptions } from '../common/use-options';

export type OrganisationFormValues = {
  name: string;
  altNames: AltNameValue[];
  kind: string;
  country: string;
  parentId: string;
  website: string;
  notes: string;
};

export function organisationValues(org?: Organisation): OrganisationFormValues {
  return {
    name: org?.name ?? '',
    altNames: altNameValues(org?.altNames ?? []),
    kind: org?.kind ?? '',
    country: org?.country ?? '',
    parentId: org?.parentId ?? '',
    website: org?.website ?? '',
    notes: org?.notes ?? '',
  };
}

export function organisationInput(v: OrganisationFormValues) {
  return {
    name: v.name,
    altNames: altNamesInput(v.altNames),
    kind: v.kind,
    country: v.country.trim().toUpperCase(),
    parentId: v.parentId || null,
    website: v.website,
    notes: v.notes,
  };
}

export type OrganisationFormProps = {
  heading: string;
  initial: OrganisationFormValues;
  selfId?: string;
  onSave: (values: OrganisationValues) => Promise<void>;
  onConflict: () => void;
  onCancel: () => void;
};

export function OrganisationForm({ heading, initial, selfId, onSave, onConflict, onCancel }: OrganisationFormProps) {
  const t = useT();
  const organisations = useOrganisationOptions();
  const form = useEntityForm({
    initial,
    toInput: organisationInput,
    parse: (input) => OrganisationInput.safeParse(input),
    save: onSave,
    onConflict,
  });
  const { values, set, errors } = form;
  return (
    <DirectoryForm heading={heading} form={form} onCancel={onCancel}>
      <TextField label={t('organisation.name')} value={values.name} onChange={(name) => set({ name })} error={errors.name} required className="span-2" />
      <Select
        label={t('organisation.kind')}
        value={values.kind}
        onChange={(kind) => set({ kind })}
        placeholder={t('common.choose')}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(orgKindKey(kind)) }))}
        error={errors.kind}
        required
      />
      <TextField
        label={t('organisation.countryCode')}
        value={values.country}
        onChange={(country) => set({ country: country.toUpperCase() })}
        error={errors.country}
        hint={t('organisation.countryHint')}
        inputProps={{ maxLength: 2 }}
      />
      <Select
        label={t('organisation.parentSelect')}
        value={values.parentId}
        onChange={(parentId) => set({ parentId })}
        placeholder={t('common.none')}
        options={organisations.options.filter((o) => o.value !== selfId)}
        error={errors.parentId}
        className="span-2"
      />
      <TextField
        label={t('organisation.website')}
        type="url"
        value={values.website}
        onChange={(website) => set({ website })}
        error={errors.website}
        className="span-3"
        inputProps={{ placeholder: 'https://' }}
      />
    </DirectoryForm>
  );
}
