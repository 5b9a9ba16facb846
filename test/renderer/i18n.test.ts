import { afterEach, describe, expect, it } from 'vitest';
import { templateParams } from '../../shared/messages/message';
import { EN_PARTS, en } from '../../renderer/src/i18n/en';
import { ko } from '../../renderer/src/i18n/ko';
import { zh } from '../../renderer/src/i18n/zh';
import { formatDate, resolveLocale, translate } from '../../renderer/src/i18n';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('catalogs', () => {
  it.each([
    ['ko', ko],
    ['zh', zh],
  ])('%s has no keys that English lacks, and reads no {placeholder} that English is not given', (_name, catalog) => {
    const known = new Set(Object.keys(en));
    expect(Object.keys(catalog).filter((key) => !known.has(key))).toEqual([]);
    for (const [key, text] of Object.entries(catalog)) {
      // A translation may leave a parameter out (a label the field already shows), never need one more.
      const given = templateParams(en[key as keyof typeof en]);
      expect(templateParams(text ?? '').filter((name) => !given.includes(name)), key).toEqual([]);
    }
  });

  it('English is split by area with no key defined twice (a later part would silently win)', () => {
    const keys = EN_PARTS.flatMap((part) => Object.keys(part));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(keys).toHaveLength(Object.keys(en).length);
  });

  it('interpolates and falls back to English', () => {
    expect(translate('en', 'pager.range', { from: 1, to: 50, total: '3,000' })).toBe('1–50 of 3,000');
    expect(translate('ko', 'nav.agreements')).toBe('협약');
    expect(translate('ko', 'agreements.new')).toBe(en['agreements.new']);
  });

  it('picks the UI locale from the browser language', () => {
    expect(resolveLocale('ko-KR')).toEqual({ ui: 'ko', intl: 'ko-KR' });
    expect(resolveLocale('zh-Hant-HK').ui).toBe('zh');
    expect(resolveLocale('en-GB')).toEqual({ ui: 'en', intl: 'en-GB' });
    expect(resolveLocale('fr-FR')).toEqual({ ui: 'en', intl: 'en' });
  });
});

describe('formatDate', () => {
  const zones = ['Pacific/Kiritimati', 'Asia/Seoul', 'Asia/Hong_Kong', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago'];

  it.each(zones)('keeps 13 June 2026 on the 13th in %s', (zone) => {
    process.env.TZ = zone;
    expect(formatDate('2026-06-13', 'en-GB')).toBe('13 Jun 2026');
    expect(formatDate('2026-01-01', 'en-US', 'long')).toBe('January 1, 2026');
    expect(formatDate('2026-06-13', 'ko-KR')).toContain('13');
  });

  it('really runs in those zones (a naive Date would shift)', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date('2026-06-13').getDate()).toBe(12);
  });

  it('passes non-dates through and shows nothing for null', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('soon')).toBe('soon');
  });
});
