import type { AltNameValue } from '../../components/alt-names-editor';
import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { orgKindKey } from '../../i18n/labels';
import { ORGANISATION_KINDS, type Organisation } from '../../../../shared/models/organisation';
import { altNamesInput, altNameValues } from '../common/alt-names';
import { CountryPicker } from '../common/country-picker';
import type { FieldErrors } from '../common/form-errors';

export type OrganisationFormValues = {
  name: string;
  altNames: AltNameValue[];
  kind: string;
  country: string;
  parentId: string;
  /** The parent's name, as its picker shows it. */
  parentName: string;
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
    parentName: org?.parentName ?? '',
    website: org?.website ?? '',
    notes: org?.notes ?? '',
  };
}

export function organisationInput(v: OrganisationFormValues) {
  return {
    name: v.name,
    altNames: altNamesInput(v.altNames),
    kind: v.kind,
    country: v.country,
    parentId: v.parentId || null,
    website: v.website,
    notes: v.notes,
  };
}

export type OrganisationCoreFieldsProps = {
  values: Pick<OrganisationFormValues, 'name' | 'kind' | 'country'>;
  errors: FieldErrors;
  set: (patch: Partial<OrganisationFormValues>) => void;
};

/** Name, kind and country: what every organisation needs, on its own page and when created inline. */
export function OrganisationCoreFields({ values, errors, set }: OrganisationCoreFieldsProps) {
  const t = useT();
  return (
    <>
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
      <CountryPicker
        label={t('organisation.country')}
        value={values.country}
        onChange={(country) => set({ country })}
        error={errors.country}
        hint={t('organisation.countryPickHint')}
      />
    </>
  );
}
