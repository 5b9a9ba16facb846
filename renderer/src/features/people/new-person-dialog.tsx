import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { PersonInput, type Person } from '../../../../shared/models/person';
import { DuplicateWarning } from '../common/duplicate-warning';
import { notifySuccess } from '../common/notify';
import { RecordDialog } from '../common/record-dialog';
import { useEntityForm } from '../common/use-entity-form';
import { PersonCoreFields, personInput, personValues } from './person-fields';

export type NewPersonDialogProps = {
  /** What was typed in the picker: the new person's name to start from. */
  name: string;
  /** Where they work, when the form knows (a party's organisation for its signatory). */
  organisation?: { id: string; name: string };
  onCreated: (person: Person) => void;
  /** The person chose someone already in the register, as the warning offered, instead of a new record. */
  onUseExisting: (person: { id: string; name: string }) => void;
  onCancel: () => void;
};

/** Creates a missing person from inside another form; the rest of their record can follow on their page. */
export function NewPersonDialog({ name, organisation, onCreated, onUseExisting, onCancel }: NewPersonDialogProps) {
  const t = useT();
  const form = useEntityForm({
    initial: { ...personValues(), name, organisationId: organisation?.id ?? '', organisationName: organisation?.name ?? '' },
    toInput: personInput,
    parse: (input) => PersonInput.safeParse(input),
    save: async (values) => {
      const created = await send('people:create', values);
      notifySuccess(t('person.addedInline', { name: created.name }));
      onCreated(created);
    },
  });
  const { values, set, errors } = form;
  return (
    <RecordDialog title={t('person.newTitle')} form={form} submitLabel={t('picker.createSubmit')} onCancel={onCancel}>
      {/* No organisation is created from here: one dialog at a time. */}
      <PersonCoreFields values={values} errors={errors} set={set} createOrganisation={false} />
      <DuplicateWarning channel="people:similar" name={values.name} onUse={onUseExisting} />
      <TextField label={t('person.email')} type="email" value={values.email} onChange={(email) => set({ email })} error={errors.email} />
      <p className="hint-line">{t('person.restLater')}</p>
    </RecordDialog>
  );
}
