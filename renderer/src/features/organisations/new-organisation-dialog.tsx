import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { OrganisationInput, type Organisation } from '../../../../shared/models/organisation';
import { notifySuccess } from '../common/notify';
import { RecordDialog } from '../common/record-dialog';
import { useEntityForm } from '../common/use-entity-form';
import { OrganisationCoreFields, organisationInput, organisationValues } from './organisation-fields';

export type NewOrganisationDialogProps = {
  /** What was typed in the picker: the new organisation's name to start from. */
  name: string;
  onCreated: (organisation: Organisation) => void;
  onCancel: () => void;
};

/** Creates a missing organisation from inside another form; the rest of its record can follow on its page. */
export function NewOrganisationDialog({ name, onCreated, onCancel }: NewOrganisationDialogProps) {
  const t = useT();
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
      <p className="hint-line">{t('organisation.restLater')}</p>
    </RecordDialog>
  );
}
