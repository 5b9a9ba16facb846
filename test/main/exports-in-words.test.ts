import { describe, expect, it } from 'vitest';
import { markdownCell, markdownText } from '../../electron/main/exports/markdown-text';
import { fakeRenderPdf } from './signed-export-fixtures';
import { fixedClock, makeParties, openTestCore, type TestCore } from './fixtures';

const TRAP = '# <script>alert(1)</script> *x* [a](b) | pipe';
const decode = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64').toString('utf8');

/** Codes the register stores that must never reach a reader of an export. */
const CODES = ['in_progress', 'in_kind', 'awaiting_signature', 'auto_renewing', 'wet_ink', 'collaboration'];

/** An agreement whose every coded value has a label, and whose title and notes try to be markup. */
async function coded(t: TestCore) {
  const { kaist, city, president, mayor } = await makeParties(t);
  const agreement = await t.call('agreements:create', {
    kind: 'collaboration',
    title: TRAP,
    purpose: '1. first\n- second\n===\n    code block\n<b>bold</b>',
    signedOn: '2016-06',
    termKind: 'auto_renewing',
    duration: '3 years',
    renewalPeriodMonths: 12,
    signingPlace: 'Hall | 2',
    parties: [
      { organisationId: kaist.id, role: '*University*', signatories: [{ personId: president.id, capacity: 'President' }] },
      { organisationId: city.id, role: 'City', signatories: [{ personId: mayor.id }] },
    ],
    items: [{ description: 'Forum [link](http://x)', status: 'in_progress', recurrence: 'regular' }],
    contributions: [{ organisationId: city.id, kind: 'in_kind', description: 'GPU <i>cluster</i>', startsOn: '2020-01-01' }],
  });
  await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
  return agreement;
}

describe('Markdown text', () => {
  it('escapes everything that would become markup or HTML, and nothing is lost', () => {
    expect(markdownCell(TRAP)).toBe('\\# \\<script\\>alert(1)\\</script\\> \\*x\\* \\[a\\](b) \\| pipe');
    // Removing the escapes gives the text back exactly: CommonMark shows each escaped character as itself.
    for (const text of [TRAP, 'a\\b', '`code`', '~~gone~~', '&amp; &#60;', '![img](x)', '_under_']) {
      expect(markdownCell(text).replace(/\\(.)/g, '$1')).toBe(text);
    }
  });

  it('keeps a paragraph’s lines from opening lists, headings, rules or code blocks', () => {
    // Lines end in a hard break (a backslash) so the paragraph keeps its lines as written.
    expect(markdownText('1. first\n- second\n===\n    code block\n+ plus\n2) two').split('\\\n')).toEqual([
      '1\\. first',
      '\\- second',
      '\\===',
      '    code block',
      '\\+ plus',
      '2\\) two',
    ]);
  });
});

describe('exports speak to people', () => {
  it('say labels and precise dates, not codes, in the signed summary’s Markdown and PDF, and escape user text', async () => {
    const printed: string[] = [];
    const t = openTestCore({ now: fixedClock('2026-03-01'), platform: { renderPdf: async (html) => (printed.push(html), fakeRenderPdf(html)) } });
    const agreement = await coded(t);
    const markdown = decode(await t.call('exports:summary', { agreementId: agreement.id, format: 'markdown' }));
    const readable = markdown.slice(0, markdown.indexOf('## Signature'));
    for (const code of CODES) expect(readable, code).not.toContain(code);
    expect(readable).toContain('# \\# \\<script\\>alert(1)\\</script\\> \\*x\\* \\[a\\](b) \\| pipe\n');
    expect(readable).toContain('- Kind: Collaboration agreement');
    expect(readable).toContain('- Status: Awaiting signature');
    expect(readable).toContain('- Signed: June 2016 at Hall \\| 2');
    expect(readable).toContain('- Term: Renews automatically every 1 year after a first term of 3 years');
    expect(readable).toContain('1. Forum \\[link\\](http://x) (Regularly, In progress)');
    expect(readable).toContain('- Seongnam City (In kind): GPU \\<i\\>cluster\\</i\\> (1 January 2020 – …)');
    expect(readable).toContain('\\- second');
    expect(readable).not.toMatch(/<(script|b|i)>/);

    await t.call('exports:summary', { agreementId: agreement.id, format: 'pdf' });
    const html = printed.at(-1)!;
    const shown = html.slice(html.indexOf('<body>'), html.indexOf('<div class="sig">'));
    for (const code of CODES) expect(shown, code).not.toContain(code);
    expect(shown).toContain('Collaboration agreement · Awaiting signature');
    expect(shown).toContain('&#60;script&#62;');
    expect(shown).not.toContain('<script>');
  });

  it('say labels and precise dates in the register’s CSV and Markdown, and escape its Markdown cells', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    await coded(t);
    const csv = decode(await t.call('exports:register', { format: 'csv' }));
    const [header, row] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('Reference,Title,Kind,Status,Parties,Signed,Effective,Expires,Term');
    expect(row).toBe(`COL-2016-001,${TRAP},Collaboration agreement,Awaiting signature,KAIST; Seongnam City,June 2016,,June 2019,Renews automatically (current period ends June 2026)`);
    for (const code of CODES) expect(row, code).not.toContain(code);

    const md = decode(await t.call('exports:register', { format: 'markdown' }));
    expect(md).toContain('| COL-2016-001 | \\# \\<script\\>alert(1)\\</script\\> \\*x\\* \\[a\\](b) \\| pipe | Collaboration agreement | Awaiting signature |');
    for (const code of CODES) expect(md, code).not.toContain(code);
  });
});
