import { CheckboxField } from '../../../components/checkbox-field';
import { Select } from '../../../components/select-field';
import { useT } from '../../../i18n';
import { STATUSES_FROM_RECORDS } from '../../../../../shared/models/agreement';
import type { FieldsProps } from './terms-fields';
import type { StatusFromRecords } from './form-values';

/**
 * Where a new agreement stands: a draft that goes through its status steps, or one signed long ago
 * entered from the office's records directly as active, expired or terminated — in one step, and
 * with its signatories said to be not recorded when the records do not name them.
 */
export function EntryFields({ values, errors, set, isNew }: FieldsProps & { isNew: boolean }) {
  const t = useT();
  const fromRecords = values.statusFromRecords !== '' || values.fromRecords;
  return (
    <div className="form-grid">
      {isNew ? (
        <Select
          label={t('form.enterAs')}
          value={values.statusFromRecords}
          onChange={(status) => set({ statusFromRecords: status as '' | StatusFromRecords })}
          options={[
            { value: '', label: t('form.enterAsDraft') },
            ...STATUSES_FROM_RECORDS.map((status) => ({ value: status, label: t(`form.enterAs.${status}`) })),
          ]}
          error={errors.statusFromRecords}
          hint={t('form.enterAsHint')}
          className="span-2"
        />
      ) : null}
      {fromRecords ? (
        <CheckboxField
          label={t('form.signatoriesNotRecorded')}
          checked={!values.signatoriesRecorded}
          onChange={(notRecorded) => set({ signatoriesRecorded: !notRecorded })}
          hint={errors.signatoriesRecorded ?? t('form.signatoriesNotRecordedHint')}
        />
      ) : null}
    </div>
  );
}
