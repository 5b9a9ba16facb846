import { Button } from '../../components/button';
import { CheckboxGroup } from '../../components/checkbox-group';
import { DateField } from '../../components/date-field';
import { Select, type SelectOption } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT, type Translate } from '../../i18n';
import { isCalendarDate } from '../../../../shared/calendar';
import { WEEKDAYS, weekdayOf, type Weekday } from '../../../../shared/recurrence';
import type { FieldArray } from '../common/field-array';
import type { FieldErrors } from '../common/form-errors';
import { exceptionKindKey, ordinalKey, weekdayKey } from './event-labels';
import { emptyException, nthOfMonth, type EndsChoice, type EventFormValues, type ExceptionValues, type MonthlyBy, type RepeatChoice } from './event-form-values';
import { dayAndMonth, monthName, ruleText } from './event-text';

/** "Day 11 of the month", "The second Thursday of the month", "The last Thursday of June": what the first date allows. */
function byOptions(t: Translate, repeat: 'monthly' | 'yearly', startsOn: string): SelectOption[] {
  if (!isCalendarDate(startsOn)) return [{ value: 'day', label: t('repeat.monthly') }];
  const weekday = t(weekdayKey(weekdayOf(startsOn)));
  const { nth, last } = nthOfMonth(startsOn);
  const month = monthName(startsOn);
  const options: SelectOption[] = [
    { value: 'day', label: repeat === 'monthly' ? t('monthlyBy.day', { day: Number(startsOn.slice(8, 10)) }) : t('yearlyBy.day', { date: dayAndMonth(startsOn) }) },
  ];
  if (nth <= 5) {
    const ordinal = t(ordinalKey(nth as 1 | 2 | 3 | 4 | 5));
    options.push({ value: 'nth', label: repeat === 'monthly' ? t('monthlyBy.nth', { nth: ordinal, weekday }) : t('yearlyBy.nth', { nth: ordinal, weekday, month }) });
  }
  if (last) options.push({ value: 'last', label: repeat === 'monthly' ? t('monthlyBy.last', { weekday }) : t('yearlyBy.last', { weekday, month }) });
  return options;
}

export type RepeatFieldsProps = {
  values: EventFormValues;
  set: (patch: Partial<EventFormValues>) => void;
  errors: FieldErrors;
};

/** How a series repeats: weekly on weekdays, monthly or yearly on a day or a weekday, until a date or a number of times. */
export function EventRepeatFields({ values, set, errors }: RepeatFieldsProps) {
  const t = useT();
  const repeats: RepeatChoice[] = ['none', 'weekly', 'monthly', 'yearly', ...(values.customRule ? (['custom'] as const) : [])];
  const rule = values.repeat;
  return (
    <div className="form-grid">
      <Select
        label={t('event.repeat')}
        value={rule}
        onChange={(repeat) => set({ repeat: repeat as RepeatChoice })}
        options={repeats.map((r) => ({ value: r, label: t(`repeat.${r}`) }))}
        error={errors.recurrence}
      />
      {rule === 'custom' && values.customRule ? <p className="muted span-2">{ruleText(t, values.customRule, values.startsOn)}</p> : null}
      {rule === 'weekly' || rule === 'monthly' || rule === 'yearly' ? (
        <>
          <TextField
            label={t('event.interval')}
            value={values.interval}
            onChange={(interval) => set({ interval })}
            error={errors['recurrence.interval']}
            hint={t('event.intervalHint')}
            className="narrow"
            inputProps={{ inputMode: 'numeric', maxLength: 2 }}
          />
          {rule === 'weekly' ? (
            <CheckboxGroup
              legend={t('event.weekdays')}
              options={WEEKDAYS.map((day) => ({ value: day, label: t(weekdayKey(day)) }))}
              values={values.weekdays}
              onChange={(weekdays) => set({ weekdays: weekdays as Weekday[] })}
              className="span-3"
            />
          ) : (
            <Select
              label={t('event.monthlyBy')}
              value={values.monthlyBy}
              onChange={(monthlyBy) => set({ monthlyBy: monthlyBy as MonthlyBy })}
              options={byOptions(t, rule, values.startsOn)}
              error={errors['recurrence.byDay']}
            />
          )}
          <Select
            label={t('event.ends')}
            value={values.ends}
            onChange={(ends) => set({ ends: ends as EndsChoice })}
            options={(['never', 'until', 'count'] as const).map((e) => ({ value: e, label: t(`ends.${e}`) }))}
          />
          {values.ends === 'until' ? (
            <DateField label={t('event.until')} value={values.until} onChange={(until) => set({ until })} error={errors['recurrence.until']} required />
          ) : null}
          {values.ends === 'count' ? (
            <TextField
              label={t('event.count')}
              value={values.count}
              onChange={(count) => set({ count })}
              error={errors['recurrence.count']}
              className="narrow"
              required
              inputProps={{ inputMode: 'numeric' }}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** The series' cancelled dates, and those moved to another day or time. */
export function ExceptionsEditor({ exceptions, allDay, errors }: { exceptions: FieldArray<ExceptionValues>; allDay: boolean; errors: FieldErrors }) {
  const t = useT();
  return (
    <div className="rows-editor">
      {errors.exceptions ? (
        <p className="field__error" role="alert">
          {errors.exceptions}
        </p>
      ) : null}
      {exceptions.rows.map((row, index) => {
        const e = (field: string) => errors[`exceptions.${index}.${field}`];
        return (
          <div key={row.key} className="row-card" role="group" aria-label={t('event.exception', { n: index + 1 })}>
            <div className="form-grid">
              <DateField
                label={t('event.occurrenceOn')}
                value={row.occurrenceOn}
                onChange={(occurrenceOn) => exceptions.update(index, { occurrenceOn })}
                error={e('occurrenceOn')}
                required
              />
              <Select
                label={t('event.exceptionKind')}
                value={row.kind}
                onChange={(kind) => exceptions.update(index, { kind: kind as ExceptionValues['kind'] })}
                options={(['cancelled', 'moved'] as const).map((k) => ({ value: k, label: t(exceptionKindKey(k)) }))}
              />
              <TextField label={t('event.exceptionNote')} value={row.note} onChange={(note) => exceptions.update(index, { note })} error={e('note')} />
              {row.kind === 'moved' ? (
                <>
                  <DateField label={t('event.movedTo')} value={row.startsOn} onChange={(startsOn) => exceptions.update(index, { startsOn })} error={e('startsOn') ?? e('endsOn')} required />
                  {allDay ? null : (
                    <>
                      <TextField
                        label={t('event.startTime')}
                        value={row.startTime}
                        onChange={(startTime) => exceptions.update(index, { startTime })}
                        error={e('startTime')}
                        className="narrow"
                        required
                        inputProps={{ placeholder: '19:00', inputMode: 'numeric', maxLength: 5 }}
                      />
                      <TextField
                        label={t('event.endTime')}
                        value={row.endTime}
                        onChange={(endTime) => exceptions.update(index, { endTime })}
                        error={e('endTime')}
                        className="narrow"
                        required
                        inputProps={{ placeholder: '21:00', inputMode: 'numeric', maxLength: 5 }}
                      />
                    </>
                  )}
                </>
              ) : null}
            </div>
            <Button size="small" variant="ghost" onClick={() => exceptions.remove(index)}>
              {t('event.removeException')}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => exceptions.add(emptyException())}>{t('event.addException')}</Button>
    </div>
  );
}
