import type { en } from './en';

/** Chinese. Missing keys fall back to English; a test fails on keys that English does not have. */
export const zh: Partial<Record<keyof typeof en, string>> = {
  'nav.home': '首页',
  'nav.agreements': '协议',
  'nav.organisations': '机构',
  'nav.people': '人员',
  'nav.verify': '验证',
  'nav.keys': '机构密钥',
};
