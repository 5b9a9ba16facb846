/**
 * Just enough PDF syntax to append an incremental update to a PDF that Chromium printed: find the
 * cross-reference table and trailer, and read a dictionary's top-level entries as raw text. The
 * text is the PDF's bytes read as latin1 (one char per byte), so string offsets are byte offsets.
 * Anything unexpected throws PdfStructureError; callers turn it into a sentence.
 */

export class PdfStructureError extends Error {}

const WHITESPACE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
/** Deeper nesting than any real catalog or trailer: refuse instead of recursing without end. */
const MAX_DEPTH = 32;

function fail(what: string): never {
  throw new PdfStructureError(what);
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    if (WHITESPACE.has(text[i])) i += 1;
    else if (text[i] === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i += 1;
    else break;
  }
  return i;
}

function skipRegular(text: string, at: number): number {
  let i = at;
  while (i < text.length && !WHITESPACE.has(text[i]) && !DELIMITERS.has(text[i])) i += 1;
  return i;
}

function skipLiteralString(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i + 1;
  }
  return fail('a string never ends');
}

/** Index just past the object starting at `at` (an indirect reference `12 0 R` counts as one). */
function skipObject(text: string, at: number, depth: number): number {
  if (depth > MAX_DEPTH) fail('objects nest too deeply');
  const i = skipSpace(text, at);
  if (text.startsWith('<<', i)) return readDictionary(text, i, depth + 1).end;
  if (text[i] === '<') {
    const end = text.indexOf('>', i);
    return end < 0 ? fail('a hex string never ends') : end + 1;
  }
  if (text[i] === '(') return skipLiteralString(text, i);
  if (text[i] === '[') {
    let j = skipSpace(text, i + 1);
    while (text[j] !== ']') {
      if (j >= text.length) fail('an array never ends');
      j = skipSpace(text, skipObject(text, j, depth + 1));
    }
    return j + 1;
  }
  if (text[i] === '/') return skipRegular(text, i + 1);
  const end = skipRegular(text, i);
  if (end === i) fail(`unexpected "${text[i] ?? 'end of file'}"`);
  const reference = /^\s+\d+\s+R(?![^\0\t\n\f\r ()<>[\]{}/%])/.exec(text.slice(end, end + 24));
  return /^\d+$/.test(text.slice(i, end)) && reference ? end + reference[0].length : end;
}

export type Dictionary = { end: number; entries: Array<[name: string, value: string]> };

/** The top-level entries of the dictionary at `at`, each value as its raw text. */
export function readDictionary(text: string, at: number, depth = 0): Dictionary {
  let i = skipSpace(text, at);
  if (!text.startsWith('<<', i)) fail('a dictionary was expected');
  i = skipSpace(text, i + 2);
  const entries: Array<[string, string]> = [];
  while (!text.startsWith('>>', i)) {
    if (text[i] !== '/') fail('a dictionary key was expected');
    const keyEnd = skipRegular(text, i + 1);
    const valueStart = skipSpace(text, keyEnd);
    const valueEnd = skipObject(text, valueStart, depth);
    entries.push([text.slice(i + 1, keyEnd), text.slice(valueStart, valueEnd)]);
    i = skipSpace(text, valueEnd);
  }
  return { end: i + 2, entries };
}

export function entry(dictionary: Dictionary, name: string): string | undefined {
  return dictionary.entries.find(([key]) => key === name)?.[1];
}

/** Where `startxref` at the very end of the file says the last cross-reference section is. */
export function lastXrefOffset(text: string): number {
  const match = /startxref[\r\n]+(\d+)[\r\n]+%%EOF[\r\n]*$/.exec(text.slice(-64));
  return match ? Number(match[1]) : fail('the file does not end with startxref and %%EOF');
}

export type XrefSection = { offsets: Map<number, { offset: number; generation: number }>; trailer: Dictionary };

/** A classic cross-reference table (`xref` … `trailer`); cross-reference streams are refused. */
export function readXrefSection(text: string, at: number): XrefSection {
  if (!text.startsWith('xref', at)) fail('no cross-reference table where startxref points');
  const offsets = new Map<number, { offset: number; generation: number }>();
  let i = skipSpace(text, at + 4);
  for (;;) {
    const header = /^(\d+) (\d+)[ \t]*\r?\n/.exec(text.slice(i, i + 40));
    if (!header) break;
    i += header[0].length;
    const first = Number(header[1]);
    const count = Number(header[2]);
    if (i + count * 20 > text.length) fail('the cross-reference table is cut short');
    for (let n = 0; n < count; n += 1) {
      const row = /^(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)$/.exec(text.slice(i, i + 20));
      if (!row) fail('a cross-reference entry is malformed');
      if (row[3] === 'n') offsets.set(first + n, { offset: Number(row[1]), generation: Number(row[2]) });
      i += 20;
    }
  }
  if (!text.startsWith('trailer', i)) fail('no trailer after the cross-reference table');
  return { offsets, trailer: readDictionary(text, i + 7) };
}

/** The offset of object `number` in the newest revision, following /Prev through older ones. */
export function findObject(text: string, number: number): { offset: number; generation: number } {
  let at = lastXrefOffset(text);
  for (let hops = 0; hops < MAX_DEPTH; hops += 1) {
    const section = readXrefSection(text, at);
    const found = section.offsets.get(number);
    if (found) return found;
    const prev = entry(section.trailer, 'Prev');
    if (!prev || !/^\d+$/.test(prev)) break;
    at = Number(prev);
  }
  return fail(`object ${number} is not in the cross-reference table`);
}
