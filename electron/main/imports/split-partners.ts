/**
 * Several partners in one register cell: "KAIST; POSTECH", "Tsinghua University、Peking University",
 * "Seoul National University and Yonsei University", one per line. Commas and "and" also occur inside
 * names ("Samsung Electronics Co., Ltd.", "University of California, Berkeley", "Hong Kong University
 * of Science and Technology"), so a piece is only split off where it reads as a name of its own.
 */

/** What follows a comma inside a company's name rather than starting another. */
const LEGAL_SUFFIX = /^(?:co|corp|corporation|inc|incorporated|ltd|limited|llc|l\.l\.c|plc|gmbh|ag|sa|s\.a|spa|s\.p\.a|bv|b\.v|nv|n\.v|pte|pty|kk|k\.k|lp|llp|sas|srl)\b\.?/i;

/** Words that make a piece a name of its own (an institution, a company, an agency). */
const ORGANISATION_WORD =
  /\b(?:university|universit[äéà]t?|college|institute|institution|school|academy|centre|center|hospital|foundation|agency|ministry|council|corporation|company|group|bank|laboratory|lab|association|society|office|city|government|inc|ltd|llc|gmbh|corp)\b|대학|대학교|연구원|연구소|재단|병원|주식회사|공사|기관|청|시청|大学|大學|学院|學院|研究院|研究所|公司|集团|集團|医院|醫院|基金会|政府|局/i;

/** Where "of" ties what follows to a name: "University of Science and Technology". */
const OF_PHRASE = /\b(?:of|for|de|des|der|für)\s+[^,;]*$/i;

/**
 * Splits `text` at `separator` (a pattern with one capture group), then joins a piece back to the one
 * before it, with the separator exactly as written, unless `splits(previous, piece)` says it stands alone.
 */
function splitWhere(text: string, separator: RegExp, splits: (previous: string, piece: string) => boolean): string[] {
  const parts = text.split(separator);
  const out: string[] = [parts[0] ?? ''];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const [written, piece] = [parts[i], parts[i + 1]];
    const previous = out[out.length - 1];
    if (piece.trim() !== '' && previous.trim() !== '' && splits(previous.trim(), piece.trim())) out.push(piece);
    else out[out.length - 1] = `${previous}${written}${piece}`;
  }
  return out.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** A name on its own: one with an institution's word in it, or an acronym such as KAIST or LG. */
const nameLike = (piece: string): boolean => ORGANISATION_WORD.test(piece) || /^[A-Z][A-Z0-9]{1,9}$/.test(piece);

function splitCommas(text: string): string[] {
  return splitWhere(text, /(\s*,\s*)/, (previous, piece) => {
    if (LEGAL_SUFFIX.test(piece)) return false;
    // "University of California, Berkeley", "Vietnam National University, Hanoi": a campus or a place
    // after an institution's name, not a second name.
    return !(!ORGANISATION_WORD.test(piece) && piece.split(/\s+/).length <= 2 && ORGANISATION_WORD.test(previous));
  });
}

function splitAnd(text: string): string[] {
  return splitWhere(text, /(\s+(?:and|&)\s+|\s*(?:그리고|및)\s+|(?<=\S)(?:及|和)(?=\S))/i, (previous, piece) => {
    // "… of Science and Technology", "Arts and Sciences": the "and" joins words inside one name.
    if (OF_PHRASE.test(previous) && !startsAName(piece)) return false;
    return nameLike(previous) && nameLike(piece);
  });
}

/** A piece that opens like an institution of its own: "Yonsei University", "Peking University". */
function startsAName(piece: string): boolean {
  const first = piece.split(/\s+/)[0] ?? '';
  return nameLike(piece) && !/^(?:technology|science|sciences|engineering|arts|medicine|management|design|humanities)$/i.test(first);
}

/** The partners a cell names, each as written (trimmed); an empty cell names none. */
export function splitPartners(cell: string): string[] {
  const text = cell.replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  // Strong separators first: a semicolon, the ideographic list mark, a line break, a slash between names.
  const strong = text.split(/\s*[;；、\n]\s*|\s+\/\s+/).filter((piece) => piece.trim() !== '');
  const pieces = strong.length > 1 ? strong : splitCommas(text);
  return pieces.flatMap(splitAnd).map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** Signatories as a register lists them: "Kim Min-jun (President); Lee Ji-eun", one per line. */
export function splitNames(cell: string): string[] {
  return cell
    .split(/\s*[;；、\n]\s*|\s*,\s*(?![^()]*\))|\s+and\s+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}
