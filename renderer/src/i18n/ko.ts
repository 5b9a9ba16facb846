import type { en } from './en';

/** Korean. Missing keys fall back to English; a test fails on keys that English does not have. */
export const ko: Partial<Record<keyof typeof en, string>> = {
  'nav.home': '홈',
  'nav.agreements': '협약',
  'nav.organisations': '기관',
  'nav.people': '사람',
  'nav.verify': '검증',
  'nav.keys': '기관 키',
  // Main's errors (the rest fall back to English, key by key).
  'field.required': '{label} 항목은 필수입니다.',
  'field.tooLong': '최대 {max}자까지 입력할 수 있습니다.',
  'field.date': '2026-06-13 형식으로 날짜를 입력하세요.',
  'record.notFound': '해당 {noun} 항목이 없거나 삭제되었습니다.',
  'person.stillSignatory': '{name}님은 협약 {count}건의 서명자이므로 삭제할 수 없습니다.',
  'agreement.referenceTakenHere': '다른 협약이 이미 이 참조 번호를 사용합니다.',
  'validation.several': '확인이 필요한 항목이 있습니다.',
};
