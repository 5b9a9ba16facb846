import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enErrors, isMessageKey } from '../../shared/messages/en';
import { templateParams } from '../../shared/messages/message';

const ROOT = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

type Use = { file: string; key: string; params: string | undefined; implicit: readonly string[] };

/**
 * Every place code names a message key, with the parameters it passes when they are written out
 * there. `keyed(…)` schema messages also get the check's own `max`/`min` from zod.
 */
const PATTERNS: Array<{ re: RegExp; implicit: readonly string[] }> = [
  { re: /new AppError\(\s*'[A-Z_]+',\s*'([^']+)'(?:,\s*(\{[^}]*\}|undefined|[\w.()', ]+?))?\s*[,)]/g, implicit: [] },
  { re: /super\(\s*'[A-Z_]+',\s*'([^']+)'(?:,\s*(\{[^}]*\}|undefined|[\w.()', ]+?))?\s*[,)]/g, implicit: [] },
  { re: /fieldIssue\(\s*[^,]+,\s*'([^']+)'(?:,\s*(\{[^}]*\}|[\w.]+))?\s*\)/g, implicit: [] },
  { re: /keyed(?:Message)?\(\s*'([^']+)'(?:,\s*(\{[^}]*\}|[\w.]+))?\s*\)/g, implicit: ['max', 'min'] },
  { re: /\bkey: '([a-z]+\.[A-Za-z.]+)'(?: as const)?(?:, params: (\{[^}]*\}|[\w.]+))?/g, implicit: [] },
];

function uses(): Use[] {
  const found: Use[] = [];
  for (const file of [...sourceFiles('electron/main'), ...sourceFiles('shared')]) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const { re, implicit } of PATTERNS) {
      for (const match of text.matchAll(re)) found.push({ file, key: match[1], params: match[2], implicit });
    }
  }
  return found;
}

/** Property names of an object literal written in place: `{ noun }`, `{ what, name: key }`. */
function literalNames(params: string): string[] {
  return [...params.matchAll(/(?:^\{|,)\s*([A-Za-z_$][\w$]*)\s*(?=[:,}])/g)].map((match) => match[1]);
}

describe('message keys used in code', () => {
  const all = uses();

  it('are found across main and shared (the scan itself works)', () => {
    expect(all.length).toBeGreaterThan(80);
    expect(all.some((use) => use.file.includes('record-service') && use.key === 'record.notFound')).toBe(true);
  });

  it('are all in the English catalog', () => {
    expect(all.filter((use) => !isMessageKey(use.key)).map((use) => `${use.file}: ${use.key}`)).toEqual([]);
  });

  it('supply every {param} their English template reads', () => {
    const missing: string[] = [];
    for (const use of all) {
      if (!isMessageKey(use.key)) continue;
      const needed = templateParams(enErrors[use.key]).filter((name) => !use.implicit.includes(name));
      // Params built elsewhere (`moveParams(…)`, a parsed issue's own) are checked by those functions' tests.
      if (use.params !== undefined && use.params !== 'undefined' && !use.params.startsWith('{')) continue;
      const given = use.params?.startsWith('{') ? literalNames(use.params) : [];
      for (const name of needed) if (!given.includes(name)) missing.push(`${use.file}: ${use.key} needs {${name}}`);
    }
    expect(missing).toEqual([]);
  });

  it('never throw an English sentence in place of a key', () => {
    const sentences: string[] = [];
    for (const file of sourceFiles('electron/main')) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/new AppError\(\s*'[A-Z_]+',\s*(['`"])([^'`"]*)\1/g)) {
        if (!isMessageKey(match[2])) sentences.push(`${file}: ${match[2]}`);
      }
    }
    expect(sentences).toEqual([]);
  });
});

describe('the English catalog', () => {
  it('has templates that all parse', () => {
    for (const [key, template] of Object.entries(enErrors)) expect(() => templateParams(template), key).not.toThrow();
  });
});
