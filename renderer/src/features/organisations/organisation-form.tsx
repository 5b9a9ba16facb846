import { TextField } from '../../components/text-field';
import { useLocale, useT } from '../../i18n';
import { useAppStore } from '../../store';
import { countryName } from '../../../../shared/countries';
import { OrganisationInput, type OrganisationValues } from '../../../../shared/models/organisation';
import { DirectoryForm } from '../common/directory-form';
import { DuplicateWarning } from '../common/duplicate-warning';
import { useEntityForm } from '../common/use-entity-form';
import { OrganisationCoreFields, organisationInput, type OrganisationFormValues } from './organisation-fields';
import { OrganisationPicker } from './organisation-picker';

// The values live beside the fields the create dialog shares; the form page imports them from here.
export { organisationInput, organisationValues, type OrganisationFormValues } from './organisation-fields';

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
  const { ui } = useLocale();
  const navigate = useAppStore((s) => s.navigate);
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
      <OrganisationCoreFields values={values} errors={errors} set={set} />
      <DuplicateWarning
        channel="organisations:similar"
        name={values.name}
        altNames={values.altNames.map((alt) => alt.name)}
        excludeId={selfId}
        describe={(code) => countryName(code, ui)}
        onUse={({ id }) => {
          // Choosing the existing one is leaving on purpose: no question about unsaved changes.
          form.release();
          navigate({ view: 'detail', area: 'organisations', id });
        }}
      />
      <OrganisationPicker
        label={t('organisation.parentSelect')}
        value={values.parentId}
        name={values.parentName}
        onChange={(parentId, parentName) => set({ parentId, parentName })}
        exclude={selfId}
        allowCreate
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
