import { useId } from 'react';
import { CheckboxField } from '../../components/checkbox-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { knownTimeZones } from '../../../../shared/time-zone';
import type { FieldErrors } from '../common/form-errors';
import type { EventFormValues } from './event-form-values';

export type TimingFieldsProps = {
  values: EventFormValues;
  set: (patch: Partial<EventFormValues>) => void;
  errors: FieldErrors;
};

/** When it is: all day or times, start and end, and the zone they are in (suggested from the zones this system knows). */
export function EventTimingFields({ values, set, errors }: TimingFieldsProps) {
  const t = useT();
  const zones = useId();
  // A new start moves an end that was empty or on the same day along with it, where anyone can see it.
  const setStart = (startsOn: string) => set(values.endsOn === '' || values.endsOn === values.startsOn ? { startsOn, endsOn: startsOn } : { startsOn });
  const time = (field: 'startTime' | 'endTime') => (
    <TextField
      label={t(`event.${field}`)}
      value={values[field]}
      onChange={(value) => set({ [field]: value })}
      error={errors[field]}
      className="narrow"
      required
      hint={t('event.timeHint')}
      inputProps={{ placeholder: '19:00', inputMode: 'numeric', maxLength: 5 }}
    />
  );
  return (
    <div className="form-grid">
      <div className="span-3">
        <CheckboxField label={t('event.allDay')} checked={values.allDay} onChange={(allDay) => set({ allDay })} />
      </div>
      <DateField label={t('event.startsOn')} value={values.startsOn} onChange={setStart} error={errors.startsOn} required />
      {values.allDay ? null : time('startTime')}
      <TextField
        label={t('event.timeZone')}
        value={values.timeZone}
        onChange={(timeZone) => set({ timeZone })}
        error={errors.timeZone}
        hint={t('event.timeZoneHint')}
        required
        inputProps={{ list: zones, autoComplete: 'off', spellCheck: false }}
      />
      <datalist id={zones}>
        {knownTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <DateField label={t('event.endsOn')} value={values.endsOn} onChange={(endsOn) => set({ endsOn })} error={errors.endsOn} required />
      {values.allDay ? null : time('endTime')}
    </div>
  );
}
