import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { COUNTRY_CODES, countryFromName, countryName, isCountryCode, searchCountries } from '../../shared/countries';
import { CountryCode } from '../../shared/models/common';
import { fieldIssuesFromZod } from '../../shared/messages/zod-issues';

function code(text: string): string {
  const result = countryFromName(text);
  if (!result.ok) throw new Error(`expected "${text}" to be a country, got: ${result.reason}`);
  return result.code;
}

function refuse(text: string): string {
  const result = countryFromName(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused, got ${result.code}`);
  return result.reason;
}

describe('countryFromName', () => {
  it.each([
    // Korea, every way a register writes it
    ['Korea', 'KR'],
    ['South Korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['Korea (Republic of)', 'KR'],
    ["Korea, Democratic People's Republic of", 'KP'],
    ['Congo, The Democratic Republic of the', 'CD'],
    ['Tanzania, United Republic of', 'TZ'],
    ['KOREA', 'KR'],
    [' korea ', 'KR'],
    ['대한민국', 'KR'],
    ['한국', 'KR'],
    ['韩国', 'KR'],
    ['韓國', 'KR'],
    ['南韓', 'KR'],
    ['North Korea', 'KP'],
    ['DPRK', 'KP'],
    // China, Hong Kong, Macao, Taiwan
    ['China', 'CN'],
    ['PRC', 'CN'],
    ["People's Republic of China", 'CN'],
    ['中国', 'CN'],
    ['中國', 'CN'],
    ['중국', 'CN'],
    ['Hong Kong', 'HK'],
    ['Hong Kong SAR', 'HK'],
    ['Hong Kong SAR China', 'HK'],
    ['香港', 'HK'],
    ['홍콩', 'HK'],
    ['Macau', 'MO'],
    ['澳門', 'MO'],
    ['Taiwan', 'TW'],
    ['台灣', 'TW'],
    ['대만', 'TW'],
    // Others, in the three languages
    ['United States', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['미국', 'US'],
    ['美国', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['영국', 'GB'],
    ['Japan', 'JP'],
    ['일본', 'JP'],
    ['日本', 'JP'],
    ['Germany', 'DE'],
    ['독일', 'DE'],
    ['德国', 'DE'],
    ['Viet Nam', 'VN'],
    ['Vietnam', 'VN'],
    ['Singapore', 'SG'],
    ['新加坡', 'SG'],
    ['the Netherlands', 'NL'],
    ['Czech Republic', 'CZ'],
    ['Czechia', 'CZ'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Trinidad & Tobago', 'TT'],
    // Codes as codes
    ['KR', 'KR'],
    ['kr', 'KR'],
    ['HK', 'HK'],
  ])('reads %j as %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('never cuts a name to two letters: "Korea" is KR, and KO is no code', () => {
    expect(code('Korea')).toBe('KR');
    expect(refuse('KO')).toBe('KO is not an ISO country code; write the country\'s name, or a code such as KR or HK.');
  });

  it.each(['XX', 'ZZ', 'EU', 'UN', 'XK', 'AA'])('refuses %s, which is not an assigned ISO 3166-1 code', (text) => {
    expect(refuse(text)).toMatch(/is not an ISO country code/);
  });

  it.each(['Koreaa', 'Atlantis', 'Seoul', 'Republic of', '12'])('refuses the unknown name %j with a sentence', (text) => {
    expect(refuse(text)).toMatch(/is not a country Liaison knows/);
  });

  it('refuses a name that stands for two countries, naming both', () => {
    expect(refuse('Congo')).toMatch(/could be .*\(CG\) or .*\(CD\)/);
  });

  it('refuses a blank country', () => {
    expect(refuse('  ')).toBe('No country was given.');
  });
});

describe('country codes', () => {
  it('holds the 249 assigned ISO 3166-1 codes, each once', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('reads every code back from its own name in English, Korean and Chinese', () => {
    for (const c of COUNTRY_CODES) {
      for (const locale of ['en', 'ko', 'zh-Hans', 'zh-Hant']) expect(code(countryName(c, locale)), `${c} in ${locale}`).toBe(c);
    }
  });

  it('knows which codes are assigned', () => {
    expect(isCountryCode('KR')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('kr')).toBe(false);
  });

  it('names a code for people in their language', () => {
    expect(countryName('KR', 'en')).toBe('South Korea');
    expect(countryName('KR', 'ko')).toBe('대한민국');
    expect(countryName('KR', 'zh')).toBe('韩国');
  });
});

describe('searching countries by name', () => {
  it('finds a country by its English, Korean or Chinese name, an alias or its code, the exact name first', () => {
    expect(searchCountries('Korea')[0]).toBe('KR');
    expect(searchCountries('Korea')).toContain('KP');
    expect(searchCountries('대한민국')[0]).toBe('KR');
    expect(searchCountries('韩国')[0]).toBe('KR');
    expect(searchCountries('香港')[0]).toBe('HK');
    expect(searchCountries('germ')[0]).toBe('DE');
    expect(searchCountries('hk')[0]).toBe('HK');
    expect(searchCountries('중국')).toContain('CN');
    expect(searchCountries('Narnia')).toEqual([]);
    expect(searchCountries('  ')).toHaveLength(COUNTRY_CODES.length);
  });

  it('offers only assigned codes, so whatever is picked is a valid ISO 3166-1 alpha-2 code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (text) => {
        for (const code of searchCountries(text)) expect(isCountryCode(code)).toBe(true);
      }),
    );
  });
});

describe('country codes in records', () => {
  it('refuses "XX" and "KO" at the field with a sentence, and takes KR', () => {
    expect(CountryCode.safeParse('KR').success).toBe(true);
    for (const code of ['XX', 'KO']) {
      const parsed = CountryCode.safeParse(code);
      expect(parsed.success).toBe(false);
      expect(fieldIssuesFromZod(parsed.error!.issues)[0].message).toContain('not an ISO country code');
    }
  });
});
