import type { ChannelInput } from '../../shared/ipc/contract';
import type { TestCore } from './fixtures';

/** The Seongnam AI forum as a series: 19:00–21:00 Seoul time on the 2nd Thursday of every month. */
export function forumSeries(over: Partial<ChannelInput<'events:create'>> = {}): ChannelInput<'events:create'> {
  return {
    kind: 'forum',
    title: 'Seongnam AI Forum',
    startsOn: '2026-01-08',
    startTime: '19:00',
    endsOn: '2026-01-08',
    endTime: '21:00',
    timeZone: 'Asia/Seoul',
    place: 'AI Graduate School Seongnam Research Center',
    recurrence: { freq: 'monthly', byDay: [{ weekday: 'TH', ordinal: 2 }] },
    ...over,
  };
}

export function makeForum(t: TestCore, over: Partial<ChannelInput<'events:create'>> = {}) {
  return t.call('events:create', forumSeries(over));
}

/** A one-day, all-day event. */
export function makeDayEvent(t: TestCore, day: string, over: Partial<ChannelInput<'events:create'>> = {}) {
  return t.call('events:create', { kind: 'workshop', title: `Workshop ${day}`, allDay: true, startsOn: day, endsOn: day, timeZone: 'Asia/Seoul', ...over });
}
