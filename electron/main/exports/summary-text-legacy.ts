import { minorToDecimal } from '../../../shared/money';
import type { LegacyEnvelope, SummaryV1 } from './summary-schema';

/**
 * The readable text of formats 1 to 3, frozen: the verifier renders an old summary again from its
 * signed JSON and compares every byte, so this wording (codes such as `mou`, dates as ISO text)
 * stays exactly as those summaries were written. New summaries use `summaryMarkdownBody`.
 */

function groupedAmount(minor: number, currency: string): string {
  const [whole, fraction] = minorToDecimal(minor, currency).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction ? `.${fraction}` : ''} ${currency}`;
}

function contributionText(c: SummaryV1['contributions'][number]): string {
  const amount =
    c.kind === 'money' && c.amountMinor !== null && c.currency
      ? groupedAmount(c.amountMinor, c.currency)
      : c.quantity !== null
        ? `${c.quantity} ${c.unit}`.trim()
        : '';
  const period = c.startsOn || c.endsOn ? ` (${c.startsOn ?? '…'} – ${c.endsOn ?? '…'})` : '';
  return [amount, c.description].filter(Boolean).join(' — ') + period;
}

const METHOD_LABELS: Record<string, string> = {
  wet_ink: 'Wet ink',
  electronic: 'Electronic signature',
  countersigned_copy: 'Countersigned copy received',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function legacyMarkdownBody(envelope: Pick<LegacyEnvelope, 'summary' | 'exportedAt' | 'exportedBy'>): string {
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
