import { afterEach, describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  expiryFromDuration,
  isCalendarDate,
  localToday,
  parseIsoDate,
} from '../../shared/calendar';

describe('parseIsoDate', () => {
  it('splits a calendar date into numbers', () => {
    expect(parseIsoDate('2026-06-13')).toEqual({ y: 2026, m: 6, d: 13 });
  });

  it.each(['', '2026-6-13', '2026/06/13', '13-06-2026', '2026-06-13T00:00:00Z', 'not a date', ' 2026-06-13'])(
    'throws a RangeError for "%s"',
    (text) => {
      expect(() => parseIsoDate(text)).toThrow(RangeError);
    },
  );
});

describe('isCalendarDate', () => {
  it('says yes only to days that exist, without throwing', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const text of ['2023-02-29', '2026-13-01', '2026-06-1', '', '13/06/2026']) expect(isCalendarDate(text)).toBe(false);
  });
});

describe('the days of a month', () => {
  it('are those the Date reckoning gives, in every year a date can be written in (leap centuries too)', () => {
    const lastDay = (y: number, m: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m, 0);
      return date.getUTCDate();
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const days = [28, 29, 30, 31].filter((d) => isCalendarDate(`${pad(y, 4)}-${pad(m, 2)}-${d}`));
        expect(days.at(-1)).toBe(lastDay(y, m));
        expect(addMonths(`${pad(y, 4)}-${pad(m, 2)}-01`, 0)).toBe(`${pad(y, 4)}-${pad(m, 2)}-01`);
      }),
      { numRuns: 2000, examples: [[1900, 2], [2000, 2], [2024, 2], [2100, 2], [0, 2], [1600, 2]] },
    );
  });
});

describe('addMonths', () => {
  it('moves the month and keeps the day when it exists', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-06-13', 36)).toBe('2029-06-13');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('crosses year ends in both directions', () => {
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('adds nothing for zero months', () => {
    expect(addMonths('2026-06-13', 0)).toBe('2026-06-13');
  });

  it('throws on a string that is not a calendar date', () => {
    expect(() => addMonths('2026-6-1', 1)).toThrow(RangeError);
  });
});

describe('expiryFromDuration', () => {
  it('ends the day before the anniversary', () => {
    expect(expiryFromDuration('2023-06-13', 36)).toBe('2026-06-12');
    expect(expiryFromDuration('2026-01-01', 12)).toBe('2026-12-31');
    expect(expiryFromDuration('2026-03-01', 1)).toBe('2026-03-31');
  });

  it('handles a start on a leap day', () => {
    expect(expiryFromDuration('2024-02-29', 12)).toBe('2025-02-27');
  });
});

describe('addDays', () => {
  it('crosses year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-12-25', 30)).toBe('2026-01-24');
  });

  it('knows about leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('2023-01-01', 365)).toBe('2024-01-01');
  });

  it('adds nothing for zero days', () => {
    expect(addDays('2026-06-13', 0)).toBe('2026-06-13');
  });

  it('throws on a string that is not a calendar date', () => {
    expect(() => addDays('June 13', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when going back', () => {
    expect(daysBetween('2026-06-13', '2026-06-13')).toBe(0);
    expect(daysBetween('2026-06-13', '2026-06-14')).toBe(1);
    expect(daysBetween('2026-06-14', '2026-06-13')).toBe(-1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });

  it('throws on a string that is not a calendar date', () => {
    expect(() => daysBetween('2026-06-13', 'tomorrow')).toThrow(RangeError);
    expect(() => daysBetween('', '2026-06-13')).toThrow(RangeError);
  });

  it('is the inverse of addDays', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1900, max: 2200 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(date, fc.integer({ min: -40_000, max: 40_000 }), (start, n) => {
        const end = addDays(start, n);
        expect(end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(daysBetween(start, end)).toBe(n);
      }),
    );
  });
});

describe('localToday', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  const zones = ['UTC', 'Asia/Seoul', 'Asia/Hong_Kong', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

  it.each(zones)('gives the local calendar date of a local late-evening time in %s', (tz) => {
    process.env.TZ = tz;
    expect(localToday(new Date(2026, 10, 23, 23, 30))).toBe('2026-11-23');
    expect(localToday(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
  });

  it('uses the local day, not the UTC day', () => {
    process.env.TZ = 'Asia/Seoul';
    // Precondition: the zone switch took effect in this process (Seoul is UTC+9, no DST).
    expect(new Date(Date.UTC(2026, 10, 23, 15, 30)).getTimezoneOffset()).toBe(-540);
    // 15:30 UTC on the 23rd is 00:30 on the 24th in Seoul.
    expect(localToday(new Date(Date.UTC(2026, 10, 23, 15, 30)))).toBe('2026-11-24');
    process.env.TZ = 'America/Los_Angeles';
    // 03:00 UTC on the 24th is still the evening of the 23rd in Los Angeles.
    expect(localToday(new Date(Date.UTC(2026, 10, 24, 3, 0)))).toBe('2026-11-23');
  });

  it('defaults to now', () => {
    process.env.TZ = 'Asia/Seoul';
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 23, 15, 30))); // 00:30 on the 24th in Seoul
      expect(localToday()).toBe('2026-11-24');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('calendar edge cases found in review', () => {
  it('keeps years before 100 where they are', async () => {
    const { addDays, expiryFromDuration, daysBetween } = await import('../../shared/calendar');
    expect(addDays('0099-12-31', 0)).toBe('0099-12-31');
    expect(expiryFromDuration('0023-06-13', 36)).toBe('0026-06-12');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });

  it('refuses days that do not exist instead of rolling them over', async () => {
    const { addDays, addMonths } = await import('../../shared/calendar');
    expect(() => addDays('2024-02-30', 0)).toThrow(RangeError);
    expect(() => addMonths('2024-13-01', 0)).toThrow(RangeError);
    expect(addDays('2024-02-29', 0)).toBe('2024-02-29');
  });
});
