/** Chinese numerals as dates and terms are written in Chinese contracts: 二〇一九年, 十二月三十一日, 三年. */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Numerals directly before one of `units`; the pattern is for `String.replace`. */
export function cjkNumeralsBefore(units: string): RegExp {
  return new RegExp(`[〇零一二两兩三四五六七八九十]+(?=\\s*[${units}])`, 'g');
}

/**
 * 二〇一九 → "2019" (digit by digit, as years are written); 十二 → "12", 二十一 → "21" (as months, days
 * and counts are). Text that is no numeral comes back as "NaN", which no date or term reads.
 */
export function cjkNumeral(text: string): string {
  if (!text.includes('十')) return [...text].map((c) => DIGITS[c] ?? NaN).join('');
  const [tens, ones, ...more] = text.split('十');
  if (more.length > 0) return 'NaN';
  return String((tens === '' ? 1 : (DIGITS[tens] ?? NaN)) * 10 + (ones === '' ? 0 : (DIGITS[ones] ?? NaN)));
}
