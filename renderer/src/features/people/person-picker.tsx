import type { FieldFrameOptions } from '../../components/field';
import { useT } from '../../i18n';
import { RecordPicker } from '../common/record-picker';
import { NewPersonDialog } from './new-person-dialog';

export type PersonPickerProps = FieldFrameOptions & {
  value: string;
  /** The chosen person's name when known. */
  name: string;
  onChange: (id: string, name: string) => void;
  /** People at this organisation are listed first, and a person created here starts there. */
  organisation?: { id: string; name: string };
  /** Offer to create a missing person in a dialog. */
  allowCreate?: boolean;
};

export function PersonPicker({ value, name, onChange, organisation, allowCreate, ...frame }: PersonPickerProps) {
  const t = useT();
  const near = organisation?.id
    ? { organisationId: organisation.id, here: t('person.atOrganisation'), elsewhere: t('person.elsewhere') }
    : undefined;
  return (
    <RecordPicker
      {...frame}
      source="people"
      value={value}
      selectedLabel={name}
      onChange={onChange}
      near={near}
      renderCreate={
        allowCreate
          ? ({ text, done, cancel }) => (
              <NewPersonDialog
                name={text}
                organisation={organisation?.id ? organisation : undefined}
                onCreated={(p) => done({ id: p.id, label: p.name })}
                onUseExisting={(p) => done({ id: p.id, label: p.name })}
                onCancel={cancel}
              />
            )
          : undefined
      }
    />
  );
}
