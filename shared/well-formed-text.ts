import { englishMessage } from './errors';

/**
 * Text that is not well-formed Unicode (a lone UTF-16 surrogate, e.g. half of an emoji cut by a
 * faulty paste) cannot be stored as sent: SQLite and JSON turn it into U+FFFD, so what was hashed
 * or signed would no longer match what was kept. Such input is refused where it arrives, never
 * rewritten.
 */
export const ILL_FORMED_TEXT_MESSAGE = englishMessage('text.illFormed');

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Dotted paths (as field issues name them) of every string, or object key, in `value` that is not well-formed. */
export function illFormedTextPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!isWellFormedText(value)) found.push(path.join('.'));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => illFormedTextPaths(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isWellFormedText(key)) found.push([...path, key].join('.'));
      illFormedTextPaths(item, [...path, key], found);
    }
  }
  return found;
}
