import { formatDate, getLocale, type Translate } from '../../i18n';
import { machineTimeZone } from '../../../../shared/time-zone';
import type { Recurrence } from '../../../../shared/models/event';
import { WEEKDAYS } from '../../../../shared/recurrence';
import { ordinalKey, weekdayKey } from './event-labels';

/** "Seoul" for Asia/Seoul, "Buenos Aires" for America/Argentina/Buenos_Aires: how people name a zone. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** A time of day with the event's zone when it is not this machine's: "19:00 (Seoul)". */
export function timeInZone(time: string, zone: string | null): string {
  return zone && zone !== machineTimeZone() ? `${time} (${zoneCity(zone)})` : time;
}

/** A time span of one day with the zone when it is not this machine's: "19:00–21:00 (Seoul)". */
export function timesInZone(start: string, end: string | null, zone: string | null): string {
  return timeInZone(end ? `${start}–${end}` : start, zone);
}

type Span = { startsOn: string; endsOn: string; startTime: string | null; endTime: string | null; timeZone: string | null };

/** When an event or occurrence is, in words: "11 Jun 2026, 19:00–21:00 (Seoul)", "14 Nov 2019 – 17 Nov 2019". */
export function whenText(t: Translate, span: Span): string {
  const days = span.endsOn !== span.startsOn ? `${formatDate(span.startsOn)} – ${formatDate(span.endsOn)}` : formatDate(span.startsOn);
  if (span.startTime === null || span.endTime === null) return days;
  const times = t('event.timeRange', { start: span.startTime, end: span.endTime });
  const zone = span.timeZone && span.timeZone !== machineTimeZone() ? ` (${zoneCity(span.timeZone)})` : '';
  if (span.endsOn !== span.startsOn) return `${formatDate(span.startsOn)} ${span.startTime} – ${formatDate(span.endsOn)} ${span.endTime}${zone}`;
  return `${days}, ${times}${zone}`;
}

/** The month of a date, by name ("June"). */
export function monthName(iso: string): string {
  const date = new Date(Date.UTC(2000, Number(iso.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(getLocale().intl, { month: 'long', timeZone: 'UTC' }).format(date);
}

/** The day and month of a date, without the year ("11 June"). */
export function dayAndMonth(iso: string): string {
  const date = new Date(Date.UTC(2000, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
  return new Intl.DateTimeFormat(getLocale().intl, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A series' rule in words: "Every month on the second Thursday, until 31 Dec 2027". */
export function ruleText(t: Translate, rule: Recurrence, startsOn: string): string {
  const n = rule.interval;
  const single = rule.byDay.length === 1 ? rule.byDay[0] : null;
  const weekday = single ? t(weekdayKey(single.weekday)) : '';
  const nth = single && single.ordinal !== null && single.ordinal > 0 ? t(ordinalKey(single.ordinal as 1 | 2 | 3 | 4 | 5)) : '';
  let base: string;
  if (rule.freq === 'weekly') {
    const days = rule.byDay.length ? [...rule.byDay].sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday)).map((d) => t(weekdayKey(d.weekday))) : [];
    base = t('rule.weekly', { n, days: days.join(', ') });
  } else if (rule.byDay.length === 0) {
    base = rule.freq === 'monthly' ? t('rule.monthlyDay', { n, day: Number(startsOn.slice(8, 10)) }) : t('rule.yearlyDay', { n, date: dayAndMonth(startsOn) });
  } else if (single && single.ordinal === -1) {
    base = rule.freq === 'monthly' ? t('rule.monthlyLast', { n, weekday }) : t('rule.yearlyLast', { n, weekday, month: monthName(startsOn) });
  } else if (single && nth) {
    base = rule.freq === 'monthly' ? t('rule.monthlyNth', { n, nth, weekday }) : t('rule.yearlyNth', { n, nth, weekday, month: monthName(startsOn) });
  } else {
    base = t('rule.custom');
  }
  if (rule.count !== null) return t('rule.times', { rule: base, count: rule.count });
  if (rule.until !== null) return t('rule.until', { rule: base, date: formatDate(rule.until) });
  return base;
}
