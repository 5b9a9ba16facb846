import { minorToDecimal } from '../../../shared/money';
import { dateWords, endWords, label, termWords } from './export-labels';
import { markdownCell, markdownText } from './markdown-text';
import type { SignedEnvelope, Summary } from './signed-summary';
import type { LegacyEnvelope, SignedEnvelopeV4, SummaryChainHead } from './summary-schema';
import { legacyMarkdownBody } from './summary-text-legacy';

/**
 * Plain, locale-independent wording of a summary, shared by the Markdown and PDF exports. It is
 * generated from the signed payload alone, so a verifier can regenerate it and compare.
 */

export function groupedAmount(minor: number, currency: string): string {
  const [whole, fraction] = minorToDecimal(minor, currency).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction ? `.${fraction}` : ''} ${currency}`;
}

/** What a party gives, in words: the amount or quantity, the description, and the period in words. */
export function contributionText(c: Summary['contributions'][number]): string {
  const amount =
    c.kind === 'money' && c.amountMinor !== null && c.currency
      ? groupedAmount(c.amountMinor, c.currency)
      : c.quantity !== null
        ? `${c.quantity} ${c.unit}`.trim()
        : '';
  const period = c.startsOn || c.endsOn ? ` (${dateWords(c.startsOn, '…')} – ${dateWords(c.endsOn, '…')})` : '';
  return [amount, c.description].filter(Boolean).join(' — ') + period;
}

/**
 * The readable text of a format-4 summary: words, not codes ("Awaiting signature", not
 * `awaiting_signature`), dates at their own precision ("June 2016"), and every piece of user text
 * escaped so that nothing in a title, a name or a note becomes Markdown or HTML.
 */
function currentMarkdownBody(envelope: Pick<SignedEnvelopeV4, 'summary' | 'exportedAt' | 'exportedBy'>): string {
  const { summary } = envelope;
  const a = summary.agreement;
  const lines: string[] = [
    `# ${markdownCell(a.title)}`,
    '',
    `- Reference: ${markdownCell(a.referenceNo)}`,
    `- Kind: ${label('kind', a.kind)}`,
    `- Status: ${label('status', a.status)}${a.fromRecords ? ' (entered from records)' : ''}`,
    `- Signed: ${dateWords(a.signedOn, '—')}${a.signingPlace ? ` at ${markdownCell(a.signingPlace)}` : ''}`,
    `- In force: ${dateWords(a.effectiveOn ?? a.signedOn, '—')} to ${endWords(a)}`,
    `- Term: ${markdownCell(termWords(a))}`,
    '',
  ];
  if (a.purpose) lines.push('## Purpose', '', markdownText(a.purpose), '');
  lines.push('## Parties', '');
  for (const party of summary.parties) {
    const alt = party.altNames.length ? ` (${markdownCell(party.altNames.join(', '))})` : '';
    lines.push(`- **${markdownCell(party.name)}**${alt}${party.role ? ` — ${markdownCell(party.role)}` : ''}${party.country ? `, ${markdownCell(party.country)}` : ''}`);
    for (const s of party.signatories) lines.push(`  - Signatory: ${markdownCell(s.name)}${s.capacity ? `, ${markdownCell(s.capacity)}` : ''}`);
    if (party.signatories.length === 0 && !a.signatoriesRecorded) lines.push('  - Signatories not recorded');
  }
  lines.push('');
  if (summary.items.length) {
    lines.push('## Cooperation items', '');
    summary.items.forEach((item, i) => {
      const extra = [
        item.responsible && markdownCell(item.responsible),
        item.dueOn && `due ${dateWords(item.dueOn)}`,
        item.recurrence !== 'none' && label('recurrence', item.recurrence),
        label('itemStatus', item.status),
      ].filter(Boolean);
      lines.push(`${i + 1}. ${markdownCell(item.description)} (${extra.join(', ')})`);
    });
    lines.push('');
  }
  if (summary.contributions.length) {
    lines.push('## Contributions', '');
    for (const c of summary.contributions) lines.push(`- ${markdownCell(c.party)} (${label('contributionKind', c.kind)}): ${markdownCell(contributionText(c))}`);
    lines.push('');
  }
  if (summary.lineage.ancestors.length || summary.lineage.followOns.length) {
    lines.push('## Lineage', '');
    for (const p of summary.lineage.ancestors) lines.push(`- Builds on: ${markdownCell(p.referenceNo)} ${markdownCell(p.title)}`);
    for (const f of summary.lineage.followOns) lines.push(`- Followed by: ${markdownCell(f.referenceNo)} ${markdownCell(f.title)}`);
    lines.push('');
  }
  if (summary.documents.length) {
    lines.push('## Documents', '', '| Document | Version | File | SHA-256 | Signed |', '|---|---|---|---|---|');
    for (const d of summary.documents) {
      lines.push(`| ${markdownCell(d.title)} | ${d.version} | ${markdownCell(d.fileName)} | \`${d.sha256}\` | ${d.signed ? 'yes' : ''} |`);
    }
    lines.push('');
  }
  if (summary.signingRecords.length) {
    lines.push('## Signing records', '', '| # | Signatory | Party | Date | Place | Method | Document SHA-256 |', '|---|---|---|---|---|---|---|');
    for (const r of summary.signingRecords) {
      lines.push(
        `| ${r.seq} | ${markdownCell(r.signatory)} | ${markdownCell(r.party)} | ${dateWords(r.signedOn)} | ${markdownCell(r.place)} | ${label('method', r.method)} | \`${r.documentSha256}\` |`,
      );
    }
    lines.push('');
  }
  if (summary.corrections.length) {
    lines.push('## Corrections', '', 'Signed terms corrected after they were recorded (copying mistakes; amendments are follow-on agreements).', '');
    for (const c of summary.corrections) {
      lines.push(`- ${c.at} by ${markdownCell(c.by)}: ${markdownCell(c.reason)}`);
      for (const change of c.changes) lines.push(`  - ${change.term}: “${markdownCell(change.before)}” → “${markdownCell(change.after)}”`);
    }
    lines.push('');
  }
  lines.push(`Exported ${envelope.exportedAt} by ${markdownCell(envelope.exportedBy)}.`, '');
  return lines.join('\n');
}

/** The readable text above the signed block, in the wording of the summary's own format. */
export function summaryMarkdownBody(envelope: Pick<SignedEnvelope, 'version' | 'summary' | 'exportedAt' | 'exportedBy'>): string {
  return envelope.version === 4 ? currentMarkdownBody(envelope as SignedEnvelopeV4) : legacyMarkdownBody(envelope as LegacyEnvelope);
}

export const SIGNATURE_HEADING = '## Signature';

/** The signed chain head in words, the same in the Markdown and the PDF. */
export function chainHeadText(chain: SummaryChainHead): string {
  const records = chain.count === 1 ? '1 signing record' : `${chain.count} signing records`;
  return `Signing chain when signed: ${records}, newest hash \`${chain.hash}\`, head signed by key \`${chain.keyId}\`.`;
}
export const FENCE_OPEN = '```liaison-signed-summary';

/**
 * The Markdown export, byte for byte: the readable text, then the signed JSON in a fenced block.
 * The verifier renders the parsed JSON again and compares the whole document, so no line of it —
 * readable text, the "Signed with" line, anything after the fence — can change unnoticed.
 * `fingerprint` is the signing key's (format 2 prints it; format 1 did not).
 */
export function renderSummaryMarkdown(envelope: SignedEnvelope, fingerprint: string): string {
  const { keyId } = envelope.signature;
  const signedWith =
    envelope.version === 1
      ? `Signed with Ed25519 key \`${keyId}\`. Verify with \`liaison verify <this file>\` or the Verify screen in Liaison.`
      : `Signed with Ed25519 key \`${keyId}\` (fingerprint \`${fingerprint}\`). Verify with \`liaison verify <this file>\` or the Verify screen in Liaison.`;
  // Format 3 names the signing chain the summary belongs to, for an auditor to check against the register.
  const chain = envelope.version >= 3 && 'chain' in envelope ? [chainHeadText(envelope.chain), ''] : [];
  return [summaryMarkdownBody(envelope), SIGNATURE_HEADING, '', signedWith, '', ...chain, FENCE_OPEN, JSON.stringify(envelope, null, 2), '```', ''].join('\n');
}
