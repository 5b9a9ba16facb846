import type { OrganisationKind } from '../../../shared/models/organisation';

/**
 * Organisation names as a register writes them, compared the way a person would: " kaist " is
 * KAIST, ＫＡＩＳＴ (full width) too, and "Seoul National Univ." resembles "Seoul National University"
 * closely enough to ask, not to decide.
 */

/** Case, width, spacing, punctuation and a leading "the" do not make a different organisation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.,'’"“”()（）[\]·・]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function bigrams(key: string): Map<string, number> {
  const compact = key.replace(/\s+/g, ' ');
  const grams = new Map<string, number>();
  for (let i = 0; i < compact.length - 1; i += 1) {
    const gram = compact.slice(i, i + 2);
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

/** How alike two names must be before a person is asked whether they are one organisation. */
export const CLOSE_MATCH = 0.72;

const KINDS: Array<[RegExp, OrganisationKind]> = [
  [/\b(?:faculty|school of|department|college of|graduate school)\b|학부|단과대학|대학원|学部|院系|學系/i, 'faculty'],
  [/\b(?:university|universit|college|institute of technology|polytechnic|academy)\b|대학교|대학|大学|大學|学院|學院/i, 'university'],
  [/\b(?:city|metropolitan|municipal|prefecture|province)\b|특별시|광역시|시청|市政府|市人民政府/i, 'city'],
  [/\b(?:ministry|government|agency|authority|council|administration|bureau)\b|부처|진흥원|공단|정부|政府|局|部委/i, 'government_agency'],
  [/\b(?:accelerator|incubator)\b|액셀러레이터|창업보육|孵化器|加速器/i, 'accelerator'],
  [/\b(?:inc|corp|corporation|company|co|ltd|limited|llc|gmbh|plc|group|holdings)\b|주식회사|\(주\)|㈜|有限公司|股份|公司|集团/i, 'company'],
];

/** The kind a new organisation gets from its name alone; "other" when the name does not say. */
export function guessOrganisationKind(name: string): OrganisationKind {
  return KINDS.find(([pattern]) => pattern.test(name.normalize('NFKC')))?.[1] ?? 'other';
}
