import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isCalendarDate } from '../../shared/calendar';
import {
  dateOrderFor,
  describeWrittenDate,
  fromExcelSerial,
  parseWrittenDate,
  type DateOrder,
  type WrittenDate,
} from '../../shared/written-date';

function read(text: string, order?: DateOrder): WrittenDate {
  const result = parseWrittenDate(text, { order });
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.reason}`);
  return result.value;
}

function refuse(text: string, order?: DateOrder, requireDay?: boolean): string {
  const result = parseWrittenDate(text, { order, requireDay });
  if (result.ok) throw new Error(`expected "${text}" to be refused, got ${result.value.iso}`);
  return result.reason;
}

/** Forms copied from published registers, letters and exports; [as written, iso, precision, locale order]. */
const READABLE: Array<[string, string, WrittenDate['precision'], DateOrder?]> = [
  // English, day first
  ['21 September 2018', '2018-09-21', 'day'],
  ['21 Sept 2018', '2018-09-21', 'day'],
  ['21 Sep. 2018', '2018-09-21', 'day'],
  ['21st September, 2018', '2018-09-21', 'day'],
  ['3rd of March 2019', '2019-03-03', 'day'],
  ['the 3rd of March, 2019', '2019-03-03', 'day'],
  ['13th June 2023', '2023-06-13', 'day'],
  ['1st June 2020', '2020-06-01', 'day'],
  ['2nd Feb 2021', '2021-02-02', 'day'],
  ['21-Sep-2018', '2018-09-21', 'day'],
  ['21.Sep.2018', '2018-09-21', 'day'],
  ['29 February 2024', '2024-02-29', 'day'],
  ['29 Feb 2000', '2000-02-29', 'day'],
  ['  13 June 2023  ', '2023-06-13', 'day'],
  ['13 JUNE 2023', '2023-06-13', 'day'],
  ['Tuesday, 13 June 2023', '2023-06-13', 'day'],
  ['Tue 13 June 2023', '2023-06-13', 'day'],
  // English, month first
  ['September 21, 2018', '2018-09-21', 'day'],
  ['Sept. 21st 2018', '2018-09-21', 'day'],
  ['June 13 2023', '2023-06-13', 'day'],
  ['Jun 13, 2023', '2023-06-13', 'day'],
  ['Tuesday, June 13, 2023', '2023-06-13', 'day'],
  ['March 3rd, 2019', '2019-03-03', 'day'],
  // English, year first
  ['2018 September 21', '2018-09-21', 'day'],
  ['2018-Sep-21', '2018-09-21', 'day'],
  // Month and year only
  ['June 2016', '2016-06', 'month'],
  ['Sept. 2019', '2019-09', 'month'],
  ['Sept 2019', '2019-09', 'month'],
  ['September, 2019', '2019-09', 'month'],
  ['Mar-2019', '2019-03', 'month'],
  ['2019 June', '2019-06', 'month'],
  ['2019-03', '2019-03', 'month'],
  ['2019.3', '2019-03', 'month'],
  ['03/2019', '2019-03', 'month'],
  // Year only
  ['2016', '2016', 'year'],
  ['2016년', '2016', 'year'],
  ['2016年', '2016', 'year'],
  // Korean
  ['2019년 3월 4일', '2019-03-04', 'day'],
  ['2019년3월4일', '2019-03-04', 'day'],
  ['2019년 03월 04일', '2019-03-04', 'day'],
  ['2019. 3. 4.', '2019-03-04', 'day'],
  ['2019.3.4(월)', '2019-03-04', 'day'],
  ['2019년 3월 4일 (월)', '2019-03-04', 'day'],
  ['2023년 6월 13일 화요일', '2023-06-13', 'day'],
  ['2019년 3월', '2019-03', 'month'],
  // Chinese
  ['2019年3月4日', '2019-03-04', 'day'],
  ['2019年3月4号', '2019-03-04', 'day'],
  ['2019 年 3 月 4 日', '2019-03-04', 'day'],
  ['２０１９年３月４日', '2019-03-04', 'day'],
  ['二〇一九年三月四日', '2019-03-04', 'day'],
  ['二〇二〇年十二月三十一日', '2020-12-31', 'day'],
  ['2023年6月13日星期二', '2023-06-13', 'day'],
  ['2023年6月13日 星期二', '2023-06-13', 'day'],
  ['2019年3月', '2019-03', 'month'],
  ['2019／3／4', '2019-03-04', 'day'],
  // Numbers, year first
  ['2018-04-09', '2018-04-09', 'day'],
  ['2019.3.4', '2019-03-04', 'day'],
  ['2019.03.04', '2019-03-04', 'day'],
  ['2019/03/04', '2019-03-04', 'day'],
  ['2019-3-4', '2019-03-04', 'day'],
  ['20190304', '2019-03-04', 'day'],
  // Numbers, year last: unambiguous, or read by the locale's order
  ['13/04/2019', '2019-04-13', 'day'],
  ['04/13/2019', '2019-04-13', 'day'],
  ['04/04/2019', '2019-04-04', 'day'],
  ['04/09/2018', '2018-04-09', 'day', 'mdy'],
  ['04/09/2018', '2018-09-04', 'day', 'dmy'],
  ['04/09/2018', '2018-09-04', 'day', 'ymd'],
  ['4.9.2018', '2018-09-04', 'day', 'dmy'],
  ['04-09-2018', '2018-04-09', 'day', 'mdy'],
  // Excel serial numbers as they arrive in text
  ['43466', '2019-01-01', 'day'],
  ['45090', '2023-06-13', 'day'],
  ['45090.5', '2023-06-13', 'day'],
];

describe('parseWrittenDate: forms people write', () => {
  it('has a table of at least 60 real-world forms', () => {
    expect(READABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(READABLE)('reads %j as %s (%s)', (text, iso, precision, order) => {
    expect(read(text, order)).toEqual({ iso, precision, text });
  });

  it('keeps the text exactly as written, whitespace and all', () => {
    expect(read(' Sept. 2019 ').text).toBe(' Sept. 2019 ');
  });
});

describe('parseWrittenDate: refusals say why', () => {
  it.each([
    ['30 February 2026', /February 2026 has 28 days/],
    ['29 February 2026', /2026 is not a leap year/],
    ['2026-02-29', /2026 is not a leap year/],
    ['02/30/2026', /30 February 2026 does not exist/, 'mdy'],
    ['02/29/2026', /29 February 2026 does not exist/, 'mdy'],
    ['31 April 2024', /April 2024 has 30 days/],
    ['2019년 2월 30일', /30 February 2019 does not exist/],
    ['2019年2月30日', /30 February 2019 does not exist/],
    ['29 February 1900', /1900 is not a leap year/],
    ['2026-13-01', /no month 13/],
    ['13/13/2026', /no month 13/],
    ['13/04/2019', /no month 13/, 'mdy'],
    ['2019.0.4', /no month 0/],
    ['2026-01-32', /no month has a day 32/],
    ['0 March 2019', /no month has a day 0/],
    ['03/04/2019', /could be 3 April 2019 or 4 March 2019/],
    ['3/4/19', /two-digit year/],
    ['21-Sep-18', /two-digit year/],
    ['3 March', /has no year/],
    ['March 3rd', /has no year/],
    ['3월 4일', /has no year/],
    ['Septembre 2019', /names no month/],
    ['Spring 2019', /names no month/],
    ['Monday, 13 June 2023', /13 June 2023 was a Tuesday/],
    ['2023년 6월 13일 수요일', /was a Tuesday/],
    ['Q1 2019', /names no month/],
    ['2019-2022', /not a date Liaison can read/],
    ['soon', /not a date Liaison can read/],
    ['0999-01-01', /from 1000 to 9999/],
    ['', /No date was given/],
    ['   ', /No date was given/],
  ] as Array<[string, RegExp, DateOrder?]>)('refuses %j', (text, why, order) => {
    expect(refuse(text, order)).toMatch(why);
  });

  it('says which day the ambiguous form could be, and how to write it plainly', () => {
    expect(refuse('03/04/2019')).toBe(
      '“03/04/2019” could be 3 April 2019 or 4 March 2019. Write the month as a word, or the date as 2019-04-03 (year, month, day).',
    );
  });

  it('keeps a month a month, and refuses it only where a day is required', () => {
    expect(read('June 2016')).toMatchObject({ precision: 'month', iso: '2016-06' });
    expect(refuse('June 2016', undefined, true)).toMatch(/gives no day/);
    expect(refuse('2016', undefined, true)).toMatch(/gives no day/);
    expect(parseWrittenDate('13 June 2016', { requireDay: true })).toMatchObject({ ok: true });
  });
});

describe('fromExcelSerial', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [43466, '2019-01-01'],
    [45090.75, '2023-06-13'],
    [2958465, '9999-12-31'],
  ])('reads serial %d as %s', (serial, iso) => {
    expect(fromExcelSerial(serial)).toMatchObject({ ok: true, value: { iso, precision: 'day' } });
  });

  it('refuses serial 60, the 29 February 1900 Excel invented', () => {
    const result = fromExcelSerial(60);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/29 February 1900, a day that never existed/);
  });

  it('reads the 1904 system of old Mac workbooks', () => {
    expect(fromExcelSerial(0, 1904)).toMatchObject({ ok: true, value: { iso: '1904-01-01' } });
    expect(fromExcelSerial(42003, 1904)).toMatchObject({ ok: true, value: { iso: '2018-12-31' } });
  });

  it.each([0, -1, 2958466, Number.NaN])('refuses %d, which is no date serial', (serial) => {
    expect(fromExcelSerial(serial).ok).toBe(false);
  });
});

describe('dateOrderFor', () => {
  it.each([
    ['en-US', 'mdy'],
    ['en', 'mdy'],
    ['en-GB', 'dmy'],
    ['ko-KR', 'ymd'],
    ['zh-CN', 'ymd'],
  ])('%s writes numeric dates %s', (locale, order) => {
    expect(dateOrderFor(locale)).toBe(order);
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const daysIn = (y: number, m: number) => new Date(Date.UTC(2000, m, 0)).getUTCDate() - (m === 2 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 1 : 0);

const validDay = fc
  .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));

const impossibleDay = fc
  .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 1, max: 3 }) })
  .filter(({ y, m, extra }) => daysIn(y, m) + extra <= 31)
  .map(({ y, m, extra }) => ({ y, m, d: daysIn(y, m) + extra }));

const pad = (n: number) => String(n).padStart(2, '0');

/** Ways to write one day, each with the locale order it needs. */
const WRITERS: Array<[string, (p: { y: number; m: number; d: number }) => string, DateOrder?]> = [
  ['ISO', ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`],
  ['day month year', ({ y, m, d }) => `${d} ${MONTHS[m - 1]} ${y}`],
  ['month day, year', ({ y, m, d }) => `${MONTHS[m - 1]} ${d}, ${y}`],
  ['abbreviated', ({ y, m, d }) => `${d}-${MONTHS[m - 1].slice(0, 3)}-${y}`],
  ['Korean', ({ y, m, d }) => `${y}년 ${m}월 ${d}일`],
  ['Chinese', ({ y, m, d }) => `${y}年${m}月${d}日`],
  ['dotted', ({ y, m, d }) => `${y}.${m}.${d}`],
  ['US numeric', ({ y, m, d }) => `${pad(m)}/${pad(d)}/${y}`, 'mdy'],
  ['UK numeric', ({ y, m, d }) => `${pad(d)}/${pad(m)}/${y}`, 'dmy'],
];

describe('parseWrittenDate: properties', () => {
  it('reads back every valid day, however it is written', () => {
    fc.assert(
      fc.property(validDay, ({ y, m, d }) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        for (const [, write, order] of WRITERS) expect(read(write({ y, m, d }), order)).toMatchObject({ iso, precision: 'day' });
      }),
    );
  });

  it('reads back what Intl writes in English, Korean and Chinese', () => {
    const formats = ['en-US', 'en-GB', 'ko-KR', 'zh-CN', 'zh-TW'].flatMap((locale) =>
      (['full', 'long', 'medium'] as const).map((dateStyle) => new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' })),
    );
    fc.assert(
      fc.property(validDay, ({ y, m, d }) => {
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, d);
        for (const format of formats) expect(read(format.format(date))).toMatchObject({ iso: `${y}-${pad(m)}-${pad(d)}` });
      }),
      { numRuns: 200 },
    );
  });

  it('describes a day in words that read back as the same day', () => {
    fc.assert(
      fc.property(validDay, ({ y, m, d }) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        expect(read(describeWrittenDate({ iso, precision: 'day' })).iso).toBe(iso);
      }),
    );
  });

  it('keeps a month written without a day at month precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        for (const text of [`${MONTHS[m - 1]} ${y}`, `${y}년 ${m}월`, `${y}年${m}月`, `${y}-${pad(m)}`]) {
          expect(read(text)).toMatchObject({ iso: `${y}-${pad(m)}`, precision: 'month' });
        }
      }),
    );
  });

  it('refuses every day past the end of its month, however it is written', () => {
    fc.assert(
      fc.property(impossibleDay, (parts) => {
        for (const [, write, order] of WRITERS) expect(parseWrittenDate(write(parts), { order }).ok).toBe(false);
      }),
    );
  });

  it('refuses every month above 12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(parseWrittenDate(`${y}-${m}-${pad(d)}`).ok).toBe(false);
        expect(parseWrittenDate(`${y}년 ${m}월 ${d}일`).ok).toBe(false);
        expect(parseWrittenDate(`${m}/${d}/${y}`, { order: 'mdy' }).ok).toBe(false);
      }),
    );
  });

  it('never reads any text as a date that does not exist', () => {
    const dateish = fc.string({ unit: fc.constantFrom(...'0123456789 -./,年月日년월일stndrhofJuneSeptFebmarch'.split('')), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(dateish, fc.string()), fc.constantFrom<DateOrder | undefined>(undefined, 'mdy', 'dmy', 'ymd'), (text, order) => {
        const result = parseWrittenDate(text, { order });
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(0);
          return;
        }
        const { iso, precision } = result.value;
        if (precision === 'day') expect(isCalendarDate(iso)).toBe(true);
        if (precision === 'month') expect(iso).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        if (precision === 'year') expect(iso).toMatch(/^\d{4}$/);
        expect(result.value.text).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every Excel serial back as the day it counts to', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const result = fromExcelSerial(serial);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // Counted from 30 December 1899 once past Excel's phantom 29 February 1900.
        const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
        expect(result.value.iso).toBe(expected);
      }),
    );
  });
});
