import { markdownCell, markdownText } from './markdown-text';
import type { PartnerReport, ReportEntry } from './partner-report';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function markdownEntry(entry: ReportEntry): string {
  const indent = '  '.repeat(entry.depth);
  const inner = `${indent}  `;
  const head = `${indent}- **${markdownText(entry.title, inner)}**${entry.meta.map((m) => ` · ${markdownText(m, inner)}`).join('')}`;
  return [head, ...entry.details.map((d) => `${inner}- ${markdownText(d, `${inner}  `)}`)].join('\n');
}

/** The report as Markdown: every string escaped, so nothing a user typed becomes markup. */
export function partnerReportMarkdown(report: PartnerReport): string {
  const out = [`# ${markdownText(report.title)}`, ''];
  if (report.subtitle) out.push(markdownText(report.subtitle), '');
  out.push(markdownText(report.prepared), '', '## At a glance', '', ...report.glance.map((g) => `- ${markdownText(g, '  ')}`), '');
  for (const section of report.sections) {
    out.push(`## ${markdownText(section.heading)}`, '');
    if (section.table) {
      out.push(`| ${section.table.head.map(markdownCell).join(' | ')} |`, `|${section.table.head.map(() => '---').join('|')}|`);
      out.push(...section.table.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`), '');
    }
    if (section.entries.length) out.push(...section.entries.map(markdownEntry), '');
    else if (!section.table) out.push(`*${markdownText(section.empty)}*`, '');
    if (section.more) out.push(`*${markdownText(section.more)}*`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function htmlEntry(entry: ReportEntry): string {
  const details = entry.details.length ? `<ul>${entry.details.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : '';
  return `<li style="margin-left:${entry.depth * 14}pt"><strong>${esc(entry.title)}</strong>${entry.meta.map((m) => ` · ${esc(m)}`).join('')}${details}</li>`;
}

/**
 * The report as one printable HTML page (Electron's printToPDF in the app, headless Chromium in
 * browser mode), in the fonts the signed summary uses so Korean and Chinese names render.
 */
export function partnerReportHtml(report: PartnerReport): string {
  const sections = report.sections
    .map((section) => {
      const table = section.table
        ? `<table><tr>${section.table.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${section.table.rows
            .map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join('')}</tr>`)
            .join('')}</table>`
        : '';
      const entries = section.entries.length ? `<ul class="entries">${section.entries.map(htmlEntry).join('')}</ul>` : table ? '' : `<p class="muted">${esc(section.empty)}</p>`;
      const more = section.more ? `<p class="muted">${esc(section.more)}</p>` : '';
      return `<h2>${esc(section.heading)}</h2>${table}${entries}${more}`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(report.title)}</title>
<style>
  @page { size: A4; margin: 16mm 15mm; }
  body { font-family: "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans CJK TC", "Apple SD Gothic Neo", "Malgun Gothic", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 9.5pt; color: #1d2530; line-height: 1.4; }
  h1 { font-size: 16pt; margin: 0 0 2pt; } h2 { font-size: 11pt; margin: 10pt 0 3pt; border-bottom: 1px solid #c9d1dc; padding-bottom: 1pt; }
  .muted { color: #4a5668; } ul { margin: 2pt 0; padding-left: 14pt; } ul.entries > li { margin-bottom: 3pt; } ul ul { color: #4a5668; }
  table { border-collapse: collapse; font-size: 9pt; margin: 3pt 0; } td, th { border: 1px solid #d5dbe3; padding: 2pt 5pt; text-align: left; } th { background: #f1f4f8; }
  .glance { background: #f4f7fb; border: 1px solid #d5dbe3; border-radius: 4pt; padding: 4pt 8pt; }
</style></head><body>
<h1>${esc(report.title)}</h1>
${report.subtitle ? `<div class="muted">${esc(report.subtitle)}</div>` : ''}
<div class="muted">${esc(report.prepared)}</div>
<div class="glance"><ul>${report.glance.map((g) => `<li>${esc(g)}</li>`).join('')}</ul></div>
${sections}
</body></html>`;
}
