import type { en } from './en';

/** Chinese. Missing keys fall back to English; a test fails on keys that English does not have. */
export const zh: Partial<Record<keyof typeof en, string>> = {
  'nav.home': '首页',
  'nav.agreements': '协议',
  'nav.organisations': '机构',
  'nav.people': '人员',
  'nav.verify': '验证',
  'nav.keys': '机构密钥',
  // Main's errors (the rest fall back to English, key by key).
  'field.required': '{label}为必填项。',
  'field.date': '请按 2026-06-13 的格式填写日期。',
  'person.stillSignatory': '{name}是 {count} 份协议的签署人，无法删除。',
  'validation.several': '有些字段需要检查。',
};
