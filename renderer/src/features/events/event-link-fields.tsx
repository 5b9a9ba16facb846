import { Select } from '../../components/select-field';
import { Spinner } from '../../components/spinner';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { FieldErrors } from '../common/form-errors';
import { RecordPicker } from '../common/record-picker';
import { useLoad } from '../common/use-load';
import type { EventFormValues } from './event-form-values';

export type LinkFieldsProps = {
  values: EventFormValues;
  set: (patch: Partial<EventFormValues>) => void;
  errors: FieldErrors;
};

/** The agreement it belongs to and the cooperation item it fulfils (one of that agreement's items). */
export function EventAgreementFields({ values, set, errors }: LinkFieldsProps) {
  const t = useT();
  const agreement = useLoad(() => send('agreements:get', { id: values.agreementId }), `event-agreement:${values.agreementId}`, {
    skip: !values.agreementId,
    quiet: true,
    reads: ['agreement'],
  });
  const items = values.agreementId && agreement.data?.id === values.agreementId ? agreement.data.items : [];
  return (
    <div className="form-grid">
      <RecordPicker
        label={t('event.agreement')}
        source="agreements"
        value={values.agreementId}
        selectedLabel={values.agreementName}
        // Another agreement has other items: the chosen item goes with the agreement it belonged to.
        onChange={(agreementId, agreementName) => set({ agreementId, agreementName, cooperationItemId: agreementId === values.agreementId ? values.cooperationItemId : '' })}
        error={errors.agreementId}
        className="span-2"
      />
      <Select
        label={t('event.cooperationItem')}
        value={values.cooperationItemId}
        onChange={(cooperationItemId) => set({ cooperationItemId })}
        placeholder={t('common.none')}
        options={items.map((item) => ({ value: item.id, label: item.description }))}
        disabled={!values.agreementId}
        error={errors.cooperationItemId}
        className="span-3"
      />
    </div>
  );
}

/** A ceremony's signing records: the linked agreement's records, ticked when they were made here. */
export function SigningRecordsField({ values, set, errors }: LinkFieldsProps) {
  const t = useT();
  const records = useLoad(() => send('signing:list', { agreementId: values.agreementId }), `event-signing:${values.agreementId}`, {
    skip: !values.agreementId,
    quiet: true,
    reads: ['signing'],
  });
  const toggle = (id: string, on: boolean) =>
    set({ signingRecordIds: on ? [...values.signingRecordIds, id] : values.signingRecordIds.filter((linked) => linked !== id) });
  const problem = errors.signingRecordIds ?? Object.entries(errors).find(([path]) => path.startsWith('signingRecordIds.'))?.[1];
  return (
    <fieldset className="checkbox-group">
      <legend className="field__label">{t('event.signingRecords')}</legend>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {!values.agreementId ? (
        <p className="muted">{t('event.signingChooseAgreement')}</p>
      ) : !records.data ? (
        <Spinner label={t('common.loading')} inline />
      ) : records.data.length === 0 ? (
        <p className="muted">{t('event.noSigningRecords')}</p>
      ) : (
        <>
          <p className="muted">{t('event.signingHint')}</p>
          {records.data.map((record) => (
            <label key={record.id} className="checkbox">
              <input type="checkbox" checked={values.signingRecordIds.includes(record.id)} onChange={(event) => toggle(record.id, event.target.checked)} />
              <span>{t('event.signingRecord', { signatory: record.signatoryName, party: record.partyName, date: formatDate(record.signedOn) })}</span>
            </label>
          ))}
        </>
      )}
    </fieldset>
  );
}
