import { t } from '../../i18n';
import { addDays, daysBetween, isCalendarDate } from '../../../../shared/calendar';
import { EventInput, type AttendeeRole, type EventKind, type EventRecord, type EventValues, type Recurrence } from '../../../../shared/models/event';
import { machineTimeZone } from '../../../../shared/time-zone';
import { weekdayOf, type ByDay, type Weekday } from '../../../../shared/recurrence';
import { newKey, type FieldErrors } from '../common/form-errors';
import type { FormCheck } from '../common/use-entity-form';
import { linkIds, type LinkValues } from '../common/links-editor';
import { formCheck } from '../common/use-entity-form';

export type AttendeeValues = { key: string; personId: string; name: string; role: AttendeeRole; note: string };
export type ExceptionValues = { key: string; occurrenceOn: string; kind: 'cancelled' | 'moved'; startsOn: string; startTime: string; endTime: string; note: string };

export type RepeatChoice = 'none' | 'weekly' | 'monthly' | 'yearly' | 'custom';
/** Monthly and yearly series: on the first date's day of the month, its nth weekday, or its last weekday. */
export type MonthlyBy = 'day' | 'nth' | 'last';
export type EndsChoice = 'never' | 'until' | 'count';

export type EventFormValues = {
  kind: EventKind | '';
  title: string;
  description: string;
  allDay: boolean;
  startsOn: string;
  startTime: string;
  endsOn: string;
  endTime: string;
  timeZone: string;
  place: string;
  organisers: LinkValues[];
  agreementId: string;
  agreementName: string;
  cooperationItemId: string;
  attendees: AttendeeValues[];
  outcomeNotes: string;
  notes: string;
  repeat: RepeatChoice;
  interval: string;
  weekdays: Weekday[];
  monthlyBy: MonthlyBy;
  ends: EndsChoice;
  until: string;
  count: string;
  /** A rule the form has no controls for (made elsewhere): kept exactly as it was unless another is chosen. */
  customRule: Recurrence | null;
  exceptions: ExceptionValues[];
  signingRecordIds: string[];
};

export const emptyAttendee = (): AttendeeValues => ({ key: newKey(), personId: '', name: '', role: 'guest', note: '' });
export const emptyException = (occurrenceOn = ''): ExceptionValues => ({ key: newKey(), occurrenceOn, kind: 'cancelled', startsOn: '', startTime: '', endTime: '', note: '' });

/** Which weekday of its month a date is (1–5), and whether it is the last one. */
export function nthOfMonth(date: string): { nth: number; last: boolean } {
  return { nth: Math.ceil(Number(date.slice(8, 10)) / 7), last: addDays(date, 7).slice(0, 7) !== date.slice(0, 7) };
}

/** The form's controls for a stored rule, or `custom` when they cannot show it without changing it. */
function repeatOf(rule: Recurrence | null, startsOn: string): Pick<EventFormValues, 'repeat' | 'weekdays' | 'monthlyBy' | 'customRule'> {
  const plain = { weekdays: [weekdayOf(startsOn)], monthlyBy: 'day' as MonthlyBy, customRule: null };
  if (!rule) return { repeat: 'none', ...plain };
  if (rule.freq === 'weekly' && rule.byDay.every((d) => d.ordinal === null)) {
    return { ...plain, repeat: 'weekly', weekdays: rule.byDay.length ? rule.byDay.map((d) => d.weekday) : plain.weekdays };
  }
  if (rule.freq !== 'weekly') {
    if (rule.byDay.length === 0) return { ...plain, repeat: rule.freq };
    const [only] = rule.byDay;
    const here = nthOfMonth(startsOn);
    if (rule.byDay.length === 1 && only.weekday === weekdayOf(startsOn)) {
      if (only.ordinal === here.nth) return { ...plain, repeat: rule.freq, monthlyBy: 'nth' };
      if (only.ordinal === -1 && here.last) return { ...plain, repeat: rule.freq, monthlyBy: 'last' };
    }
  }
  return { ...plain, repeat: 'custom', customRule: rule };
}

/** The form's starting values: an event being edited, or a new one (optionally for `agreement`). */
export function eventValues(event?: EventRecord, agreement?: { id: string; name: string }): EventFormValues {
  const rule = event?.recurrence ?? null;
  const startsOn = event?.startsOn ?? '';
  return {
    kind: event?.kind ?? '',
    title: event?.title ?? '',
    description: event?.description ?? '',
    allDay: event?.allDay ?? false,
    startsOn,
    startTime: event?.startTime ?? '',
    endsOn: event?.endsOn ?? '',
    endTime: event?.endTime ?? '',
    timeZone: event?.timeZone ?? machineTimeZone(),
    place: event?.place ?? '',
    organisers: (event?.organisers ?? []).map((o) => ({ key: newKey(), id: o.id, name: o.name })),
    agreementId: event?.agreementId ?? agreement?.id ?? '',
    agreementName: event?.agreement?.name ?? agreement?.name ?? '',
    cooperationItemId: event?.cooperationItemId ?? '',
    attendees: (event?.attendees ?? []).map((a) => ({ key: newKey(), personId: a.personId, name: a.name, role: a.role, note: a.note })),
    outcomeNotes: event?.outcomeNotes ?? '',
    notes: event?.notes ?? '',
    ...(startsOn && isCalendarDate(startsOn) ? repeatOf(rule, startsOn) : { repeat: 'none' as const, weekdays: [], monthlyBy: 'day' as const, customRule: null }),
    interval: String(rule?.interval ?? 1),
    ends: rule?.count != null ? 'count' : rule?.until ? 'until' : 'never',
    until: rule?.until ?? '',
    count: rule?.count != null ? String(rule.count) : '',
    exceptions: (event?.exceptions ?? []).map((e) => ({
      key: newKey(),
      occurrenceOn: e.occurrenceOn,
      kind: e.kind,
      startsOn: e.startsOn ?? '',
      startTime: e.startTime ?? '',
      endTime: e.endTime ?? '',
      note: e.note,
    })),
    signingRecordIds: event?.signingRecordIds ?? [],
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function byDayOf(v: EventFormValues): ByDay[] {
  if (!isCalendarDate(v.startsOn)) return [];
  if (v.repeat === 'weekly') return v.weekdays.map((weekday) => ({ weekday, ordinal: null }));
  if (v.monthlyBy === 'day') return [];
  const { nth } = nthOfMonth(v.startsOn);
  return [{ weekday: weekdayOf(v.startsOn), ordinal: v.monthlyBy === 'last' ? -1 : nth }];
}

function recurrenceOf(v: EventFormValues, errors: FieldErrors): Recurrence | null {
  if (v.repeat === 'none') return null;
  if (v.repeat === 'custom') return v.customRule;
  const interval = v.interval.trim();
  if (!/^\d{1,2}$/.test(interval) || Number(interval) < 1) errors['recurrence.interval'] = t('event.intervalNumber');
  const count = v.count.trim();
  if (v.ends === 'count' && !/^\d+$/.test(count)) errors['recurrence.count'] = t('event.countNumber');
  return {
    freq: v.repeat,
    interval: /^\d{1,2}$/.test(interval) ? Math.max(1, Number(interval)) : 1,
    byDay: byDayOf(v),
    count: v.ends === 'count' && /^\d+$/.test(count) ? Number(count) : null,
    until: v.ends === 'until' ? v.until : null,
  };
}

/** Typed text → what `EventInput` parses; what cannot be converted goes in `errors` at its field. */
function toEventInput(v: EventFormValues, errors: FieldErrors) {
  // A moved date keeps the event's length in days: a two-day fair moved by a week still runs two days.
  const spanDays = isCalendarDate(v.startsOn) && isCalendarDate(v.endsOn) ? Math.max(0, daysBetween(v.startsOn, v.endsOn)) : 0;
  const links = (rows: LinkValues[], field: string) => linkIds(rows, field, errors);
  const recurrence = recurrenceOf(v, errors);
  return {
    kind: v.kind,
    title: v.title,
    description: v.description,
    allDay: v.allDay,
    startsOn: v.startsOn,
    startTime: v.allDay ? null : orNull(v.startTime),
    endsOn: v.endsOn,
    endTime: v.allDay ? null : orNull(v.endTime),
    timeZone: v.timeZone,
    place: v.place,
    organiserIds: links(v.organisers, 'organiserIds'),
    agreementId: v.agreementId || null,
    cooperationItemId: v.agreementId && v.cooperationItemId ? v.cooperationItemId : null,
    attendees: v.attendees.map((a, index) => {
      if (!a.personId) errors[`attendees.${index}.personId`] = t('common.chooseRow');
      return { personId: a.personId, role: a.role, note: a.note };
    }),
    outcomeNotes: v.outcomeNotes,
    notes: v.notes,
    recurrence,
    // Sent even without a rule: the schema then says a single event has no cancelled dates, rather than dropping them.
    exceptions: v.exceptions.map((e) => {
      const moved = e.kind === 'moved';
      const startsOn = moved ? orNull(e.startsOn) : null;
      return {
        occurrenceOn: e.occurrenceOn,
        kind: e.kind,
        startsOn,
        startTime: moved && !v.allDay ? orNull(e.startTime) : null,
        endsOn: startsOn && isCalendarDate(startsOn) ? addDays(startsOn, spanDays) : startsOn,
        endTime: moved && !v.allDay ? orNull(e.endTime) : null,
        note: e.note,
      };
    }),
    signingRecordIds: v.signingRecordIds,
  };
}

/** The same schema main uses, after converting typed text; conversion messages win. */
export function validateEvent(values: EventFormValues): FormCheck<EventValues> {
  const conversion: FieldErrors = {};
  const parsed = EventInput.safeParse(toEventInput(values, conversion));
  return formCheck(parsed, conversion);
}
