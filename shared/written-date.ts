import { cjkNumeral, cjkNumeralsBefore } from './cjk-numerals';

/**
 * Dates as people write them in registers and forms: "21 September 2018", "Sept. 2019", "2019.3.4",
 * "3rd of March 2019", "2019년 3월 4일", "2019年3月4日", "June 2016", "2016", 2018-04-09, 04/09/2018,
 * Excel serial numbers. A date keeps the precision it was written with ("June 2016" is a month, not
 * 1 June), impossible days are refused rather than rolled over, and a form that could be read two ways
 * says so instead of guessing.
 */

export type DatePrecision = 'day' | 'month' | 'year';

/** `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to match `precision`; `text` is the input exactly as given. */
export type WrittenDate = { precision: DatePrecision; iso: string; text: string };

export type WrittenDateResult = { ok: true; value: WrittenDate } | { ok: false; reason: string };

/**
 * The order of day and month in a locale's numeric dates. It decides year-last forms only (04/09/2018):
 * 'mdy' reads them month-first (en-US); 'dmy' and 'ymd' read them day-first (en-GB, ko, zh), since
 * year-first numbers (2018/04/09) are year-month-day everywhere.
 */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

export type WrittenDateOptions = {
  /** Without it, a year-last form whose day and month could swap (03/04/2019) is refused as ambiguous. */
  order?: DateOrder;
  /** For fields that hold a day: "June 2016" is then refused with a sentence instead of read as a month. */
  requireDay?: boolean;
};

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** English month words, full and abbreviated ("sept" is common in registers). */
const MONTH_WORDS: Record<string, number> = {};
MONTH_NAMES.forEach((name, index) => {
  const lower = name.toLowerCase();
  MONTH_WORDS[lower] = index + 1;
  MONTH_WORDS[lower.slice(0, 3)] = index + 1;
});
MONTH_WORDS.sept = 9;

/** Weekday names as Intl writes them and people copy them, Sunday = 0. */
const WEEKDAYS: Array<[RegExp, number]> = [
  [/^(sun(day)?|일(요일)?|星期[日天]|周[日天]|週[日天])$/, 0],
  [/^(mon(day)?|월(요일)?|星期一|周一|週一)$/, 1],
  [/^(tue(s|sday)?|화(요일)?|星期二|周二|週二)$/, 2],
  [/^(wed(nesday)?|수(요일)?|星期三|周三|週三)$/, 3],
  [/^(thu(r|rs|rsday)?|목(요일)?|星期四|周四|週四)$/, 4],
  [/^(fri(day)?|금(요일)?|星期五|周五|週五)$/, 5],
  [/^(sat(urday)?|토(요일)?|星期六|周六|週六)$/, 6],
];
const WEEKDAY_WORD = '(?:[a-z]{3,9}|[일월화수목금토](?:요일)?|(?:星期|周|週)[一二三四五六日天])';

/** Full-width digits and punctuation to ASCII, Chinese numerals to digits, one space, lower case. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(cjkNumeralsBefore('年月日号號'), cjkNumeral)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

type Parts = { y: string; m?: string; d?: string; weekday?: string };
type Reading = Parts | { reason: string } | null;

const ORDINAL = '(?:st|nd|rd|th)?';
const SEP = '[\\s\\-./,\']*';

/** Takes a weekday off the front ("Tuesday, 13 June 2023") or the end ("2023년 6월 13일 화요일", "(화)"). */
function splitWeekday(text: string): { rest: string; weekday?: string } {
  const front = new RegExp(`^(${WEEKDAY_WORD})\\.?,? (.+)$`).exec(text);
  if (front && WEEKDAYS.some(([re]) => re.test(front[1]))) return { rest: front[2], weekday: front[1] };
  const end =
    new RegExp(`^(.+?),? [(]?(${WEEKDAY_WORD})[)]?\\.?$`).exec(text) ??
    new RegExp(`^(.+?)[(](${WEEKDAY_WORD})[)]$`).exec(text) ??
    /^(.+?[日号號])((?:星期|周|週)[一二三四五六日天])$/.exec(text); // zh-CN writes 2023年6月13日星期二
  if (end && WEEKDAYS.some(([re]) => re.test(end[2]))) return { rest: end[1], weekday: end[2] };
  return { rest: text };
}

/** Parts with the month given as a word ("sept.", "March"); a word that is no month is named as such. */
function withMonth(y: string, word: string, d: string | undefined, written: string): Reading {
  const month = MONTH_WORDS[word.replace(/\.$/, '')];
  if (!month) return { reason: `“${written}” names no month Liaison knows; write the month in English, like “March” or “Mar”.` };
  return { y, m: String(month), d };
}

function yearLast(a: string, b: string, y: string, order: DateOrder | undefined, written: string): Reading {
  const [first, second] = [Number(a), Number(b)];
  if (first === second) return { y, m: a, d: b };
  if (order === 'mdy') return { y, m: a, d: b };
  if (order === 'dmy' || order === 'ymd') return { y, m: b, d: a };
  // No locale rule: only a number above 12 shows which is the day.
  if (first > 12 && second <= 12) return { y, m: b, d: a };
  if (second > 12 && first <= 12) return { y, m: a, d: b };
  if (first > 12 && second > 12) return { y, m: a, d: b }; // refused below: no month above 12
  const one = `${first} ${MONTH_NAMES[second - 1]} ${y}`;
  const other = `${second} ${MONTH_NAMES[first - 1]} ${y}`;
  return {
    reason: `“${written}” could be ${one} or ${other}. Write the month as a word, or the date as ${y}-${b.padStart(2, '0')}-${a.padStart(2, '0')} (year, month, day).`,
  };
}

/** Each form people write, tried in turn on the normalised text. */
function read(s: string, order: DateOrder | undefined, written: string): Reading {
  let m: RegExpExecArray | null;
  // Year first, numbers: 2018-04-09, 2019.3.4, 2019. 3. 4., 2019/03/04, 2019-03
  if ((m = /^(\d{4}) ?([-./]) ?(\d{1,2})(?: ?\2 ?(\d{1,2}))?\.?$/.exec(s))) return { y: m[1], m: m[3], d: m[4] };
  // Korean and Chinese: 2019년 3월 4일, 2019年3月4日, 2019年3月4号, 2019년 3월, 2019年
  if ((m = /^(\d{4}) ?[년年](?: ?(\d{1,2}) ?[월月](?: ?(\d{1,2}) ?[일日号號])?)?$/.exec(s))) return { y: m[1], m: m[2], d: m[3] };
  if ((m = /^(\d{4})$/.exec(s))) return { y: m[1] };
  // Compact, as some systems export: 20190304
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return { y: m[1], m: m[2], d: m[3] };
  // Year last, numbers: 04/09/2018, 4.9.2018, 04-09-2018
  if ((m = /^(\d{1,2}) ?([-./]) ?(\d{1,2}) ?\2 ?(\d{4})\.?$/.exec(s))) return yearLast(m[1], m[3], m[4], order, written);
  // Month and year, numbers: 03/2019, 3.2019
  if ((m = /^(\d{1,2}) ?[-./] ?(\d{4})$/.exec(s))) return { y: m[2], m: m[1] };
  // Day, month word, year: 21 September 2018, 3rd of March 2019, 21-Sep-2018, the 1st of June, 2020
  if ((m = new RegExp(`^(?:the )?(\\d{1,2})${ORDINAL}(?: of)?${SEP}([a-z]+\\.?)${SEP}(\\d{4})$`).exec(s))) return withMonth(m[3], m[2], m[1], written);
  // Month word, day, year: September 21, 2018; Sept. 21st 2018
  if ((m = new RegExp(`^([a-z]+\\.?)${SEP}(\\d{1,2})${ORDINAL}[\\s,.]+(\\d{4})$`).exec(s))) return withMonth(m[3], m[1], m[2], written);
  // Month word and year: June 2016, Sept. 2019, Mar-2019
  if ((m = new RegExp(`^([a-z]+\\.?)${SEP}(\\d{4})$`).exec(s))) return withMonth(m[2], m[1], undefined, written);
  // Year first with a month word: 2018 September 21, 2018-Sep-21, 2019 June
  if ((m = new RegExp(`^(\\d{4})${SEP}([a-z]+\\.?)(?:${SEP}(\\d{1,2})${ORDINAL})?$`).exec(s))) return withMonth(m[1], m[2], m[3], written);
  return null;
}

/** Forms close to a date whose missing part cannot be made up. */
function missingPart(s: string, written: string): string | null {
  const twoDigitYear =
    /^\d{1,2} ?([-./]) ?\d{1,2} ?\1 ?\d{2}$/.test(s) ||
    new RegExp(`^(\\d{1,2}${ORDINAL}${SEP}[a-z]+\\.?|[a-z]+\\.?${SEP}\\d{1,2}${ORDINAL})${SEP}'?\\d{2}$`).test(s) ||
    /^\d{2} ?[년年]/.test(s);
  if (twoDigitYear) return `“${written}” has a two-digit year, which could be in any century; write the year in full, such as 2019.`;
  const noYear =
    new RegExp(`^(?:the )?\\d{1,2}${ORDINAL}(?: of)? ?[a-z]+\\.?$|^[a-z]+\\.? \\d{1,2}${ORDINAL}$`).test(s) || /^\d{1,2} ?[월月]/.test(s);
  if (noYear) return `“${written}” has no year; add the year.`;
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]);

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function weekdayOf(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCDay();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Checks the parts exist as a calendar day, month or year; never rolls 30 February over into March. */
function check(parts: Parts, written: string): WrittenDateResult {
  const y = Number(parts.y);
  if (y < 1000) return { ok: false, reason: `The year ${parts.y} is not one Liaison can hold; write a year from 1000 to 9999.` };
  if (parts.m === undefined) return { ok: true, value: { precision: 'year', iso: pad(y, 4), text: written } };
  const m = Number(parts.m);
  if (m < 1 || m > 12) return { ok: false, reason: `“${written}” is not a date: there is no month ${m}.` };
  if (parts.d === undefined) return { ok: true, value: { precision: 'month', iso: `${pad(y, 4)}-${pad(m)}`, text: written } };
  const d = Number(parts.d);
  const last = daysIn(y, m);
  if (d < 1 || d > 31) return { ok: false, reason: `“${written}” is not a date: no month has a day ${d}.` };
  if (d > last) {
    const why = m === 2 && d === 29 ? `${y} is not a leap year` : `${MONTH_NAMES[m - 1]} ${y} has ${last} days`;
    return { ok: false, reason: `${d} ${MONTH_NAMES[m - 1]} ${y} does not exist: ${why}.` };
  }
  if (parts.weekday !== undefined) {
    const actual = weekdayOf(y, m, d);
    const said = WEEKDAYS.find(([re]) => re.test(parts.weekday ?? ''))?.[1];
    if (said !== actual) {
      const english = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
      return { ok: false, reason: `“${written}” does not hold together: ${d} ${MONTH_NAMES[m - 1]} ${y} was a ${english[actual]}.` };
    }
  }
  return { ok: true, value: { precision: 'day', iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, text: written } };
}

/**
 * Reads a date as written. `text` comes back exactly as given, beside the `iso` it was read as and
 * its precision; anything not readable, impossible or ambiguous is refused with a sentence saying why.
 */
export function parseWrittenDate(text: string, options: WrittenDateOptions = {}): WrittenDateResult {
  const written = text.trim();
  if (written === '') return { ok: false, reason: 'No date was given.' };
  const normalised = normalise(written);
  const serial = /^(\d{5})(?:\.\d+)?$/.exec(normalised);
  let result: WrittenDateResult;
  if (serial) {
    result = fromExcelSerial(Number(normalised));
    if (result.ok) result = { ok: true, value: { ...result.value, text } };
  } else {
    const { rest, weekday } = splitWeekday(normalised);
    const reading = read(rest, options.order, written);
    if (reading === null) {
      result = {
        ok: false,
        reason: missingPart(rest, written) ?? `“${written}” is not a date Liaison can read; write it like 13 June 2023 or 2023-06-13.`,
      };
    } else if ('reason' in reading) {
      result = { ok: false, reason: reading.reason };
    } else {
      result = check({ ...reading, weekday }, written);
      if (result.ok) result = { ok: true, value: { ...result.value, text } };
    }
  }
  if (result.ok && options.requireDay && result.value.precision !== 'day') {
    return { ok: false, reason: `“${written}” gives no day; this date needs one, like 13 June 2023.` };
  }
  return result;
}

/** The last serial Excel can show as a date: 31 December 9999. */
const LAST_SERIAL = 2_958_465;

/**
 * An Excel date serial as a day. In the 1900 system serial 1 is 1 January 1900, and Excel counts a
 * 29 February 1900 that never was (copied from Lotus 1-2-3): serial 60 is refused, and from 61 on the
 * count is one day ahead. In the 1904 system (old Mac workbooks) serial 0 is 1 January 1904. A time of
 * day (the fraction) is not part of a date and is ignored.
 */
export function fromExcelSerial(serial: number, system: 1900 | 1904 = 1900): WrittenDateResult {
  const text = String(serial);
  const day = Math.floor(serial);
  const first = system === 1900 ? 1 : 0;
  if (!Number.isFinite(serial) || day < first || day > LAST_SERIAL) {
    return { ok: false, reason: `${text} is not an Excel date serial (they run from ${first} to ${LAST_SERIAL}).` };
  }
  if (system === 1900 && day === 60) {
    return { ok: false, reason: 'Excel serial 60 stands for 29 February 1900, a day that never existed (a known Excel error); check the date in the workbook.' };
  }
  const date = new Date(0);
  if (system === 1904) date.setUTCFullYear(1904, 0, 1 + day);
  else date.setUTCFullYear(1899, 11, day < 60 ? 31 + day : 30 + day);
  const iso = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return { ok: true, value: { precision: 'day', iso, text } };
}

const orders = new Map<string, DateOrder>();

/** The locale's day/month order, from how Intl writes a numeric date there (en-US mdy, en-GB dmy, ko ymd). */
export function dateOrderFor(locale: string): DateOrder {
  let order = orders.get(locale);
  if (!order) {
    order = intlOrder(locale);
    orders.set(locale, order); // a date field asks on every keystroke; Intl formatters are slow to build
  }
  return order;
}

function intlOrder(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .map((part) => part.type)
      .filter((type) => type === 'year' || type === 'month' || type === 'day');
    if (parts[0] === 'year') return 'ymd';
    return parts[0] === 'month' ? 'mdy' : 'dmy';
  } catch {
    return 'dmy';
  }
}

/** "13 June 2023", "June 2016", "2016": a parsed date in words, at its own precision (for tests and previews). */
export function describeWrittenDate(value: Pick<WrittenDate, 'iso' | 'precision'>): string {
  const [y, m, d] = value.iso.split('-').map(Number);
  if (value.precision === 'year') return String(y);
  if (value.precision === 'month') return `${MONTH_NAMES[m - 1]} ${y}`;
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}
