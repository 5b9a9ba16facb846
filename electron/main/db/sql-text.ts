// Just enough reading of SQLite's stored CREATE statements for the schema page: SQLite's pragmas
// give columns, keys and indexes, but not CHECK constraints, an index's expressions or its WHERE.
// Quotes, brackets and comments are respected so that `CHECK (origin IN ('own', 'imported'))`
// and `-- a comment, with a comma` never split in the wrong place.

/** Index of the `)` that closes the `(` at `open`, or -1. */
export function closingParen(sql: string, open: number): number {
  let depth = 0;
  for (let i = open; i < sql.length; i += 1) {
    const skipped = skipLiteralOrComment(sql, i);
    if (skipped !== i) {
      i = skipped - 1;
      continue;
    }
    if (sql[i] === '(') depth += 1;
    else if (sql[i] === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The comma-separated parts of the parenthesised list that opens at `open`, comments removed. */
export function listParts(sql: string, open: number): string[] {
  const close = closingParen(sql, open);
  if (close < 0) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = open + 1; i < close; i += 1) {
    const skipped = skipLiteralOrComment(sql, i);
    if (skipped !== i) {
      const isComment = sql.startsWith('--', i) || sql.startsWith('/*', i);
      current += isComment ? ' ' : sql.slice(i, skipped);
      i = skipped - 1;
      continue;
    }
    const c = sql[i];
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts.map(squash).filter((part) => part !== '');
}

/** Every `CHECK (…)` clause in a column or table definition, as written. */
export function checkClauses(definition: string): string[] {
  const found: string[] = [];
  const pattern = /\bCHECK\s*\(/gi;
  for (let match = pattern.exec(definition); match; match = pattern.exec(definition)) {
    if (insideLiteral(definition, match.index)) continue;
    const open = match.index + match[0].length - 1;
    const close = closingParen(definition, open);
    if (close < 0) break;
    found.push(`CHECK ${definition.slice(open, close + 1)}`);
    pattern.lastIndex = close + 1;
  }
  return found;
}

/** The text after the first top-level `WHERE` that follows `from`, or null (partial indexes). */
export function whereClause(sql: string, from: number): string | null {
  const match = /\bWHERE\b/i.exec(sql.slice(from));
  return match ? squash(sql.slice(from + match.index + match[0].length)) : null;
}

/** Collapses runs of whitespace outside string literals, so the page shows one clean line. */
export function squash(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const skipped = skipLiteralOrComment(text, i);
    const isComment = skipped !== i && (text.startsWith('--', i) || text.startsWith('/*', i));
    if (isComment || (skipped === i && /\s/.test(text[i]))) {
      pendingSpace = true;
      if (skipped !== i) i = skipped - 1;
      continue;
    }
    const piece = skipped !== i ? text.slice(i, skipped) : text[i];
    // One space between words, none just inside parentheses: `CHECK (a IN (1, 2))`.
    if (pendingSpace && out !== '' && !out.endsWith('(') && piece !== ')') out += ' ';
    pendingSpace = false;
    out += piece;
    if (skipped !== i) i = skipped - 1;
  }
  return out;
}

/** Removes the indentation a migration's template literal gave every line after the first. */
export function dedent(sql: string): string {
  const lines = sql.split('\n').map((line) => line.trimEnd());
  const rest = lines.slice(1).filter((line) => line.trim() !== '');
  const indent = Math.min(...rest.map((line) => line.length - line.trimStart().length));
  return [lines[0], ...lines.slice(1).map((line) => (Number.isFinite(indent) ? line.slice(indent) : line))].join('\n');
}

function insideLiteral(text: string, at: number): boolean {
  for (let i = 0; i < at; i += 1) {
    const skipped = skipLiteralOrComment(text, i);
    if (skipped > at) return true;
    if (skipped !== i) i = skipped - 1;
  }
  return false;
}

/** If a string, quoted name or comment starts at `i`, the index just after it; otherwise `i`. */
function skipLiteralOrComment(sql: string, i: number): number {
  const c = sql[i];
  if (c === "'" || c === '"' || c === '`') {
    let j = i + 1;
    while (j < sql.length) {
      if (sql[j] === c) {
        if (sql[j + 1] === c) j += 2; // a doubled quote is an escaped quote
        else return j + 1;
      } else j += 1;
    }
    return sql.length;
  }
  if (c === '[') {
    const end = sql.indexOf(']', i + 1);
    return end < 0 ? sql.length : end + 1;
  }
  if (sql.startsWith('--', i)) {
    const end = sql.indexOf('\n', i);
    return end < 0 ? sql.length : end;
  }
  if (sql.startsWith('/*', i)) {
    const end = sql.indexOf('*/', i + 2);
    return end < 0 ? sql.length : end + 2;
  }
  return i;
}
