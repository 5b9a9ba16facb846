import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_PREFIX_V4, renderSummaryJson, signedText } from '../../electron/main/exports/signed-summary';
import { EnvelopeV4, isStrictBase64 } from '../../electron/main/exports/summary-schema';
import { verifyExport, type TrustedKeys } from '../../electron/main/exports/verify-export';
import { keyIdOf, parsePublicKey } from '../../electron/main/crypto/public-keys';
import { VerifyResult } from '../../shared/models/export';
import { exportAs, openExportCore, richAgreement, trustedKeysOf } from './signed-export-fixtures';
import type { TestCore } from './fixtures';

let trusted: TrustedKeys;
let json: Buffer;
let markdown: Buffer;
/** A JSON export whose signature has a character URL-safe base64 spells differently (+ or /). */
let jsonWithPlusOrSlash: Buffer;

/** A clock that moves one second per reading, so every export is signed over different bytes. */
function tickingClock(): () => Date {
  let at = Date.parse('2026-11-23T03:00:00Z');
  return () => new Date((at += 1000));
}

// The exports are made once; tests that call a core open their own (cores close after each test).
beforeAll(async () => {
  const t = openExportCore(tickingClock());
  const agreementId = (await richAgreement(t)).agreement.id;
  json = await exportAs(t, agreementId, 'json');
  markdown = await exportAs(t, agreementId, 'markdown');
  trusted = await trustedKeysOf(t);
  jsonWithPlusOrSlash = json;
  for (let i = 0; i < 30 && !/[+/]/.test(JSON.parse(jsonWithPlusOrSlash.toString('utf8')).signature.value); i += 1) {
    jsonWithPlusOrSlash = await exportAs(t, agreementId, 'json');
  }
});

const verifyInCore = (t: TestCore, file: Buffer | string) =>
  t.send('exports:verify', { fileName: 'summary.json', contentBase64: Buffer.from(file).toString('base64') });

const check = (bytes: Buffer | string) => VerifyResult.parse(verifyExport(Buffer.from(bytes), trusted));

/** `text` with `from` replaced once; fails the test if `from` is not there (the case would prove nothing). */
function edit(text: string, from: string, to: string): string {
  expect(text, `"${from}" should be in the file`).toContain(from);
  return text.replace(from, () => to);
}

const envelopeOf = (bytes: Buffer) => JSON.parse(bytes.toString('utf8'));
const render = (envelope: unknown) => `${JSON.stringify(envelope, null, 2)}\n`;

describe('genuine exports verify, and say whose key signed them', () => {
  it('names this office’s key, with fingerprint and section digests', () => {
    const result = check(json);
    expect(result).toMatchObject({ status: 'valid', fileKind: 'json', signer: { label: 'Office key', origin: 'own' } });
    expect(result.message).toMatch(/^Signed by this office’s key “Office key” \([0-9a-f]{16}\) on 2026-11-23T03:00:\d\d\.000Z\.$/);
    expect(result.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(result.digests.map((d) => d.section)).toEqual(['agreement', 'parties', 'items', 'contributions', 'lineage', 'documents', 'signingRecords', 'corrections']);
    expect(check(markdown)).toMatchObject({ status: 'valid', fileKind: 'markdown', signer: { origin: 'own' } });
  });

  it('names an imported partner by the name it was imported under', async () => {
    const partner = openExportCore();
    const [office] = [...trusted.values()];
    await partner.call('keys:importPublic', { label: 'KAIST Industry Liaison Office', content: office.publicKeyPem });
    const result = await partner.call('exports:verify', { fileName: 'x.md', contentBase64: markdown.toString('base64') });
    expect(result).toMatchObject({ status: 'valid', signer: { label: 'KAIST Industry Liaison Office', origin: 'imported' } });
    expect(result.message).toContain('Signed by KAIST Industry Liaison Office (a partner’s key,');
  });

  it('with an unknown key, says the file is intact under it and gives the fingerprint to check', async () => {
    const result = verifyExport(json, new Map());
    expect(result).toMatchObject({ status: 'unknown_key', parts: [], fingerprint: check(json).fingerprint });
    expect(result.message).toContain('intact under that key');
    // An unknown key does not hide tampering: the file's own key no longer fits.
    const changed = edit(json.toString('utf8'), '"2019-10-04"', '"2019-10-05"');
    expect(verifyExport(Buffer.from(changed), new Map()).status).toBe('tampered');
  });

  it('survives CRLF line endings and a byte-order mark, as git or Notepad leave them', () => {
    const crlf = (bytes: Buffer) => bytes.toString('utf8').replace(/\n/g, '\r\n');
    for (const file of [json, markdown]) {
      expect(check(crlf(file)).status).toBe('valid');
      expect(check(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), file])).status).toBe('valid');
      expect(check(`\uFEFF${crlf(file)}`).status).toBe('valid');
      // …but not a mix, or two marks.
      expect(check(file.toString('utf8').replace('\n', '\r\n')).status).toBe('tampered');
      expect(check(`\uFEFF\uFEFF${file.toString('utf8')}`).status).not.toBe('valid');
    }
  });
});

describe('every byte of a JSON or Markdown export is signed or refused', () => {
  it('the embedded public key must be the exact PEM of the key its id names', async () => {
    const text = json.toString('utf8');
    const header = edit(text, '-----BEGIN PUBLIC KEY-----', '-----BEGIN PUBLIC KEY----- ');
    const noFinalBreak = edit(text, '\\n-----END PUBLIC KEY-----\\n"', '\\n-----END PUBLIC KEY-----"');
    const other = await trustedKeysOf(openExportCore());
    const otherPem = [...other.values()][0].publicKeyPem;
    const swapped = render({ ...envelopeOf(json), signature: { ...envelopeOf(json).signature, publicKeyPem: otherPem } });
    for (const file of [header, noFinalBreak, swapped]) expect(check(file)).toMatchObject({ status: 'tampered', parts: ['signature'] });
    expect(check(edit(markdown.toString('utf8'), '-----BEGIN PUBLIC KEY-----', '-----BEGIN  PUBLIC KEY-----')).status).toBe('tampered');
  });

  it('the algorithm is Ed25519, spelt exactly', () => {
    for (const spelling of ['ed25519', 'Ed25519 ', 'Ed448', '']) {
      expect(check(edit(json.toString('utf8'), '"algorithm": "Ed25519"', `"algorithm": ${JSON.stringify(spelling)}`))).toMatchObject({
        status: 'tampered',
        parts: ['signature'],
      });
    }
  });

  it('refuses unknown members wherever they are', () => {
    const envelope = envelopeOf(json);
    const cases: Array<[unknown, string]> = [
      [{ ...envelope, note: 'approved' }, 'file'],
      [{ ...envelope, summary: { ...envelope.summary, agreement: { ...envelope.summary.agreement, amendment: 'x' } } }, 'agreement'],
      [{ ...envelope, summary: { ...envelope.summary, annex: [] } }, 'file'],
      [{ ...envelope, digests: { ...envelope.digests, annex: 'a'.repeat(64) } }, 'file'],
      [{ ...envelope, signature: { ...envelope.signature, comment: 'ok' } }, 'signature'],
    ];
    for (const [changed, part] of cases) expect(check(render(changed))).toMatchObject({ status: 'tampered', parts: [part] });
  });

  it('refuses duplicate members, even with the same value, and members in another order', () => {
    const text = json.toString('utf8');
    const title = '"title": "MOU on AI research in Seongnam",';
    expect(check(edit(text, title, `${title}\n      ${title}`))).toMatchObject({ status: 'tampered', parts: ['layout'] });
    expect(check(edit(text, '"version": 4,', '"version": 4,\n  "version": 4,'))).toMatchObject({ status: 'tampered', parts: ['layout'] });
    const { signature, ...rest } = envelopeOf(json);
    expect(check(render({ signature, ...rest }))).toMatchObject({ status: 'tampered', parts: ['layout'] });
  });

  it('refuses changed whitespace and escapes that decode to the same data', () => {
    const text = json.toString('utf8');
    for (const changed of [
      text.trimEnd(),
      `${text}\n`,
      `${text} `,
      ` ${text}`,
      edit(text, '  "version"', '   "version"'),
      edit(text, '"format": "liaison', '"format":"liaison'),
      edit(text, '"MOU on AI research in Seongnam"', '"MOU on AI research in Seongna\\u006d"'),
      JSON.stringify(envelopeOf(json)),
    ]) {
      expect(check(changed)).toMatchObject({ status: 'tampered', parts: ['layout'] });
    }
  });

  it('refuses a signature value in any spelling but strict base64, though a lenient decoder reads the same bytes', () => {
    const envelope = envelopeOf(jsonWithPlusOrSlash);
    const value: string = envelope.signature.value;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = value[85];
    const twin = alphabet[alphabet.indexOf(last) ^ 1]; // differs only in bits the decoder drops: "AA==" → "AB=="
    const spellings = [
      `${value.slice(0, 85)}${twin}==`,
      value.slice(0, 86),
      `${value}=`,
      `${value.slice(0, 40)} ${value.slice(40)}`,
      `${value.slice(0, 40)}\n${value.slice(40)}`,
      value.replace(/\+/g, '-').replace(/\//g, '_'),
    ].filter((spelling) => spelling !== value);
    expect(spellings.length).toBeGreaterThanOrEqual(5);
    for (const spelling of spellings) {
      expect(Buffer.from(spelling, 'base64').equals(Buffer.from(value, 'base64')), spelling).toBe(true);
      expect(isStrictBase64(spelling)).toBe(false);
      expect(check(render({ ...envelope, signature: { ...envelope.signature, value: spelling } })), spelling).toMatchObject({
        status: 'tampered',
        parts: ['signature'],
      });
    }
    expect(isStrictBase64(value)).toBe(true);
  });

  it('verifies a Markdown export as a whole document', () => {
    const text = markdown.toString('utf8');
    const signedWith = /Signed with Ed25519 key `[0-9a-f]{16}` \(fingerprint `[0-9A-F ]+`\)\./.exec(text)![0];
    const cases: Array<[string, string]> = [
      [`${text}\nAmended on 2026-12-01: the city pays twice as much.\n`, 'layout'],
      [`${text}x`, 'layout'],
      [edit(text, signedWith, 'Signed with Ed25519 key `0000000000000000`.'), 'layout'],
      [edit(text, '## Signature\n', '## Signature\n\nApproved by the board.\n'), 'layout'],
      [edit(text, '- Signed: 4 October 2019', '- Signed: 5 October 2019'), 'readable text'],
      [`Draft — not for signature\n\n${text}`, 'readable text'],
      [edit(text, '```liaison-signed-summary', '```json'), 'layout'],
    ];
    for (const [changed, part] of cases) expect(check(changed), part).toMatchObject({ status: 'tampered', parts: [part] });
  });

  it('refuses 50 MB appended to an export', () => {
    const padding = Buffer.alloc(50 * 1024 * 1024, 0x20);
    expect(check(Buffer.concat([json, padding]))).toMatchObject({ status: 'tampered', parts: ['layout'] });
    expect(check(Buffer.concat([markdown, padding.subarray(0, 1024 * 1024)]))).toMatchObject({ status: 'tampered', parts: ['layout'] });
  });
});

describe('format versions', () => {
  it('signs format 4 behind its own domain-separation prefix, with the chain head in the signed data', () => {
    const envelope = EnvelopeV4.parse(envelopeOf(json));
    expect(signedText(envelope).startsWith(SIGNING_PREFIX_V4)).toBe(true);
    expect(signedText(envelope)).toContain(envelope.chain.signature);
    expect(renderSummaryJson(envelope)).toBe(json.toString('utf8'));
    // Relabelled as format 3, its summary (with terms as written and corrections) is not format 3's;
    // with a format-3 summary cut out of it, the signature (over format 4's bytes) no longer holds.
    const four = envelopeOf(json);
    expect(check(render({ ...four, version: 3 }))).toMatchObject({ status: 'tampered' });
    const { termKind: _k, termText: _t, renewalPeriodMonths: _r, currentEnd: _c, fromRecords: _f, signatoriesRecorded: _s, ...agreementV3 } = four.summary.agreement;
    const { corrections: _corrections, ...summaryV3 } = four.summary;
    const { corrections: _digest, ...digestsV3 } = four.digests;
    const asThree = { ...four, version: 3, summary: { ...summaryV3, agreement: agreementV3 }, digests: { ...digestsV3, agreement: four.digests.agreement } };
    expect(check(render(asThree)).status).toBe('tampered');
    // Format 2 has no chain head and format 1's summary: the extra members are refused, not carried along unsigned.
    expect(check(render({ ...envelopeOf(json), version: 2 })).status).toBe('tampered');
  });

  it('keeps verifying format 3 exports (JSON, Markdown and PDF), strictly, in their own wording', () => {
    const dir = path.resolve('test/fixtures/signed-summary-v3');
    const key = parsePublicKey(fs.readFileSync(path.join(dir, 'liaison-key-0032fc873f865cf1.json'), 'utf8'))!;
    const v3Trusted: TrustedKeys = new Map([[keyIdOf(key), { publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString(), label: 'Office key', origin: 'key-file' }]]);
    for (const name of ['COL-2019-002-signed-summary.json', 'COL-2019-002-signed-summary.md', 'COL-2019-002-signed-summary.pdf']) {
      const file = fs.readFileSync(path.join(dir, name));
      expect(verifyExport(file, v3Trusted), name).toMatchObject({ status: 'valid', title: 'Agreement on the AI Graduate School Seongnam Research Center' });
      expect(verifyExport(Buffer.concat([file, Buffer.from('\n')]), v3Trusted).status).toBe('tampered');
    }
    // Format 3's Markdown said codes and ISO dates; that is what it was signed as, so it stays so.
    const md = fs.readFileSync(path.join(dir, 'COL-2019-002-signed-summary.md'), 'utf8');
    expect(md).toContain('- Kind: collaboration');
    // Relabelled as format 4, the file is refused: format 4's summary has more in it.
    const json3 = fs.readFileSync(path.join(dir, 'COL-2019-002-signed-summary.json'), 'utf8');
    expect(verifyExport(Buffer.from(json3.replace('"version": 3', '"version": 4')), v3Trusted).status).toBe('tampered');
  });

  it('keeps verifying format 2 exports (JSON, Markdown and PDF), strictly', () => {
    const dir = path.resolve('test/fixtures/signed-summary-v2');
    const key = parsePublicKey(fs.readFileSync(path.join(dir, 'liaison-key-02e0ac2ba415e539.json'), 'utf8'))!;
    const v2Trusted: TrustedKeys = new Map([[keyIdOf(key), { publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString(), label: 'Office key', origin: 'key-file' }]]);
    for (const name of ['COL-2019-002-signed-summary.json', 'COL-2019-002-signed-summary.md', 'COL-2019-002-signed-summary.pdf']) {
      const file = fs.readFileSync(path.join(dir, name));
      expect(verifyExport(file, v2Trusted), name).toMatchObject({ status: 'valid', title: 'Agreement on the AI Graduate School Seongnam Research Center' });
      expect(verifyExport(Buffer.concat([file, Buffer.from('\n')]), v2Trusted).status).toBe('tampered');
    }
    // Relabelled as format 3, the file is refused: format 3 must carry a chain head.
    const json2 = fs.readFileSync(path.join(dir, 'COL-2019-002-signed-summary.json'), 'utf8');
    expect(verifyExport(Buffer.from(json2.replace('"version": 2', '"version": 3')), v2Trusted)).toMatchObject({ status: 'tampered', parts: ['chain'] });
  });

  it('keeps verifying format 1 exports, strictly', () => {
    const dir = path.resolve('test/fixtures/signed-summary-v1');
    const key = parsePublicKey(fs.readFileSync(path.join(dir, 'liaison-key-ef5b6b5718ccb5f9.json'), 'utf8'))!;
    const v1Trusted: TrustedKeys = new Map([[keyIdOf(key), { publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString(), label: 'Office key', origin: 'key-file' }]]);
    for (const name of ['COL-2019-002-signed-summary.json', 'COL-2019-002-signed-summary.md']) {
      const file = fs.readFileSync(path.join(dir, name));
      expect(verifyExport(file, v1Trusted), name).toMatchObject({ status: 'valid', title: 'Agreement on the AI Graduate School Seongnam Research Center' });
      expect(verifyExport(Buffer.concat([file, Buffer.from('\n')]), v1Trusted).status).toBe('tampered');
      expect(verifyExport(Buffer.from(file.toString('utf8').replace('"version": 1', '"version": 2')), v1Trusted).status).toBe('tampered');
    }
  });

  it('says a newer format needs a newer Liaison', () => {
    expect(check(render({ ...envelopeOf(json), version: 5 }))).toMatchObject({ status: 'not_liaison', message: expect.stringContaining('format 5') });
  });
});

describe('malformed input gets an answer, never a crash', () => {
  const base = () => envelopeOf(json);
  const malformed: Array<[string, () => unknown]> = [
    ['parties is a number', () => ({ ...base(), summary: { ...base().summary, parties: 5 } })],
    ['summary is missing', () => ({ format: 'liaison-signed-summary', version: 2, signature: base().signature })],
    ['a key id object without toString', () => ({ ...base(), signature: { ...base().signature, keyId: { toString: 1 } } })],
    ['the signature is null', () => ({ ...base(), signature: null })],
    ['digests is a string', () => ({ ...base(), digests: 'abc' })],
    ['version is an object', () => ({ ...base(), version: { valueOf: 2 } })],
    ['the top level is an array', () => [base()]],
  ];

  it.each(malformed)('%s', async (_name, make) => {
    const result = check(render(make()));
    expect(result.status).toBe('tampered');
    expect(result.message).toMatch(/^The signed data is damaged: .+\.$/);
    expect(await verifyInCore(openExportCore(), render(make()))).toMatchObject({ ok: true, value: { status: 'tampered' } });
  });

  it('numbers JSON cannot carry (1e400), deep nesting and broken UTF-8', async () => {
    const text = json.toString('utf8');
    const files = [
      edit(text, '"version": 4', '"version": 1e400'),
      edit(text, '"durationMonths": 36', '"durationMonths": 1e400'),
      edit(text, '"exportedBy": "tester"', '"exportedBy": 1e400'),
      edit(text, '"items": [', `"items": [${'['.repeat(100_000)}${']'.repeat(100_000)},`),
      Buffer.concat([Buffer.from(text.slice(0, 100)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(100))]),
    ];
    const core = openExportCore();
    for (const file of files) {
      expect(check(file).status).not.toBe('valid');
      expect(await verifyInCore(core, file)).toMatchObject({ ok: true, value: { status: 'tampered' } });
    }
  });

  it('any JSON value put in place of any member: never valid, never a crash', () => {
    const envelope = JSON.parse(/```liaison-signed-summary\n([^]*)\n```\n$/.exec(markdown.toString('utf8'))![1]);
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, at: Array<string | number>) => {
      paths.push(at);
      if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...at, Array.isArray(value) ? Number(key) : key]);
    };
    walk(envelope, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue({ maxDepth: 3 }), (at, replacement) => {
        const changed = structuredClone(envelope);
        let parent = changed;
        for (const key of at.slice(0, -1)) parent = parent[key];
        if (JSON.stringify(parent[at[at.length - 1]]) === JSON.stringify(replacement)) return;
        parent[at[at.length - 1]] = replacement;
        const inMarkdown = markdown.toString('utf8').replace(JSON.stringify(envelope, null, 2), () => JSON.stringify(changed, null, 2));
        for (const file of [render(changed), inMarkdown]) {
          expect(check(file).status).not.toBe('valid');
        }
      }),
      { numRuns: 300 },
    );
  });
});
