import type { FieldFrameOptions } from '../../components/field';
import { RecordPicker } from '../common/record-picker';
import { NewOrganisationDialog } from './new-organisation-dialog';

export type OrganisationPickerProps = FieldFrameOptions & {
  value: string;
  /** The chosen organisation's name when known. */
  name: string;
  onChange: (id: string, name: string) => void;
  /** Offer to create a missing organisation in a dialog (not from inside another dialog). */
  allowCreate?: boolean;
  /** The organisation being edited, which cannot be its own parent. */
  exclude?: string;
};

export function OrganisationPicker({ value, name, onChange, allowCreate, exclude, ...frame }: OrganisationPickerProps) {
  return (
    <RecordPicker
      {...frame}
      source="organisations"
      value={value}
      selectedLabel={name}
      onChange={onChange}
      exclude={exclude}
      renderCreate={
        allowCreate
          ? ({ text, done, cancel }) => (
              <NewOrganisationDialog
                name={text}
                onCreated={(o) => done({ id: o.id, label: o.name })}
                onUseExisting={(o) => done({ id: o.id, label: o.name })}
                onCancel={cancel}
              />
            )
          : undefined
      }
    />
  );
}
