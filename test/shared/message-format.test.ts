import { describe, expect, it } from 'vitest';
import { formatMessage, templateParams } from '../../shared/messages/message';

const AGREEMENTS = '{count, plural, =0 {no agreements} one {# agreement} other {# agreements}}';

describe('formatMessage', () => {
  it('fills plain placeholders, numbers as their digits (a year stays 2026)', () => {
    expect(formatMessage('That {noun} was signed in {year}.', { noun: 'MOU', year: 2026 })).toBe('That MOU was signed in 2026.');
  });

  it('chooses plural forms with Intl.PluralRules: 1 agreement / 2 agreements, and exact =0', () => {
    expect(formatMessage(AGREEMENTS, { count: 1 })).toBe('1 agreement');
    expect(formatMessage(AGREEMENTS, { count: 2 })).toBe('2 agreements');
    expect(formatMessage(AGREEMENTS, { count: 0 })).toBe('no agreements');
    expect(formatMessage(AGREEMENTS, { count: 12000 })).toBe('12,000 agreements');
  });

  it('follows the locale’s plural rules (Polish has “few” and “many”)', () => {
    const pl = '{n, plural, one {# umowa} few {# umowy} many {# umów} other {# umowy}}';
    expect([1, 3, 5, 22].map((n) => formatMessage(pl, { n }, 'pl'))).toEqual(['1 umowa', '3 umowy', '5 umów', '22 umowy']);
  });

  it('selects by value, with nested placeholders and “other” as the fallback', () => {
    const text = '{article, select, an {An} other {A}} {noun} that is {from}';
    expect(formatMessage(text, { article: 'an', noun: 'agreement', from: 'draft' })).toBe('An agreement that is draft');
    expect(formatMessage(text, { article: 'x', noun: 'program', from: 'open' })).toBe('A program that is open');
    expect(formatMessage('{kind, select, mou {an MOU} other {a {kind}}}', { kind: 'contract' })).toBe('a contract');
  });

  it('leaves a placeholder whose parameter is missing as written, so the slip shows', () => {
    expect(formatMessage('Hello {name}.', {})).toBe('Hello {name}.');
    expect(formatMessage(`Has ${AGREEMENTS}.`)).toBe(`Has ${AGREEMENTS}.`);
  });

  it('refuses a broken template outright', () => {
    expect(() => formatMessage('Hello {name', {})).toThrow(/unclosed/);
    expect(() => formatMessage('{n, plural, one {x}}', { n: 1 })).toThrow(/other/);
    expect(() => formatMessage('{n, number}', { n: 1 })).toThrow(/style/);
    expect(() => formatMessage('stray }', {})).toThrow(/stray/);
  });
});

describe('templateParams', () => {
  it('lists every parameter, in branches too', () => {
    expect(templateParams('{name} has {count, plural, one {# item at {place}} other {# items}}')).toEqual(['count', 'name', 'place']);
  });
});
