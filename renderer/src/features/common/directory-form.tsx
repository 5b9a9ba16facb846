import type { ReactNode } from 'react';
import { AltNamesEditor, type AltNameValue } from '../../components/alt-names-editor';
import { TextArea } from '../../components/text-field';
import { useT } from '../../i18n';
import { altNameLabels } from './alt-names';
import { errorsUnder, newKey } from './form-errors';
import type { EntityForm } from './use-entity-form';
import { RecordFormFrame } from './record-form-frame';

/** The fields every directory record (organisation, person) has besides its own. */
export type DirectoryFormValues = { altNames: AltNameValue[]; notes: string };

export type DirectoryFormProps = {
  heading: string;
  /** From `useEntityForm`. */
  form: EntityForm<DirectoryFormValues>;
  onCancel: () => void;
  /** The record's own fields, in the form grid before the notes. */
  children: ReactNode;
};

/**
 * An organisation or person form: the error summary, the record's fields, notes, the names in other
 * scripts, then Save and Cancel.
 */
export function DirectoryForm({ heading, form, onCancel, children }: DirectoryFormProps) {
  const t = useT();
  const { values, set, errors } = form;
  return (
    <RecordFormFrame heading={heading} form={form} onCancel={onCancel}>
      <div className="form-grid">
        {children}
        <TextArea label={t('common.notes')} value={values.notes} onChange={(notes) => set({ notes })} error={errors.notes} rows={4} className="span-3" />
      </div>
      <AltNamesEditor
        values={values.altNames}
        onChange={(altNames) => set({ altNames })}
        errors={errorsUnder(errors, 'altNames')}
        newKey={newKey}
        labels={altNameLabels(t)}
      />
    </RecordFormFrame>
  );
}
