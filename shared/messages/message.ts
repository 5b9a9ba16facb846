/**
 * A small message format of our own, close to ICU's so translators meet nothing new:
 *   `{name}`                                    the parameter as given (a number as its digits: it may be a year or a schema version)
 *   `{count, plural, one {# item} other {# items}}`   a form chosen by `Intl.PluralRules`; `=0 {…}` matches exactly; `#` is the number
 *   `{kind, select, mou {an MOU} other {{kind}}}`     a form chosen by the parameter's value, `other` when none matches
 * Branches may hold further placeholders. A placeholder whose parameter is missing stays as it is
 * written, so a slip shows up in the text instead of vanishing.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'choice'; name: string; style: 'plural' | 'select'; branches: ReadonlyMap<string, Part[]>; source: string };

class TemplateReader {
  at = 0;
  constructor(readonly template: string) {}

  /** Parts until the end, or until the `}` that closes the branch being read. */
  parts(inPlural: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (this.at < this.template.length) {
      const char = this.template[this.at];
      if (char === '}') break;
      if (char === '{') {
        flush();
        parts.push(this.placeholder(inPlural));
      } else if (char === '#' && inPlural) {
        flush();
        parts.push({ kind: 'pound' });
        this.at += 1;
      } else {
        text += char;
        this.at += 1;
      }
    }
    flush();
    return parts;
  }

  private placeholder(inPlural: boolean): Part {
    const start = this.at;
    this.at += 1; // {
    const head = this.readUntil(/[,}]/);
    const name = head.trim();
    if (this.template[this.at] === '}') {
      this.at += 1;
      return { kind: 'arg', name };
    }
    this.at += 1; // ,
    const style = this.readUntil(/[,}]/).trim();
    if ((style !== 'plural' && style !== 'select') || this.template[this.at] !== ',') {
      throw new Error(`Message template has an unknown placeholder style "${style}": ${this.template}`);
    }
    this.at += 1; // ,
    const branches = new Map<string, Part[]>();
    for (;;) {
      const selector = this.readUntil(/[{}]/).trim();
      if (this.template[this.at] === '}') break;
      if (!selector) throw new Error(`Message template has a branch without a name: ${this.template}`);
      this.at += 1; // {
      branches.set(selector, this.parts(style === 'plural' || inPlural));
      if (this.template[this.at] !== '}') throw new Error(`Message template has an unclosed branch: ${this.template}`);
      this.at += 1; // }
    }
    this.at += 1; // }
    if (!branches.has('other')) throw new Error(`Message template needs an "other" branch: ${this.template}`);
    return { kind: 'choice', name, style, branches, source: this.template.slice(start, this.at) };
  }

  private readUntil(stop: RegExp): string {
    const from = this.at;
    while (this.at < this.template.length && !stop.test(this.template[this.at])) this.at += 1;
    if (this.at >= this.template.length) throw new Error(`Message template has an unclosed placeholder: ${this.template}`);
    return this.template.slice(from, this.at);
  }
}

const parsedTemplates = new Map<string, Part[]>();

function parse(template: string): Part[] {
  let parts = parsedTemplates.get(template);
  if (!parts) {
    const reader = new TemplateReader(template);
    parts = reader.parts(false);
    if (reader.at < template.length) throw new Error(`Message template has a stray "}": ${template}`);
    parsedTemplates.set(template, parts);
  }
  return parts;
}

function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

function pluralCategory(value: number, locale: string): string {
  try {
    return new Intl.PluralRules(locale).select(value);
  } catch {
    return value === 1 ? 'one' : 'other';
  }
}

function render(parts: readonly Part[], params: MessageParams, locale: string, count: number | null): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'pound') out += count === null ? '#' : formatNumber(count, locale);
    else if (!Object.hasOwn(params, part.name)) out += part.kind === 'arg' ? `{${part.name}}` : part.source;
    else if (part.kind === 'arg') {
      out += String(params[part.name]);
    } else if (part.style === 'select') {
      const value = String(params[part.name]);
      out += render(part.branches.get(value) ?? part.branches.get('other')!, params, locale, count);
    } else {
      const value = Number(params[part.name]);
      const branch = part.branches.get(`=${value}`) ?? part.branches.get(pluralCategory(value, locale)) ?? part.branches.get('other')!;
      out += render(branch, params, locale, value);
    }
  }
  return out;
}

/** Fills `template` with `params` for `locale` (plural forms and numbers follow the locale). */
export function formatMessage(template: string, params: MessageParams = {}, locale = 'en'): string {
  return render(parse(template), params, locale, null);
}

/** Every parameter a template reads, in any branch (a translation must not need more than the code gives). */
export function templateParams(template: string): string[] {
  const names = new Set<string>();
  const walk = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (part.kind === 'arg') names.add(part.name);
      if (part.kind === 'choice') {
        names.add(part.name);
        part.branches.forEach(walk);
      }
    }
  };
  walk(parse(template));
  return [...names].sort();
}
