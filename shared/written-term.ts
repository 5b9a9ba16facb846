import { cjkNumeral, cjkNumeralsBefore } from './cjk-numerals';
import { parseDuration } from './duration';
import { parseWrittenDate, type WrittenDate } from './written-date';

/**
 * An agreement's term as registers write it in prose: "for a period of three (3) years", "5 yrs",
 * "valid for three years and renewed automatically unless either side gives notice", "until
 * terminated", "valid until revoked". Whatever cannot be read stays as written (`unknown`), never
 * forced into a number.
 */
export type WrittenTerm =
  | { kind: 'fixed'; months: number }
  | {
      kind: 'auto_renewing';
      /** Each renewal's length; null when the text says it renews but not for how long. */
      periodMonths: number | null;
      /** The first term, only where the text gives it apart from a different renewal period. */
      initialMonths?: number;
      noticeDays?: number;
      /** Notice given in months ("three months' notice") stays in months rather than becoming days. */
      noticeMonths?: number;
    }
  | { kind: 'open_ended' }
  | { kind: 'unknown'; text: string };

/** What the text says about where the agreement stands, beside its term. */
export type TermStatusHint = { status: 'expired' } | { status: 'terminated' } | { status: 'renewed'; on: WrittenDate | null };

export type WrittenTermReading = { term: WrittenTerm; hint?: TermStatusHint; text: string };

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six)';
const UNIT = '(?:years?|yrs?|months?|mos?|년|年|개월|个月|個月)';
/** "three (3) years", "5 yrs", "3년", "1 year and 6 months": one length of time. */
const LENGTH = `${NUMBER}\\s*(?:\\(\\d+\\)\\s*)?[-\\s]?${UNIT}(?:\\s*(?:and\\s+|,\\s*)?${NUMBER}\\s*(?:\\(\\d+\\)\\s*)?${UNIT})?`;

const OPEN_ENDED = new RegExp(
  [
    'until (?:(?:it is |being )?(?:terminated|revoked|cancell?ed|withdrawn)|further notice|(?:either|one|a) (?:party|side) terminates)',
    'indefinite(?:ly)?',
    'no (?:fixed )?(?:term|expiry|expiration|end date)',
    'open[- ]ended',
    'perpetual',
    '무기한',
    '해지(?:할)? (?:때|시)까지',
    '无限期',
    '無限期',
    '长期有效',
    '長期有效',
  ].join('|'),
);

const AUTO_RENEWING =
  /(?:renew(?:ed|s|able)?|extend(?:ed|s)?) automatically|automatic(?:ally)? (?:renew|extend|extension)|auto[- ]?renew|tacit(?:ly)? renew|자동\s*(?:연장|갱신)|自动(?:续|延)|自動(?:續|延)/;

/** After the renewal words: "for successive one-year periods", "for further periods of 2 years", "annually". */
const YEARLY = /\b(?:annually|yearly|each year|every year|year to year|year-to-year|one-year periods?)\b|매년|每年/;

const NOTICE = new RegExp(`(${NUMBER})\\s*(?:\\(\\d+\\)\\s*)?[-\\s]?(days?|months?|일|日|天|개월|个月|個月)[’']?s?\\s*(?:prior\\s+|advance\\s+|written\\s+|in writing\\s+)*(?:notice|전|前)`);

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24, 'thirty-six': 36,
};
const count = (text: string): number => (/^\d+$/.test(text) ? Number(text) : WORDS[text]);

/** "three (3) years" → 36; the parenthesised figure repeats the words, so it is not added twice. */
function monthsOf(length: string): number | null {
  const parsed = parseDuration(length.replace(/\(\d+\)/g, ' ').replace(/\s+/g, ' ').trim());
  return parsed.ok ? parsed.months : null;
}

/** `s` is the normalised text to test; the date renewed on is read from `text` as written. */
function statusHint(s: string, text: string): TermStatusHint | undefined {
  if (/\b(?:lapsed|expired)\b|만료됨|만료되었|효력 상실|已失效|已过期|已到期|已過期|已到期/.test(s)) return { status: 'expired' };
  if (/(?<!until |unless |until it is |until being |if |when )\bterminated\b|해지됨|해지되었|已终止|已終止/.test(s)) return { status: 'terminated' };
  const renewed = /\brenewed(?! automatically)(?:\s+(?:in|on))?\s+(.+?)\s*$/i.exec(text.trim());
  if (renewed) {
    const date = parseWrittenDate(renewed[1]);
    return { status: 'renewed', on: date.ok ? date.value : null };
  }
  if (/\brenewed\s*$/.test(s) || /^renewed\b/.test(s)) return { status: 'renewed', on: null };
  return undefined;
}

type Notice = { at: number; end: number; noticeDays?: number; noticeMonths?: number };

function noticeOf(s: string): Notice | null {
  const found = NOTICE.exec(s);
  if (!found) return null;
  const amount = count(found[1]);
  const at = found.index;
  const end = at + found[0].length;
  return /^(days?|일|日|天)$/.test(found[2]) ? { at, end, noticeDays: amount } : { at, end, noticeMonths: amount };
}

/**
 * Reads a term written in prose, and any status it states ("lapsed", "renewed 2021"). The text is kept
 * as given; a term it cannot read is `unknown`, with that text, for a person to decide.
 */
export function parseWrittenTerm(text: string): WrittenTermReading {
  const s = text
    .normalize('NFKC')
    .replace(cjkNumeralsBefore('年个個'), cjkNumeral)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const hint = statusHint(s, text);
  const reading = (term: WrittenTerm): WrittenTermReading => (hint ? { term, hint, text } : { term, text });

  if (OPEN_ENDED.test(s)) return reading({ kind: 'open_ended' });

  const whole = parseDuration(s);
  if (whole.ok && whole.months !== null) return reading({ kind: 'fixed', months: whole.months });

  const notice = noticeOf(s);
  // "three months' notice" is how long the notice is, not how long the agreement runs.
  const lengths = [...s.matchAll(new RegExp(LENGTH, 'g'))]
    .map((m) => ({ at: m.index ?? 0, months: monthsOf(m[0]) }))
    .filter((l) => !notice || l.at < notice.at || l.at >= notice.end);
  const renewal = AUTO_RENEWING.exec(s);
  if (renewal) {
    const { noticeDays, noticeMonths } = notice ?? {};
    const noticeGiven = noticeDays !== undefined ? { noticeDays } : noticeMonths !== undefined ? { noticeMonths } : {};
    const initial = lengths.find((l) => l.at < renewal.index)?.months ?? null;
    const after = s.slice(renewal.index);
    const stated = lengths.find((l) => l.at > renewal.index)?.months ?? (YEARLY.test(after) ? 12 : null);
    const periodMonths = stated ?? initial;
    const separate = stated !== null && initial !== null && stated !== initial ? { initialMonths: initial } : {};
    return reading({ kind: 'auto_renewing', periodMonths, ...separate, ...noticeGiven });
  }
  const first = lengths.find((l) => l.months !== null);
  if (first?.months) return reading({ kind: 'fixed', months: first.months });
  return reading({ kind: 'unknown', text });
}
