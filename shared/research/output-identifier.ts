/**
 * What an output's identifier may be, per kind: a paper or a dataset is cited by its DOI or found at
 * a web address, a patent by its number at a patent office, a talk by the address of its recording
 * or slides. The identifier is kept exactly as typed; these rules only say whether it is one.
 */
export const OUTPUT_KINDS = ['paper', 'patent', 'dataset', 'model', 'software', 'talk'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export type IdentifierKind = 'doi' | 'patent' | 'url';

/** The identifier kinds each output kind accepts, in the order its message names them. */
export const IDENTIFIERS_BY_KIND: Readonly<Record<OutputKind, readonly IdentifierKind[]>> = {
  paper: ['doi', 'url'],
  patent: ['patent'],
  dataset: ['doi', 'url'],
  model: ['doi', 'url'],
  software: ['doi', 'url'],
  talk: ['url'],
};

// A DOI is "10." + a registrant code of digits (dots allowed) + "/" + a suffix without spaces.
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
// A patent office's two-letter code, then the number as offices and people write it ("10-2345678",
// "11,234,567", "2020/123456"), then an optional kind code ("B2", "A1").
const PATENT = /^[A-Z]{2}[ -]?\d[\d,./ -]*\d(?:[ -]?[A-Z]\d?)?$/;
const URL_LIKE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** What kind of identifier `text` is, or null when it is none of them. */
export function identifierKind(text: string): IdentifierKind | null {
  const value = text.trim();
  if (DOI.test(value)) return 'doi';
  if (URL_LIKE.test(value)) return 'url';
  if (PATENT.test(value)) return 'patent';
  return null;
}

/** Whether `identifier` identifies an output of `kind`; an empty identifier is allowed (not known yet). */
export function identifierFits(kind: OutputKind, identifier: string): boolean {
  if (identifier.trim() === '') return true;
  const found = identifierKind(identifier);
  return found !== null && IDENTIFIERS_BY_KIND[kind].includes(found);
}

/** Where an identifier can be opened: a DOI through doi.org, a web address as it is; a patent number nowhere. */
export function identifierHref(identifier: string): string | null {
  const found = identifierKind(identifier);
  if (found === 'doi') return `https://doi.org/${identifier.trim()}`;
  if (found === 'url') return identifier.trim();
  return null;
}
