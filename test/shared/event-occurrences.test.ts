import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar';
import { occurrencesBetween, occurrenceSpan, type EventTiming } from '../../shared/event-occurrences';
import { ruleDates, weekdayOf, type RecurrenceRule } from '../../shared/recurrence';
import { isTimeZone, localToUtc, offsetChanges, utcToLocal } from '../../shared/time-zone';

const HOUR = 3_600_000;

/** The Seongnam AI forum: 19:00–21:00 in Seoul on the 2nd Thursday of every month. */
const forum = (over: Partial<EventTiming> = {}): EventTiming => ({
  allDay: false,
  startsOn: '2026-01-08',
  startTime: '19:00',
  endsOn: '2026-01-08',
  endTime: '21:00',
  timeZone: 'Asia/Seoul',
  recurrence: { freq: 'monthly', interval: 1, byDay: [{ weekday: 'TH', ordinal: 2 }], count: null, until: null },
  exceptions: [],
  ...over,
});

describe('time zones', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Asia/Seoul')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Asia/Seoull')).toBe(false);
    expect(isTimeZone('+09:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('reads wall times the clocks skip with the offset before the change, and repeated ones as the first', () => {
    // New York, 8 March 2026: 02:00 EST jumps to 03:00 EDT.
    expect(localToUtc('America/New_York', '2026-03-08', '02:30')).toEqual({ utcMs: Date.UTC(2026, 2, 8, 7, 30), fit: 'skipped' });
    expect(utcToLocal('America/New_York', Date.UTC(2026, 2, 8, 7, 30))).toEqual({ date: '2026-03-08', time: '03:30' });
    // 1 November 2026: 01:30 happens twice; the first is EDT.
    expect(localToUtc('America/New_York', '2026-11-01', '01:30')).toEqual({ utcMs: Date.UTC(2026, 10, 1, 5, 30), fit: 'repeated' });
    expect(localToUtc('Asia/Seoul', '2026-06-11', '19:00')).toEqual({ utcMs: Date.UTC(2026, 5, 11, 10, 0), fit: 'exact' });
  });

  it('finds each offset change to the second', () => {
    const changes = offsetChanges('Europe/London', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(changes).toEqual([
      { utcMs: Date.UTC(2026, 2, 29, 1), fromMinutes: 0, toMinutes: 60 },
      { utcMs: Date.UTC(2026, 9, 25, 1), fromMinutes: 60, toMinutes: 0 },
    ]);
    expect(offsetChanges('Asia/Seoul', Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1))).toEqual([]);
  });
});

describe('event occurrences', () => {
  it('expands the monthly forum at 19:00 Seoul time, leaving out a cancelled date and showing a moved one where it went', () => {
    const timing = forum({
      exceptions: [
        { occurrenceOn: '2026-02-12', kind: 'cancelled', startsOn: null, startTime: null, endsOn: null, endTime: null },
        { occurrenceOn: '2026-03-12', kind: 'moved', startsOn: '2026-03-19', startTime: '18:30', endsOn: '2026-03-19', endTime: '20:00' },
      ],
    });
    const found = occurrencesBetween(timing, { from: '2026-01-01', to: '2026-04-30' });
    expect(found.map((o) => [o.occurrenceOn, o.startsOn, o.startTime, o.endTime, o.moved])).toEqual([
      ['2026-01-08', '2026-01-08', '19:00', '21:00', false],
      ['2026-03-12', '2026-03-19', '18:30', '20:00', true],
      ['2026-04-09', '2026-04-09', '19:00', '21:00', false],
    ]);
    expect(found[0].startUtc).toBe(Date.UTC(2026, 0, 8, 10));
    // A moved date shows in the window it moved into, even when its own date lies outside.
    expect(occurrencesBetween(timing, { from: '2026-03-15', to: '2026-03-31' }).map((o) => o.occurrenceOn)).toEqual(['2026-03-12']);
  });

  it('shows a multi-day event on every day it runs, and an all-day series on its dates', () => {
    const fair = forum({ allDay: true, startTime: null, endTime: null, startsOn: '2026-05-14', endsOn: '2026-05-16', recurrence: { freq: 'yearly', interval: 1, byDay: [], count: 3, until: null } });
    expect(occurrencesBetween(fair, { from: '2027-05-16', to: '2027-05-20' }).map((o) => [o.startsOn, o.endsOn])).toEqual([['2027-05-14', '2027-05-16']]);
    expect(occurrencesBetween(fair, { from: '2029-01-01', to: '2029-12-31' })).toEqual([]);
    expect(occurrenceSpan(fair)).toMatchObject({ firstOn: '2026-05-14', lastOn: '2028-05-16' });
    expect(occurrenceSpan(forum())).toMatchObject({ firstOn: '2026-01-08', lastOn: null });
  });

  const dstZones = fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Santiago', 'Europe/Berlin', 'Asia/Seoul');
  const time = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 15, 30, 45) }).map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('keeps every occurrence at the series’ wall-clock time and length across daylight-saving changes (DST-safe in its zone)', () => {
    fc.assert(
      fc.property(
        dstZones,
        fc.integer({ min: 0, max: 365 * 8 }),
        time,
        fc.integer({ min: 30, max: 600 }),
        fc.constantFrom<RecurrenceRule['freq']>('weekly', 'monthly'),
        (zone, offset, start, minutes, freq) => {
          const startsOn = addDays('2020-01-06', offset);
          fc.pre(localToUtc(zone, startsOn, start).fit === 'exact');
          const endUtc = localToUtc(zone, startsOn, start).utcMs + minutes * 60_000;
          const end = utcToLocal(zone, endUtc);
          fc.pre(localToUtc(zone, end.date, end.time).fit === 'exact');
          const timing: EventTiming = {
            allDay: false,
            startsOn,
            startTime: start,
            endsOn: end.date,
            endTime: end.time,
            timeZone: zone,
            recurrence: { freq, interval: 1, byDay: freq === 'weekly' ? [{ weekday: weekdayOf(startsOn), ordinal: null }] : [], count: 30, until: null },
            exceptions: [],
          };
          const found = occurrencesBetween(timing, { from: startsOn, to: '2100-01-01' });
          expect(found).toHaveLength(30);
          for (const o of found) {
            expect(o.endUtc! - o.startUtc!).toBe(minutes * 60_000);
            const fit = localToUtc(zone, o.occurrenceOn, start);
            if (fit.fit === 'skipped') {
              // The clocks skipped the series' time that day: it starts as far past it as they jumped.
              expect(o.startUtc).toBe(fit.utcMs);
            } else {
              expect([o.startsOn, o.startTime]).toEqual([o.occurrenceOn, start]);
              expect(utcToLocal(zone, o.startUtc!)).toEqual({ date: o.occurrenceOn, time: start });
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never puts an occurrence on a cancelled or moved date, and honours the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 10 }), fc.boolean(), (count, picks, move) => {
        const rule: RecurrenceRule = { freq: 'weekly', interval: 1, byDay: [{ weekday: 'TH', ordinal: null }], count, until: null };
        const dates = ruleDates(rule, '2026-01-08', { from: '2026-01-08', to: '2030-12-31' });
        const chosen = [...new Set(picks.filter((p) => p < count).map((p) => dates[p]))];
        const exceptions = chosen.map((date) =>
          move
            ? { occurrenceOn: date, kind: 'moved' as const, startsOn: addDays(date, 1), startTime: '10:00', endsOn: addDays(date, 1), endTime: '11:00' }
            : { occurrenceOn: date, kind: 'cancelled' as const, startsOn: null, startTime: null, endsOn: null, endTime: null },
        );
        const found = occurrencesBetween(forum({ recurrence: rule, exceptions }), { from: '2026-01-01', to: '2030-12-31' });
        expect(found).toHaveLength(move ? count : count - chosen.length);
        for (const o of found) expect(chosen.includes(o.startsOn)).toBe(false);
        if (move) for (const date of chosen) expect(found.find((o) => o.occurrenceOn === date)).toMatchObject({ startsOn: addDays(date, 1), moved: true });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a 19:00 Seoul forum at 10:00 UTC all year, while a New York one moves by an hour in UTC', () => {
    const seoul = occurrencesBetween(forum(), { from: '2026-01-01', to: '2026-12-31' });
    expect(new Set(seoul.map((o) => new Date(o.startUtc!).getUTCHours()))).toEqual(new Set([10]));
    const york = occurrencesBetween(forum({ timeZone: 'America/New_York' }), { from: '2026-01-01', to: '2026-12-31' });
    expect(york.map((o) => o.startTime)).toEqual(Array(12).fill('19:00'));
    expect(new Set(york.map((o) => (o.startUtc! - Date.UTC(2026, 0, 1)) % (24 * HOUR) / HOUR))).toEqual(new Set([0, 23]));
  });
});
