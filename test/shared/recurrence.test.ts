import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../shared/calendar';
import { isRuleDate, lastRuleDate, ruleDates, startFollowsRule, weekdayOf, WEEKDAYS, type RecurrenceRule } from '../../shared/recurrence';

const rule = (over: Partial<RecurrenceRule>): RecurrenceRule => ({ freq: 'monthly', interval: 1, byDay: [], count: null, until: null, ...over });
// Far enough for 60 dates four years apart from any first date the generators make.
const FAR = { from: '1900-01-01', to: '2300-12-31' };

/** Which of its weekday in its month a date is: 1 for the first Thursday, and whether it is the last. */
function ordinalOf(date: string): { nth: number; last: boolean } {
  const day = Number(date.slice(8));
  return { nth: Math.ceil(day / 7), last: addDays(date, 7).slice(5, 7) !== date.slice(5, 7) };
}

const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('1990-01-01', n));
const weekday = fc.constantFrom(...WEEKDAYS);

/** A rule and a first date that follows it, as the schema requires of a series. */
const series = fc
  .record({
    start: day,
    freq: fc.constantFrom('weekly' as const, 'monthly' as const, 'yearly' as const),
    interval: fc.integer({ min: 1, max: 4 }),
    shape: fc.constantFrom('plain', 'ordinal', 'last', 'weekdays'),
    extra: fc.uniqueArray(weekday, { maxLength: 3 }),
  })
  .map(({ start, freq, interval, shape, extra }): { start: string; rule: RecurrenceRule } => {
    const own = weekdayOf(start);
    const { nth, last } = ordinalOf(start);
    if (freq === 'weekly') {
      const days = shape === 'weekdays' ? [...new Set([own, ...extra])] : [own];
      return { start, rule: rule({ freq, interval, byDay: days.map((d) => ({ weekday: d, ordinal: null })) }) };
    }
    if (shape === 'ordinal' && nth <= 4) return { start, rule: rule({ freq, interval, byDay: [{ weekday: own, ordinal: nth }] }) };
    if (shape === 'last' && last) return { start, rule: rule({ freq, interval, byDay: [{ weekday: own, ordinal: -1 }] }) };
    return { start, rule: rule({ freq, interval }) };
  });

describe('recurrence rules', () => {
  it('gives the 2nd Thursday of every month, as the Seongnam AI forum meets', () => {
    const forum = rule({ byDay: [{ weekday: 'TH', ordinal: 2 }] });
    expect(ruleDates(forum, '2026-01-08', { from: '2026-01-01', to: '2026-07-31' })).toEqual([
      '2026-01-08',
      '2026-02-12',
      '2026-03-12',
      '2026-04-09',
      '2026-05-14',
      '2026-06-11',
      '2026-07-09',
    ]);
    expect(startFollowsRule(forum, '2026-01-08')).toBe(true);
    expect(startFollowsRule(forum, '2026-01-15')).toBe(false);
    expect(isRuleDate(forum, '2026-01-08', '2031-10-09')).toBe(true);
    expect(isRuleDate(forum, '2026-01-08', '2031-10-16')).toBe(false);
  });

  it('skips months without the day, and the last weekday counts from the end', () => {
    expect(ruleDates(rule({}), '2026-01-31', { from: '2026-01-01', to: '2026-07-31' })).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
    expect(ruleDates(rule({ freq: 'yearly' }), '2024-02-29', { from: '2024-01-01', to: '2032-12-31' })).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
    expect(ruleDates(rule({ byDay: [{ weekday: 'FR', ordinal: -1 }] }), '2026-01-30', { from: '2026-01-01', to: '2026-04-30' })).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
    ]);
    // A yearly rule with a weekday stays in the first date's month: the 2nd Thursday of every October.
    expect(ruleDates(rule({ freq: 'yearly', byDay: [{ weekday: 'TH', ordinal: 2 }] }), '2019-10-10', { from: '2019-01-01', to: '2021-12-31' })).toEqual([
      '2019-10-10',
      '2020-10-08',
      '2021-10-14',
    ]);
  });

  it('walks weeks from Monday, every other week on two weekdays', () => {
    const fortnightly = rule({ freq: 'weekly', interval: 2, byDay: [{ weekday: 'TU', ordinal: null }, { weekday: 'TH', ordinal: null }] });
    expect(ruleDates(fortnightly, '2026-06-04', { from: '2026-06-01', to: '2026-07-05' })).toEqual(['2026-06-04', '2026-06-16', '2026-06-18', '2026-06-30', '2026-07-02']);
  });

  it('honours COUNT from the first date, whatever window is asked for', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 800 }), ({ start, rule: r }, count, skip) => {
        const counted = { ...r, count };
        const all = ruleDates(counted, start, FAR);
        expect(all).toHaveLength(count);
        expect(all[0]).toBe(start);
        expect(lastRuleDate(counted, start)).toBe(all[count - 1]);
        // A later window sees the tail of the same dates, not a fresh count.
        const from = addDays(start, skip);
        expect(ruleDates(counted, start, { from, to: FAR.to })).toEqual(all.filter((d) => d >= from));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same dates for a window whether it walks from the first date or skips ahead to the window', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 120 }), ({ start, rule: r }, skip, width) => {
        const from = addDays(start, skip);
        const to = addDays(from, width);
        const walked = ruleDates({ ...r, until: to }, start, { from: start, to }).filter((d) => d >= from);
        expect(ruleDates(r, start, { from, to })).toEqual(walked);
      }),
      { numRuns: 300 },
    );
  });

  it('only gives dates the rule describes, in order, never past UNTIL', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 900 }), ({ start, rule: r }, length) => {
        const until = addDays(start, length);
        const dates = ruleDates({ ...r, until }, start, FAR);
        expect(dates[0]).toBe(start);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        for (const date of dates) {
          expect(date <= until).toBe(true);
          if (r.freq === 'weekly') {
            expect(r.byDay.map((b) => b.weekday)).toContain(weekdayOf(date));
            expect(Math.floor(daysBetween(addDays(start, -WEEKDAYS.indexOf(weekdayOf(start))), date) / 7) % r.interval).toBe(0);
          } else if (r.byDay.length === 0) {
            expect(date.slice(8)).toBe(start.slice(8));
            if (r.freq === 'yearly') expect(date.slice(5, 7)).toBe(start.slice(5, 7));
          } else {
            const { weekday: wd, ordinal } = r.byDay[0];
            expect(weekdayOf(date)).toBe(wd);
            expect(ordinal === -1 ? ordinalOf(date).last : ordinalOf(date).nth === ordinal).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
