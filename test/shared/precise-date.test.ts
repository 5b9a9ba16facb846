import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentPeriod,
  describePreciseDate,
  endsBeforeStart,
  firstDayOf,
  hasEnded,
  isPreciseDate,
  lastDayOf,
  precisionOf,
  renewedEnd,
  termEnd,
} from '../../shared/precise-date';
import { parseWrittenDate } from '../../shared/written-date';

describe('precise dates', () => {
  it('are a day, a month or a year, each one that exists', () => {
    expect(['2016-06-13', '2016-06', '2016', '2024-02-29'].every(isPreciseDate)).toBe(true);
    expect(['2016-13', '2016-00', '2023-02-29', '16', '0999', '2016-6', '2016-06-1', 'June 2016', ''].some(isPreciseDate)).toBe(false);
    expect(['2016-06-13', '2016-06', '2016'].map(precisionOf)).toEqual(['day', 'month', 'year']);
  });

  it('are described at their own precision, never with a made-up day', () => {
    expect(['2016-06-13', '2016-06', '2016'].map(describePreciseDate)).toEqual(['13 June 2016', 'June 2016', '2016']);
  });

  it('keep what the parser read: "June 2016" stays June 2016', () => {
    for (const text of ['June 2016', 'Sept. 2019', '2019년 3월', '2016', '21 September 2018']) {
      const read = parseWrittenDate(text);
      if (!read.ok) throw new Error(read.reason);
      expect(isPreciseDate(read.value.iso)).toBe(true);
      expect(precisionOf(read.value.iso)).toBe(read.value.precision);
    }
  });

  it('cover the whole period they stand for', () => {
    expect([firstDayOf('2016-06'), lastDayOf('2016-06')]).toEqual(['2016-06-01', '2016-06-30']);
    expect([firstDayOf('2024-02'), lastDayOf('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([firstDayOf('2016'), lastDayOf('2016')]).toEqual(['2016-01-01', '2016-12-31']);
    expect([firstDayOf('2016-06-13'), lastDayOf('2016-06-13')]).toEqual(['2016-06-13', '2016-06-13']);
  });

  it('sort as written: a year before its months, a month before its days, and by time otherwise', () => {
    const written = ['2017', '2016-06-13', '2016-06', '2016', '2016-05-31', '2016-07'];
    expect([...written].sort()).toEqual(['2016', '2016-05-31', '2016-06', '2016-06-13', '2016-07', '2017']);
  });

  it('count a month-precision expiry as the end of that month for "has it ended?"', () => {
    expect(hasEnded('2019-06', '2019-06-30')).toBe(false);
    expect(hasEnded('2019-06', '2019-07-01')).toBe(true);
    expect(hasEnded('2019', '2019-12-31')).toBe(false);
    expect(hasEnded('2019', '2020-01-01')).toBe(true);
    expect(hasEnded('2019-06-12', '2019-06-13')).toBe(true);
    expect(hasEnded('2019-06-12', '2019-06-12')).toBe(false);
  });

  it('compare an end with a start by the days each could stand for', () => {
    expect(endsBeforeStart('2016-05', '2016-06-01')).toBe(true);
    expect(endsBeforeStart('2016-06', '2016-06-13')).toBe(false); // both could be in June
    expect(endsBeforeStart('2016', '2016-06')).toBe(false);
    expect(endsBeforeStart('2015', '2016')).toBe(true);
  });

  it('never call a period ended before every day it stands for has passed (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), fc.constantFrom<'day' | 'month' | 'year'>('day', 'month', 'year'), (date, precision) => {
        const day = date.toISOString().slice(0, 10);
        const written = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
        // On the day itself, whatever precision it was written with, it has not ended.
        expect(hasEnded(written, day)).toBe(false);
        expect(hasEnded(written, lastDayOf(written))).toBe(false);
      }),
    );
  });
});

describe('termEnd', () => {
  it('runs a term from a day to the day before the anniversary', () => {
    expect(termEnd('2023-06-13', 36)).toBe('2026-06-12');
  });

  it('from a month or a year, ends in the month or year of its latest possible last day', () => {
    expect(termEnd('2016-06', 36)).toBe('2019-06');
    expect(termEnd('2016', 36)).toBe('2019');
    expect(termEnd('2016', 18)).toBe('2018');
    expect(termEnd('2016-01', 1)).toBe('2016-02');
  });
});

describe('auto-renewing terms', () => {
  it('are in their first period until it ends', () => {
    expect(currentPeriod('2026-06-12', 12, '2026-06-12')).toEqual({ end: '2026-06-12', renewals: 0 });
  });

  it('renew whole periods from the day after the last one ended: in force, never expired', () => {
    expect(currentPeriod('2019-06-12', 12, '2019-06-13')).toEqual({ end: '2020-06-12', renewals: 1 });
    expect(currentPeriod('2019-06-12', 12, '2026-03-01')).toEqual({ end: '2026-06-12', renewals: 7 });
    expect(currentPeriod('2019-02-28', 12, '2020-03-01')).toEqual({ end: '2021-02-28', renewals: 2 });
    expect(currentPeriod('2019-06-12', 24, '2026-03-01')).toEqual({ end: '2027-06-12', renewals: 4 });
  });

  it('renew at the precision the first end was written with', () => {
    expect(currentPeriod('2019-06', 12, '2026-03-01')).toEqual({ end: '2026-06', renewals: 7 });
    expect(currentPeriod('2019-06', 12, '2026-07-01')).toEqual({ end: '2027-06', renewals: 8 });
    expect(currentPeriod('2019', 12, '2026-03-01')).toEqual({ end: '2026', renewals: 7 });
    expect(renewedEnd('2019', 6, 1)).toBe('2020');
  });

  it('have no known current end once the first period is over and no period is known', () => {
    expect(currentPeriod('2019-06-12', null, '2026-03-01')).toBeNull();
  });

  it('always end on or after today once renewed (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 60 }),
        (first, daysLater, period) => {
          const firstEnd = first.toISOString().slice(0, 10);
          const today = new Date(first.getTime() + daysLater * 86_400_000).toISOString().slice(0, 10);
          const found = currentPeriod(firstEnd, period, today);
          expect(found).not.toBeNull();
          expect(hasEnded(found!.end, today)).toBe(false);
          // …and the period before it has ended: it is the current one, not a later one.
          if (found!.renewals > 0) expect(hasEnded(renewedEnd(firstEnd, period, found!.renewals - 1), today)).toBe(true);
        },
      ),
    );
  });
});
