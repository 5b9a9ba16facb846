import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseDuration, formatDuration } from '../../shared/duration';

function months(text: string): number | null {
  const result = parseDuration(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.message}`);
  return result.months;
}

function rejects(text: string): string {
  const result = parseDuration(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected, got ${String(result.months)} months`);
  return result.message;
}

describe('parseDuration', () => {
  it.each([
    ['3 years', 36],
    ['1 year', 12],
    ['18 months', 18],
    ['1 month', 1],
    ['1 year 6 months', 18],
    ['2 years, 3 months', 27],
    ['one year and six months', 18],
    ['three years', 36],
    ['twenty-four months', 24],
    ['3y', 36],
    ['18m', 18],
    ['2 yrs', 24],
    ['5 mos', 5],
    ['3 Years', 36],
    ['  3 years  ', 36],
  ])('reads English "%s" as %i months', (text, expected) => {
    expect(months(text)).toBe(expected);
  });

  it.each([
    ['3년', 36],
    ['6개월', 6],
    ['3년 6개월', 42],
    ['3年', 36],
    ['6个月', 6],
    ['6個月', 6],
    ['3年6个月', 42],
  ])('reads Korean/Chinese "%s" as %i months', (text, expected) => {
    expect(months(text)).toBe(expected);
  });

  it('reads a bare number as years', () => {
    expect(months('3')).toBe(36);
    expect(months('100')).toBe(1200);
  });

  it('treats empty or blank text as no duration', () => {
    expect(parseDuration('')).toEqual({ ok: true, months: null });
    expect(parseDuration('   ')).toEqual({ ok: true, months: null });
  });

  it.each(['forever', 'years', 'a year', 'three', 'abc 3 years', '3 years ago', '1.5 years', '-3 years', '3 weeks', 'y3'])(
    'rejects "%s" with a hint on how to write it',
    (text) => {
      expect(rejects(text)).toMatch(/3 years/);
    },
  );

  it('rejects zero and negative-looking zero durations as out of range', () => {
    expect(rejects('0 years')).toMatch(/between 1 month and 100 years/);
    expect(rejects('0 months')).toMatch(/between 1 month and 100 years/);
    expect(rejects('0')).toMatch(/between 1 month and 100 years/);
  });

  it('accepts exactly 100 years but nothing longer', () => {
    expect(months('100 years')).toBe(1200);
    expect(months('1200 months')).toBe(1200);
    expect(rejects('101 years')).toMatch(/between 1 month and 100 years/);
    expect(rejects('100 years 1 month')).toMatch(/between 1 month and 100 years/);
    expect(rejects('1201 months')).toMatch(/between 1 month and 100 years/);
    expect(rejects('101')).toMatch(/between 1 month and 100 years/);
  });
});

describe('formatDuration', () => {
  it.each([
    [1, '1 month'],
    [6, '6 months'],
    [12, '1 year'],
    [13, '1 year 1 month'],
    [18, '1 year 6 months'],
    [36, '3 years'],
    [42, '3 years 6 months'],
    [1200, '100 years'],
  ])('formats %i months as "%s"', (m, text) => {
    expect(formatDuration(m)).toBe(text);
  });

  it('round-trips through parseDuration for every whole number of months from 1 to 1200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1200 }), (m) => {
        expect(parseDuration(formatDuration(m))).toEqual({ ok: true, months: m });
      }),
    );
  });
});
