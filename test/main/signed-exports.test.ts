import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyExport } from '../../electron/main/exports/verify-export';
import { tinyPdf } from './document-fixtures';
import { fixedClock, makeAgreement, openTestCore, type TestCore } from './fixtures';
import { fakeRenderPdf } from './signed-export-fixtures';

const decode = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');
const verify = async (t: TestCore, bytes: Buffer) => t.call('exports:verify', { fileName: 'x', contentBase64: bytes.toString('base64') });

async function exported(t: TestCore, format: 'json' | 'markdown') {
  const { agreement } = await makeAgreement(t, { signedOn: '2019-10-04', purpose: '성남 AI 연구센터', duration: '3 years' });
  await t.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'mou.pdf', contentBase64: tinyPdf('MOU').toString('base64') });
  return { agreement, file: await t.call('exports:summary', { agreementId: agreement.id, format }) };
}

describe('signed MOU summaries', () => {
  it('round-trips every demo agreement as valid JSON, Markdown and PDF', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23'), platform: { renderPdf: fakeRenderPdf } });
    await t.call('demo:load', {});
    const all = await t.call('agreements:list', { limit: 100 });
    expect(all.total).toBeGreaterThanOrEqual(5);
    for (const row of all.rows) {
      for (const format of ['json', 'markdown', 'pdf'] as const) {
        const file = await t.call('exports:summary', { agreementId: row.id, format });
        const result = await verify(t, decode(file));
        expect(result, `${row.title} (${format})`).toMatchObject({ status: 'valid', title: row.title });
      }
    }
  });

  it('says tampered when a single byte changes', async () => {
    const t = openTestCore();
    const { file } = await exported(t, 'json');
    const bytes = decode(file);
    const at = bytes.indexOf('MOU on AI research');
    bytes[at] = 'N'.charCodeAt(0);
    expect(await verify(t, bytes)).toMatchObject({ status: 'tampered', parts: ['agreement'] });
  });

  it('names the part whose field was changed, even with the digests updated to match', async () => {
    const t = openTestCore();
    const { file } = await exported(t, 'json');
    const envelope = JSON.parse(decode(file).toString('utf8'));
    envelope.summary.parties[0].signatories[0].name = 'Somebody Else';
    const render = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
    expect(await verify(t, render(envelope))).toMatchObject({ status: 'tampered', parts: ['parties'] });
    // A forger who also recomputes the digests still cannot make the signature fit.
    const { sectionDigests } = await import('../../electron/main/exports/signed-summary');
    envelope.digests = sectionDigests(envelope.summary);
    expect(await verify(t, render(envelope))).toMatchObject({ status: 'tampered', parts: ['signature'] });
    // Written in any other layout, the file is refused for that alone.
    expect(await verify(t, Buffer.from(JSON.stringify(envelope)))).toMatchObject({ status: 'tampered', parts: ['layout'] });
  });

  it('catches a change to the readable text of a Markdown export', async () => {
    const t = openTestCore();
    const { file } = await exported(t, 'markdown');
    const text = decode(file).toString('utf8');
    expect(await verify(t, Buffer.from(text))).toMatchObject({ status: 'valid' });
    expect(text).toContain('성남 AI 연구센터');
    expect(text).toContain('- Signed: 4 October 2019');
    const edited = text.replace('- Signed: 4 October 2019', '- Signed: 5 October 2019');
    expect(await verify(t, Buffer.from(edited))).toMatchObject({ status: 'tampered', parts: ['readable text'] });
  });

  it('tells unknown keys and foreign files apart', async () => {
    const t = openTestCore();
    const { file } = await exported(t, 'json');
    const other = openTestCore();
    expect(await verify(other, decode(file))).toMatchObject({ status: 'unknown_key' });
    expect(await verify(other, Buffer.from('{"hello": "world"}'))).toMatchObject({ status: 'not_liaison' });
    expect(await verify(other, tinyPdf('just a pdf'))).toMatchObject({ status: 'not_liaison' });
    // Trusting the office's public key makes the same file verify.
    const key = await t.call('keys:exportPublic', {});
    await other.call('keys:importPublic', { label: 'KAIST liaison office', content: decode(key).toString('utf8') });
    expect(await verify(other, decode(file))).toMatchObject({ status: 'valid' });
  });

  it('keeps old signatures valid after the key is rotated', async () => {
    const t = openTestCore();
    const { agreement, file } = await exported(t, 'json');
    const before = (await t.call('keys:list', {})).find((k) => k.active)!;
    const rotated = await t.call('keys:rotate', {});
    expect(rotated.keyId).not.toBe(before.keyId);
    expect(await verify(t, decode(file))).toMatchObject({ status: 'valid', keyId: before.keyId });
    const fresh = await t.call('exports:summary', { agreementId: agreement.id, format: 'json' });
    expect(await verify(t, decode(fresh))).toMatchObject({ status: 'valid', keyId: rotated.keyId });
    const keys = await t.call('keys:list', {});
    expect(keys.filter((k) => k.active)).toHaveLength(1);
    expect(keys.find((k) => k.keyId === before.keyId)).toMatchObject({ active: false, retiredAt: expect.any(String) });
  });

  it('keeps the private key out of every answer and in a user-only file', async () => {
    const t = openTestCore();
    const keys = await t.call('keys:list', {});
    expect(JSON.stringify(keys)).not.toContain('PRIVATE');
    const file = path.join(t.dataDir, 'keys', `${keys[0].keyId}.key`);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(keys[0]).toMatchObject({ protection: 'file', fingerprint: expect.stringMatching(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/) });
  });

  it('verifies from the files alone, as the CLI does', async () => {
    const t = openTestCore();
    const { file } = await exported(t, 'json');
    const key = await t.call('keys:exportPublic', {});
    const { parsePublicKey, keyIdOf } = await import('../../electron/main/crypto/public-keys');
    const parsed = parsePublicKey(decode(key).toString('utf8'))!;
    const trusted = new Map([[keyIdOf(parsed), { publicKeyPem: parsed.export({ type: 'spki', format: 'pem' }).toString(), label: 'KAIST', origin: 'key-file' as const }]]);
    expect(verifyExport(decode(file), trusted).status).toBe('valid');
    expect(verifyExport(decode(file), new Map()).status).toBe('unknown_key');
  });
});

describe('register export', () => {
  it('writes the filtered register as CSV that spreadsheets read safely, and as Markdown', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23') });
    await t.call('demo:load', {});
    const csv = decode(await t.call('exports:register', { format: 'csv' })).toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(csv.startsWith('\uFEFFReference,Title')).toBe(true);
    expect(lines).toHaveLength((await t.call('agreements:list', {})).total + 1);
    const active = decode(await t.call('exports:register', { format: 'markdown', statuses: ['active'] })).toString('utf8');
    const activeCount = (await t.call('agreements:list', { statuses: ['active'] })).total;
    expect(active).toContain(`${activeCount} agreement`);
    expect(active.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Reference'))).toHaveLength(activeCount);
  });

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const t = openTestCore();
    await makeAgreement(t, { title: '=HYPERLINK("http://evil","x")' });
    const csv = decode(await t.call('exports:register', { format: 'csv' })).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });
});
