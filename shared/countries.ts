/**
 * Countries by name, as registers write them ("Korea", "대한민국", "香港", "PRC"), to ISO 3166-1
 * alpha-2 codes. The names come from Intl.DisplayNames in English, Korean and Chinese, so the data here
 * is only the list of assigned codes and the aliases Intl does not know.
 */

/** The 249 officially assigned ISO 3166-1 alpha-2 codes; Intl also names non-ISO regions (EU, XK, UN). */
export const COUNTRY_CODES: readonly string[] = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS
MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS
RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW
TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`
  .trim()
  .split(/\s+/);

const ASSIGNED = new Set(COUNTRY_CODES);

/** Names people write that Intl's English, Korean and Chinese names do not cover. */
const ALIASES: Record<string, string[]> = {
  KR: ['Korea', 'Republic of Korea', 'ROK', 'S. Korea', '한국', '남한', '대한민국', '韩国', '韓國', '大韩民国', '大韓民國', '南韓'],
  KP: ['DPRK', "Democratic People's Republic of Korea", '조선', '북조선', '北朝鲜', '朝鮮'],
  CN: ['PRC', "People's Republic of China", 'Mainland China', 'China (Mainland)', '중화인민공화국', '中华人民共和国', '中華人民共和國', '中国大陆', '中國大陸'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'HKSAR', 'Hong Kong, China', '홍콩', '香港', '中国香港', '中國香港', '香港特别行政区', '香港特別行政區'],
  MO: ['Macau', 'Macao', 'Macao SAR', '마카오', '澳门', '澳門'],
  TW: ['타이완', '臺灣'],
  US: ['USA', 'U.S.A.', 'US', 'U.S.', 'United States of America', 'America', '미합중국', '美利坚合众国'],
  GB: ['UK', 'U.K.', 'Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland', 'England', 'Scotland', 'Wales', '英國'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czech Republic'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  VN: ['Viet Nam'],
  RU: ['Russian Federation'],
  AE: ['UAE', 'U.A.E.'],
  CI: ['Ivory Coast', "Côte d'Ivoire"],
  SZ: ['Swaziland'],
  MK: ['Macedonia', 'Republic of North Macedonia'],
  MM: ['Burma'],
  IR: ['Islamic Republic of Iran'],
  LA: ["Lao People's Democratic Republic"],
  SY: ['Syrian Arab Republic'],
  TZ: ['United Republic of Tanzania'],
  BO: ['Plurinational State of Bolivia'],
  VE: ['Bolivarian Republic of Venezuela'],
  MD: ['Republic of Moldova'],
  CD: ['Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  CG: ['Republic of the Congo'],
};

/** Names that stand for more than one country: refused with both, rather than one guessed. */
const AMBIGUOUS: Record<string, string[]> = { congo: ['CG', 'CD'], 콩고: ['CG', 'CD'], 刚果: ['CG', 'CD'] };

/** Case, width, punctuation and "the" do not make a different country. */
function key(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    // ISO's inverted style: "Korea, Republic of", "Congo (the Democratic Republic of the)"
    .replace(/^(.+?)\s*[,(]\s*(?:the )?(.+? of(?: the)?)\s*\)?$/, '$2 $1')
    .replace(/&/g, ' and ')
    .replace(/[.,'’()（）·・]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

let index: Map<string, string> | null = null;

/** Built on first use: every code's name in each language Intl has, then the aliases on top. */
function names(): Map<string, string> {
  if (index) return index;
  const built = new Map<string, string>();
  for (const locale of ['en', 'ko', 'zh-Hans', 'zh-Hant']) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      continue; // an Intl without region names: the aliases still work
    }
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name) built.set(key(name), code);
    }
  }
  for (const [code, aliases] of Object.entries(ALIASES)) for (const alias of aliases) built.set(key(alias), code);
  index = built;
  return built;
}

export function isCountryCode(code: string): boolean {
  return ASSIGNED.has(code);
}

export type CountryLookup = { ok: true; code: string } | { ok: false; reason: string };

/**
 * The ISO code for a country as written: its name in English, Korean or Chinese, a common alias, or the
 * code itself ("kr", "HK"). Anything else is refused with a sentence, never cut down to two letters.
 */
export function countryFromName(text: string): CountryLookup {
  const written = text.trim();
  if (written === '') return { ok: false, reason: 'No country was given.' };
  const found = key(written);
  const both = AMBIGUOUS[found];
  if (both) {
    const [a, b] = both.map((code) => `${countryName(code, 'en')} (${code})`);
    return { ok: false, reason: `“${written}” could be ${a} or ${b}; write which one.` };
  }
  const byName = names().get(found);
  if (byName) return { ok: true, code: byName };
  if (/^[a-z]{2}$/.test(found)) {
    const code = found.toUpperCase();
    if (ASSIGNED.has(code)) return { ok: true, code };
    return { ok: false, reason: `${code} is not an ISO country code; write the country's name, or a code such as KR or HK.` };
  }
  return {
    ok: false,
    reason: `“${written}” is not a country Liaison knows; write its name in English, Korean or Chinese (such as South Korea, 대한민국 or 韩国) or its two-letter code, such as KR.`,
  };
}

/** A code's name for people in `locale` ("South Korea", "대한민국", "韩国"); the code itself where Intl has none. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

let searchIndex: Array<{ code: string; keys: string[] }> | null = null;

/** Every code with the keys of all its names: English, Korean, Chinese (both scripts), the aliases and the code. */
function searchable(): Array<{ code: string; keys: string[] }> {
  if (searchIndex) return searchIndex;
  const byCode = new Map<string, Set<string>>(COUNTRY_CODES.map((code) => [code, new Set([code.toLowerCase()])]));
  for (const [name, code] of names()) byCode.get(code)?.add(name);
  searchIndex = [...byCode].map(([code, keys]) => ({ code, keys: [...keys] }));
  return searchIndex;
}

/**
 * The countries a picker offers for typed text, by any of their names (English, Korean, Chinese,
 * common aliases) or their code: a name that is exactly the text first ("Korea" is South Korea),
 * then names starting with it, then names containing it. Empty text offers every country.
 */
export function searchCountries(text: string): string[] {
  const typed = key(text);
  if (typed === '') return [...COUNTRY_CODES];
  const ranked: Array<{ code: string; rank: number }> = [];
  for (const { code, keys } of searchable()) {
    let rank = Infinity;
    for (const k of keys) {
      if (k === typed) rank = Math.min(rank, 0);
      else if (k.startsWith(typed)) rank = Math.min(rank, 1);
      else if (k.includes(typed)) rank = Math.min(rank, 2);
    }
    if (rank !== Infinity) ranked.push({ code, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)).map((entry) => entry.code);
}
