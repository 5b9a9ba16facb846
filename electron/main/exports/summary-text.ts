import { minorToDecimal } from '../../../shared/money';
import type { SignedEnvelope, Summary } from './signed-summary';
import type { SummaryChainHead } from './summary-schema';

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

export function contributionText(c: Summary['contributions'][number]): string {
  const amount =
    c.kind === 'money' && c.amountMinor !== null && c.currency
      ? groupedAmount(c.amountMinor, c.currency)
      : c.quantity !== null
        ? `${c.quantity} ${c.unit}`.trim()
        : '';
  const period = c.startsOn || c.endsOn ? ` (${c.startsOn ?? '…'} – ${c.endsOn ?? '…'})` : '';
  return [amount, c.description].filter(Boolean).join(' — ') + period;
}

export const METHOD_LABELS: Record<string, string> = {
  wet_ink: 'Wet ink',
  electronic: 'Electronic signature',
  countersigned_copy: 'Countersigned copy received',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function summaryMarkdownBody(envelope: Pick<SignedEnvelope, 'summary' | 'exportedAt' | 'exportedBy'>): string {
  const { summary } = envelope;
  const a = summary.agreement;
  const lines: string[] = [
    `# ${a.title}`,
    '',
    `- Reference: ${a.referenceNo}`,
    `- Kind: ${a.kind}`,
    `- Status: ${a.status}`,
    `- Signed: ${a.signedOn ?? '—'}${a.signingPlace ? ` at ${a.signingPlace}` : ''}`,
    `- In force: ${a.effectiveOn ?? a.signedOn ?? '—'} to ${a.expiresOn ?? 'no fixed end'}`,
    '',
  ];
  if (a.purpose) lines.push('## Purpose', '', a.purpose, '');
  lines.push('## Parties', '');
  for (const party of summary.parties) {
    const alt = party.altNames.length ? ` (${party.altNames.join(', ')})` : '';
    lines.push(`- **${party.name}**${alt}${party.role ? ` — ${party.role}` : ''}${party.country ? `, ${party.country}` : ''}`);
    for (const s of party.signatories) lines.push(`  - Signatory: ${s.name}${s.capacity ? `, ${s.capacity}` : ''}`);
  }
  lines.push('');
  if (summary.items.length) {
    lines.push('## Cooperation items', '');
    summary.items.forEach((item, i) => {
      const extra = [item.responsible, item.dueOn && `due ${item.dueOn}`, item.recurrence !== 'none' && item.recurrence, item.status].filter(Boolean);
      lines.push(`${i + 1}. ${item.description} (${extra.join(', ')})`);
    });
    lines.push('');
  }
  if (summary.contributions.length) {
    lines.push('## Contributions', '');
    for (const c of summary.contributions) lines.push(`- ${c.party} (${c.kind}): ${contributionText(c)}`);
    lines.push('');
  }
  if (summary.lineage.ancestors.length || summary.lineage.followOns.length) {
    lines.push('## Lineage', '');
    for (const p of summary.lineage.ancestors) lines.push(`- Builds on: ${p.referenceNo} ${p.title}`);
    for (const f of summary.lineage.followOns) lines.push(`- Followed by: ${f.referenceNo} ${f.title}`);
    lines.push('');
  }
  if (summary.documents.length) {
    lines.push('## Documents', '', '| Document | Version | File | SHA-256 | Signed |', '|---|---|---|---|---|');
    for (const d of summary.documents) {
      lines.push(`| ${cell(d.title)} | ${d.version} | ${cell(d.fileName)} | \`${d.sha256}\` | ${d.signed ? 'yes' : ''} |`);
    }
    lines.push('');
  }
  if (summary.signingRecords.length) {
    lines.push('## Signing records', '', '| # | Signatory | Party | Date | Place | Method | Document SHA-256 |', '|---|---|---|---|---|---|---|');
    for (const r of summary.signingRecords) {
      lines.push(
        `| ${r.seq} | ${cell(r.signatory)} | ${cell(r.party)} | ${r.signedOn} | ${cell(r.place)} | ${METHOD_LABELS[r.method] ?? r.method} | \`${r.documentSha256}\` |`,
      );
    }
    lines.push('');
  }
  lines.push(`Exported ${envelope.exportedAt} by ${envelope.exportedBy}.`, '');
  return lines.join('\n');
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
  const chain = envelope.version === 3 ? [chainHeadText(envelope.chain), ''] : [];
  return [summaryMarkdownBody(envelope), SIGNATURE_HEADING, '', signedWith, '', ...chain, FENCE_OPEN, JSON.stringify(envelope, null, 2), '```', ''].join('\n');
}
