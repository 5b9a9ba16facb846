import { dateWords, endWords, label, termWords } from './export-labels';
import { SUMMARY_SECTIONS, type SummaryPayload } from './summary-schema';
import { chainHeadText, contributionText } from './summary-text';

function esc(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The signing key as a reader checks it: its id and the fingerprint the office reads out. */
export type PrintedKey = { keyId: string; fingerprint: string };

/**
 * The one HTML template behind the PDF summary, printed by Electron's printToPDF in the app and by
 * headless Chromium in browser mode. Fonts: the system's Noto CJK (Debian's fonts-noto-cjk, or the
 * OS's own CJK fonts) so Korean and Chinese names render. It is printed before signing (the
 * signature covers the printed bytes), so it shows the key and the section digests, not the
 * signature itself.
 */
export function summaryHtml(envelope: SummaryPayload, key: PrintedKey, attachmentName: string): string {
  const { summary } = envelope;
  const a = summary.agreement;
  const rows = (cells: Array<string | number | null>) => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans CJK TC", "Apple SD Gothic Neo", "Malgun Gothic", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 10.5pt; color: #1d2530; line-height: 1.45; }
  h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt; border-bottom: 1px solid #c9d1dc; padding-bottom: 2pt; }
  .meta { color: #4a5668; } table { width: 100%; border-collapse: collapse; font-size: 9pt; } td, th { border: 1px solid #d5dbe3; padding: 3pt 4pt; text-align: left; vertical-align: top; }
  th { background: #f1f4f8; } code, .hash { font-family: "Noto Sans Mono", monospace; font-size: 7.5pt; word-break: break-all; }
  .sig { margin-top: 16pt; border: 1.5px solid #2d5a8c; padding: 8pt; border-radius: 4pt; break-inside: avoid; }
</style></head><body>
<h1>${esc(a.title)}</h1>
<div class="meta">${esc(a.referenceNo)} · ${esc(label('kind', a.kind))} · ${esc(label('status', a.status))}${a.fromRecords ? ' (entered from records)' : ''}</div>
<div class="meta">Signed ${esc(dateWords(a.signedOn, '—'))}${a.signingPlace ? ` at ${esc(a.signingPlace)}` : ''} · in force ${esc(dateWords(a.effectiveOn ?? a.signedOn, '—'))} to ${esc(endWords(a))}</div>
<div class="meta">Term: ${esc(termWords(a))}</div>
${a.purpose ? `<h2>Purpose</h2><p>${esc(a.purpose)}</p>` : ''}
<h2>Parties</h2>
<table><tr><th>Party</th><th>Role</th><th>Country</th><th>Signatories</th></tr>
${summary.parties
  .map(
    (p) =>
      `<tr><td><strong>${esc(p.name)}</strong>${p.altNames.length ? `<br>${esc(p.altNames.join(', '))}` : ''}</td><td>${esc(p.role)}</td><td>${esc(p.country)}</td><td>${
        p.signatories.length === 0 && !a.signatoriesRecorded
          ? 'Signatories not recorded'
          : p.signatories.map((s) => esc(`${s.name}${s.capacity ? `, ${s.capacity}` : ''}`)).join('<br>')
      }</td></tr>`,
  )
  .join('')}</table>
${summary.items.length ? `<h2>Cooperation items</h2><table><tr><th>Item</th><th>Responsible</th><th>Due</th><th>Status</th></tr>${summary.items.map((i) => rows([i.description, i.responsible, i.dueOn ? dateWords(i.dueOn) : i.recurrence !== 'none' ? label('recurrence', i.recurrence) : '', label('itemStatus', i.status)])).join('')}</table>` : ''}
${summary.contributions.length ? `<h2>Contributions</h2><table><tr><th>Party</th><th>Kind</th><th>What</th></tr>${summary.contributions.map((c) => rows([c.party, label('contributionKind', c.kind), contributionText(c)])).join('')}</table>` : ''}
${summary.lineage.ancestors.length || summary.lineage.followOns.length ? `<h2>Lineage</h2><ul>${summary.lineage.ancestors.map((x) => `<li>Builds on ${esc(x.referenceNo)} ${esc(x.title)}</li>`).join('')}${summary.lineage.followOns.map((x) => `<li>Followed by ${esc(x.referenceNo)} ${esc(x.title)}</li>`).join('')}</ul>` : ''}
${summary.documents.length ? `<h2>Documents</h2><table><tr><th>Document</th><th>v</th><th>File</th><th>SHA-256</th><th>Signed</th></tr>${summary.documents.map((d) => `<tr><td>${esc(d.title)}</td><td>${d.version}</td><td>${esc(d.fileName)}</td><td class="hash">${esc(d.sha256)}</td><td>${d.signed ? 'yes' : ''}</td></tr>`).join('')}</table>` : ''}
${summary.signingRecords.length ? `<h2>Signing records</h2><table><tr><th>#</th><th>Signatory</th><th>Party</th><th>Date</th><th>Place</th><th>Method</th><th>Record hash</th></tr>${summary.signingRecords.map((r) => `<tr><td>${r.seq}</td><td>${esc(r.signatory)}</td><td>${esc(r.party)}</td><td>${esc(dateWords(r.signedOn))}</td><td>${esc(r.place)}</td><td>${esc(label('method', r.method))}</td><td class="hash">${esc(r.hash)}</td></tr>`).join('')}</table>` : ''}
${
  summary.corrections.length
    ? `<h2>Corrections</h2><p>Signed terms corrected after they were recorded (copying mistakes; amendments are follow-on agreements).</p><table><tr><th>When, by whom</th><th>Reason</th><th>Changed</th></tr>${summary.corrections
        .map(
          (c) =>
            `<tr><td>${esc(c.at)}<br>${esc(c.by)}</td><td>${esc(c.reason)}</td><td>${c.changes.map((x) => `${esc(x.term)}: “${esc(x.before)}” → “${esc(x.after)}”`).join('<br>')}</td></tr>`,
        )
        .join('')}</table>`
    : ''
}
<div class="sig"><strong>Signed summary</strong><br>
Exported ${esc(envelope.exportedAt)} by ${esc(envelope.exportedBy)}, signed with Ed25519 key <code>${esc(key.keyId)}</code>.<br>
Key fingerprint: <code>${esc(key.fingerprint)}</code><br>
${esc(chainHeadText(envelope.chain).replace(/`/g, ''))}<br>
<small>This PDF carries its signed data as the attached file <code>${esc(attachmentName)}</code>. Check the PDF with <code>liaison verify</code> or Liaison's Verify screen: the check covers every byte of it, these pages included. For a printed copy, compare the fingerprint with the one the office gives you, and the digests below with those the check shows.</small>
<table><tr><th>Section</th><th>SHA-256 of the section's canonical JSON</th></tr>${SUMMARY_SECTIONS.map((section) => `<tr><td>${esc(section)}</td><td class="hash">${esc(envelope.digests[section])}</td></tr>`).join('')}</table></div>
</body></html>`;
}
