import { useLocale, useT } from '../../i18n';
import { countryName } from '../../../../shared/countries';
import { send } from '../../ipc/client';
import { OrganisationInput, type Organisation } from '../../../../shared/models/organisation';
import { DuplicateWarning } from '../common/duplicate-warning';
import { notifySuccess } from '../common/notify';
import { RecordDialog } from '../common/record-dialog';
import { useEntityForm } from '../common/use-entity-form';
import { OrganisationCoreFields, organisationInput, organisationValues } from './organisation-fields';

export type NewOrganisationDialogProps = {
  /** What was typed in the picker: the new organisation's name to start from. */
  name: string;
  onCreated: (organisation: Organisation) => void;
  /** The person chose an existing organisation the warning offered instead of creating one. */
  onUseExisting: (organisation: { id: string; name: string }) => void;
  onCancel: () => void;
};

/** Creates a missing organisation from inside another form; the rest of its record can follow on its page. */
export function NewOrganisationDialog({ name, onCreated, onUseExisting, onCancel }: NewOrganisationDialogProps) {
  const t = useT();
  const { ui } = useLocale();
  const form = useEntityForm({
    initial: { ...organisationValues(), name },
    toInput: organisationInput,
    parse: (input) => OrganisationInput.safeParse(input),
    save: async (values) => {
      const created = await send('organisations:create', values);
      notifySuccess(t('organisation.addedInline', { name: created.name }));
      onCreated(created);
    },
  });
  return (
    <RecordDialog title={t('organisation.newTitle')} form={form} submitLabel={t('picker.createSubmit')} onCancel={onCancel}>
      <OrganisationCoreFields values={form.values} errors={form.errors} set={form.set} />
      <DuplicateWarning
        channel="organisations:similar"
        name={form.values.name}
        describe={(code) => countryName(code, ui)}
        onUse={onUseExisting}
      />
      <p className="hint-line">{t('organisation.restLater')}</p>
    </RecordDialog>
  );
}
