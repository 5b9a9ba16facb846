/**
 * Keyset ("seek") page links: the last row's sort key and rowid, and which list and order they
 * belong to, so a deep page starts where the previous one ended instead of counting off every row
 * before it. Opaque to the renderer; anything that does not decode is refused, never guessed at.
 */
export type Cursor = { key: string | number; rowid: number };

export function encodeCursor(scope: string, key: unknown, rowid: number): string | undefined {
  // A NULL or non-scalar key cannot be sought past; such a list pages by offset only.
  if (typeof key !== 'string' && typeof key !== 'number') return undefined;
  return Buffer.from(JSON.stringify([scope, key, rowid]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string, scope: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [from, key, rowid] = value as unknown[];
    if (from !== scope || (typeof key !== 'string' && typeof key !== 'number') || !Number.isSafeInteger(rowid)) return null;
    return { key, rowid: rowid as number };
  } catch {
    return null;
  }
}
