import type { z } from 'zod';
import { addMonths } from '../calendar';
import { keyedMessage } from '../messages/zod-issues';
import type { MessageKey } from '../messages/en';
import type { MessageParams } from '../messages/message';
import { isRuleDate, startFollowsRule, type RecurrenceRule } from '../recurrence';
import { isTimeZone, localToUtc } from '../time-zone';

/**
 * The cross-field rules of an event, run by the shared schema so the form and main refuse the same
 * things at the same fields: times that fit "all day" or not, an end after the start, a zone the
 * runtime knows, wall times the zone does not skip, a series whose first date follows its rule, and
 * cancelled or moved dates that are dates of the series.
 */

type Timing = { allDay: boolean; startsOn: string | null; startTime: string | null; endsOn: string | null; endTime: string | null };

type EventShape = Timing & {
  kind: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  organiserIds: string[];
  agreementId: string | null;
  cooperationItemId: string | null;
  attendees: Array<{ personId: string }>;
  recurrence: RecurrenceRule | null;
  exceptions: Array<Omit<Timing, 'allDay'> & { occurrenceOn: string; kind: 'cancelled' | 'moved' }>;
  signingRecordIds: string[];
};

/** A series may not run for more than this: expanding it stays cheap, and nobody plans further. */
export const MAX_SERIES_MONTHS = 100 * 12;

type Issue = (path: Array<string | number>, key: MessageKey, params?: MessageParams) => void;

function checkTiming(issue: Issue, prefix: Array<string | number>, t: Timing, zone: string | null): void {
  const at = (field: string) => [...prefix, field];
  if (t.allDay) {
    if (t.startTime !== null) issue(at('startTime'), 'event.allDayNoTime');
    if (t.endTime !== null) issue(at('endTime'), 'event.allDayNoTime');
  } else {
    if (t.startTime === null) issue(at('startTime'), 'event.timeRequired');
    if (t.endTime === null) issue(at('endTime'), 'event.timeRequired');
  }
  if (t.startsOn && t.endsOn) {
    if (t.endsOn < t.startsOn) issue(at('endsOn'), 'event.endBeforeStart');
    else if (!t.allDay && t.startTime && t.endTime && t.endsOn === t.startsOn && t.endTime <= t.startTime) issue(at('endTime'), 'event.endBeforeStart');
  }
  if (zone && !t.allDay) {
    for (const [date, time, field] of [
      [t.startsOn, t.startTime, 'startTime'],
      [t.endsOn, t.endTime, 'endTime'],
    ] as const) {
      if (date && time && localToUtc(zone, date, time).fit === 'skipped') issue(at(field), 'event.timeSkipped', { time, date, zone });
    }
  }
}

function repeats<T>(items: readonly T[], key: (item: T) => string, report: (index: number) => void): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) report(index);
    seen.add(k);
  });
}

/** Checks the rule itself; true when it is sound enough to expand. */
function checkRule(issue: Issue, value: EventShape, rule: RecurrenceRule): boolean {
  let sound = true;
  const fail: Issue = (path, key, params) => {
    sound = false;
    issue(path, key, params);
  };
  rule.byDay.forEach((day, index) => {
    if (day.ordinal === 0) fail(['recurrence', 'byDay', index, 'ordinal'], 'event.ordinalRange');
    else if (day.ordinal !== null && rule.freq === 'weekly') fail(['recurrence', 'byDay', index, 'ordinal'], 'event.ordinalWeekly');
  });
  repeats(rule.byDay, (d) => `${d.weekday}${d.ordinal}`, (index) => fail(['recurrence', 'byDay', index, 'weekday'], 'event.weekdayRepeated'));
  if (rule.count !== null && rule.until !== null) fail(['recurrence', 'until'], 'event.countOrUntil');
  if (rule.until !== null && rule.until < value.startsOn) fail(['recurrence', 'until'], 'event.untilBeforeStart');
  else if (rule.until !== null && rule.until > addMonths(value.startsOn, MAX_SERIES_MONTHS)) fail(['recurrence', 'until'], 'event.untilTooFar');
  if (sound && !startFollowsRule(rule, value.startsOn)) fail(['startsOn'], 'event.startNotOnRule', { date: value.startsOn });
  return sound;
}

export function checkEvent(value: EventShape, ctx: z.RefinementCtx): void {
  const issue: Issue = (path, key, params) => ctx.addIssue({ code: 'custom', path, message: keyedMessage(key, params) });
  const zone = isTimeZone(value.timeZone) ? value.timeZone : null;
  if (!zone) issue(['timeZone'], 'event.timeZoneUnknown', { zone: value.timeZone });
  checkTiming(issue, [], value, zone);

  repeats(value.organiserIds, (id) => id, (index) => issue(['organiserIds', index], 'event.organiserRepeated'));
  repeats(value.attendees, (a) => a.personId, (index) => issue(['attendees', index, 'personId'], 'event.attendeeRepeated'));
  if (value.cooperationItemId !== null && value.agreementId === null) issue(['cooperationItemId'], 'event.itemNeedsAgreement');
  if (value.signingRecordIds.length > 0) {
    if (value.kind !== 'signing_ceremony') issue(['signingRecordIds'], 'event.signingOnlyCeremony');
    else if (value.agreementId === null) issue(['signingRecordIds'], 'event.signingNeedsAgreement');
  }
  repeats(value.signingRecordIds, (id) => id, (index) => issue(['signingRecordIds', index], 'event.signingRepeated'));

  const rule = value.recurrence;
  if (!rule) {
    if (value.exceptions.length > 0) issue(['exceptions'], 'event.exceptionsNeedSeries');
    return;
  }
  const sound = checkRule(issue, value, rule);
  repeats(value.exceptions, (e) => e.occurrenceOn, (index) => issue(['exceptions', index, 'occurrenceOn'], 'event.exceptionRepeated'));
  const horizon = addMonths(value.startsOn, MAX_SERIES_MONTHS);
  value.exceptions.forEach((exception, index) => {
    const at = (field: string) => ['exceptions', index, field];
    if (sound && (exception.occurrenceOn > horizon || !isRuleDate(rule, value.startsOn, exception.occurrenceOn))) {
      issue(at('occurrenceOn'), 'event.notAnOccurrence', { date: exception.occurrenceOn });
    }
    if (exception.kind === 'cancelled') {
      for (const field of ['startsOn', 'startTime', 'endsOn', 'endTime'] as const) {
        if (exception[field] !== null) issue(at(field), 'event.cancelledNoDate');
      }
      return;
    }
    if (exception.startsOn === null) issue(at('startsOn'), 'event.movedNeedsDate');
    if (exception.endsOn === null) issue(at('endsOn'), 'event.movedNeedsDate');
    checkTiming(issue, ['exceptions', index], { ...exception, allDay: value.allDay }, zone);
  });
}
