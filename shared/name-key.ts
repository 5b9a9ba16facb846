/**
 * Names of organisations and people compared the way a person would: " kaist " is KAIST, ＫＡＩＳＴ
 * (full width) too, "K.A.I.S.T." and "Universität Wien" / "Universitat Wien" as well, and "Seoul
 * National Univ." resembles "Seoul National University" closely enough to ask, not to decide. The
 * one normaliser: the duplicate warnings of the forms and the import's organisation matching both
 * use it, and the register's `name_keys` index holds its `matchKey`s.
 */

/**
 * Case, width, spacing, punctuation, accents on Latin letters and a leading "the" do not make a
 * different name. Spaces between words are kept (similarity compares words); CJK and Hangul are
 * left as written apart from width (NFKC), since their marks change the word.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The key two names must share to be "the same name": `nameKey` without spaces, so "K.A.I.S.T."
 * and "KAIST", or "한국 과학기술원" and "한국과학기술원", meet in the index.
 */
export function matchKey(name: string): string {
  return nameKey(name).replace(/ /g, '');
}

/** A record's names (its name and its names in other scripts) as their distinct match keys. */
export function matchKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(matchKey).filter((key) => key !== ''))];
}

function bigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < key.length - 1; i += 1) {
    const gram = key.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity of two keys' character pairs: 1 the same, 0 nothing in common (works for CJK too). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  for (const [gram, count] of left) shared += Math.min(count, right.get(gram) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** How alike two names must be before a person is asked whether they are one record. */
export const CLOSE_MATCH = 0.72;
