/**
 * User text in Markdown exports, so that nothing typed in a title, a note or a name becomes markup
 * or HTML when the file is rendered: `# <script>…</script> *x* [a](b) | pipe` shows exactly those
 * characters. CommonMark lets a backslash escape any ASCII punctuation, so escaping never changes
 * what is shown, only what it can become.
 */

/** Characters that start emphasis, code, links, images, HTML, entities, tables or strikethrough anywhere in a line. */
const INLINE = /[\\`*_[\]<>&|~!#]/g;

/** Text within a line (a list item, a heading): markup characters escaped, line breaks as spaces. */
export function mdInline(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(INLINE, (c) => `\\${c}`);
}

/** A table cell: as inline text (the pipe is among the escaped characters). */
export function mdCell(text: string): string {
  return mdInline(text);
}

/**
 * Text of several lines (a purpose): each line escaped, and what would open a block at a line's
 * start (a list "- " "+ " "1. ", a setext underline "===", an indented code block) neutralised.
 */
export function mdParagraph(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => {
      const escaped = line.trimStart().replace(INLINE, (c) => `\\${c}`);
      return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
    })
    .join('\n');
}
