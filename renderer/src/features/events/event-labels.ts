import type { MessageKey } from '../../i18n';
import type { CalendarEntryKind } from '../../../../shared/models/calendar';
import type { AttendeeRole, EventKind } from '../../../../shared/models/event';
import type { Weekday } from '../../../../shared/recurrence';

/** Event enums → catalog keys; the template types make a missing catalog entry a compile error. */
export const eventKindKey = (kind: EventKind) => `eventKind.${kind}` satisfies MessageKey;
export const attendeeRoleKey = (role: AttendeeRole) => `attendeeRole.${role}` satisfies MessageKey;
export const weekdayKey = (day: Weekday) => `weekday.${day}` satisfies MessageKey;
export const exceptionKindKey = (kind: 'cancelled' | 'moved') => `exceptionKind.${kind}` satisfies MessageKey;
export const entryKindKey = (kind: CalendarEntryKind) => `calendar.entry.${kind}` satisfies MessageKey;
export const ordinalKey = (nth: 1 | 2 | 3 | 4 | 5) => `ordinal.${nth}` satisfies MessageKey;
