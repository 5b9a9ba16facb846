/**
 * User text in Markdown, shown as written: no title, name or note becomes markup, a link, HTML or
 * an entity, whatever it contains. Characters that make inline markup anywhere are escaped with a
 * backslash (valid for any ASCII punctuation in CommonMark); those that start a block (a heading, a
 * list, a quote) only where they would, at the start of a line. Line breaks stay line breaks (hard
 * breaks, indented by `indent` so a list item keeps its lines).
 */
const INLINE = /[\\`*_[\]<>|~&]/g;
// At a line's start: a heading, a list bullet, a setext underline, a numbered item ("1." / "1)").
const LINE_START = /^(\s*)([#+\-=]|\d+[.)])/;

export function markdownText(text: string, indent = ''): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(INLINE, (c) => `\\${c}`).replace(LINE_START, (_, space: string, lead: string) => `${space}${lead.slice(0, -1)}\\${lead.slice(-1)}`))
    .join(`\\\n${indent}`);
}

/** The same for a table cell, where a line break would end the row: lines are joined with a visible " / ". */
export function markdownCell(text: string): string {
  return markdownText(text.replace(/\r\n?|\n/g, ' / '));
}
