import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';

/**
 * The encoding of a CSV file as offices save them: UTF-8 (with or without a byte-order mark), UTF-16
 * (Excel's "Unicode text"), and the legacy code pages Korean and Chinese Windows still write —
 * CP949 (EUC-KR) and GB18030 (GBK). The two legacy ones share most byte ranges, so Korean bytes also
 * decode "cleanly" as Chinese characters and the other way round; which reading is meant is judged
 * by how much of it is made of the characters registers in each language actually use.
 */

export type DecodedText = { text: string; encoding: string };

/** Syllables that fill Korean registers: institutions, agreement words, places. */
const KOREAN_COMMON = new Set(
  [...'이의다는에을를하가고서지기한로대학사자정국과인도수리시보제부원구중어일나아연관협약체결만료기간위해상동전성산업교회장주공개발술센터재단병청군력경문화육합본운영통신술소법식외무부처양해각서정서갱신종료현황비고명칭국가번호체결일서울부산대구인천광주전남북충강원경기제주포항울산창원성남수원한국과기원카이스트연세고려성균관한양중앙이화서강건국동국홍익숙명아주인하조선영남계명부경전북충북충남']
);

/** Characters that fill Chinese registers (simplified and traditional). */
const CHINESE_COMMON = new Set(
  [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题程展五果料象员位入常文总次品式活设及管特件长求头基资边流路级少图山统接知较将组见计别手角期根论运农指区强放决西被干做必先回则任取据处南给光门即保治北造百规热领七海口东导器压志世金增争济术极交受联认六共权收证改清美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议报完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效斯院查江型王按格养易置派层片始专状育厂京识适属圆包住调满县局照参红细引听该铁价严龙飞协签署限终止续港圳州浙苏伙伴备忘录學國際協議簽署機構與備忘錄終續約']
);

function score(text: string, common: Set<string>): number {
  let wide = 0;
  let good = 0;
  let bad = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    wide += 1;
    if (common.has(char)) good += 1;
    else if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) bad += 1;
  }
  return wide === 0 ? 0 : (good - 5 * bad) / wide;
}

/** Excel's "Unicode text" has no BOM sometimes: half its bytes are zero, on one side. */
function utf16WithoutMark(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function validUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads the bytes of a text file in the encoding they were written in, or refuses with a sentence. */
export function decodeText(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = validUtf8(bytes.subarray(3));
    if (text === null) throw new AppError('VALIDATION', 'import.encodingUnknown');
    return { text, encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16 BE' };
  const sixteen = utf16WithoutMark(bytes);
  if (sixteen) return { text: iconv.decode(bytes, sixteen), encoding: sixteen === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE' };
  const utf8 = validUtf8(bytes);
  if (utf8 !== null) {
    if (utf8.includes('\u0000')) throw new AppError('VALIDATION', 'import.notText');
    return { text: utf8, encoding: 'UTF-8' };
  }
  const korean = iconv.decode(bytes, 'cp949');
  const chinese = iconv.decode(bytes, 'gb18030');
  const ko = score(korean, KOREAN_COMMON);
  const zh = score(chinese, CHINESE_COMMON);
  // Below this, neither reading is made of real words: better a sentence than a page of mojibake.
  if (Math.max(ko, zh) < 0.15) throw new AppError('VALIDATION', 'import.encodingUnknown');
  return ko >= zh ? { text: korean, encoding: 'CP949' } : { text: chinese, encoding: 'GB18030' };
}
