import type { en } from './en';

/** Korean. Missing keys fall back to English; a test fails on keys that English does not have. */
export const ko: Partial<Record<keyof typeof en, string>> = {
  'nav.home': '홈',
  'nav.agreements': '협약',
  'nav.organisations': '기관',
  'nav.people': '사람',
  'nav.verify': '검증',
  'nav.keys': '기관 키',
};
