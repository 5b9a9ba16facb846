import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/main/exports/chromium-pdf';
import { attachSignedJson, readSignedAttachment } from '../../electron/main/exports/pdf-attachment';
import { verifyExport, type TrustedKeys } from '../../electron/main/exports/verify-export';
import { tinyPdf } from './document-fixtures';
import { exportAs, openExportCore, richAgreement, trustedKeysOf } from './signed-export-fixtures';
import { openTestCore, tempDir } from './fixtures';

let pdf: Buffer;
let trusted: TrustedKeys;
const NAME = 'MOU-2019-001-signed-summary.json';

beforeAll(async () => {
  const t = openExportCore();
  const { agreement } = await richAgreement(t);
  pdf = await exportAs(t, agreement.id, 'pdf');
  trusted = await trustedKeysOf(t);
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** An update of the kind a PDF editor appends: a new object replacing the page's text. */
function forgersUpdate(file: Buffer): Buffer {
  const text = file.toString('latin1');
  const previous = /startxref\n(\d+)\n%%EOF\n$/.exec(text)![1];
  const stream = 'BT /F1 18 Tf 72 720 Td (Amended: the city pays twice) Tj ET';
  const object = `4 0 obj\n<< /Length ${stream.length} >>\nstream\n${stream}\nendstream\nendobj\n`;
  const xrefAt = file.length + object.length;
  const tail = `xref\n4 1\n${String(file.length).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 9 /Root 1 0 R /Prev ${previous} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([file, Buffer.from(object + tail, 'latin1')]);
}

describe('a PDF summary carries its signed JSON and verifies', () => {
  it('verifies as valid, every byte of it', () => {
    const result = verifyExport(pdf, trusted);
    expect(result).toMatchObject({ status: 'valid', fileKind: 'pdf', title: 'MOU on AI research in Seongnam', signer: { origin: 'own' } });
    expect(result.message).toContain('Every byte of the PDF, its printed pages included, is as signed.');
  });

  it('attaches the signed JSON, which names the printed pages and verifies on its own', () => {
    const found = readSignedAttachment(pdf)!;
    const envelope = JSON.parse(found.json.toString('utf8'));
    expect(envelope.pdf).toEqual({ sha256: sha256(found.pages), size: found.pages.length });
    expect(found.pages.subarray(0, 5).toString()).toBe('%PDF-');
    expect(verifyExport(found.json, trusted)).toMatchObject({ status: 'valid', fileKind: 'json' });
    // The update is a pure function of the pages, the JSON and its name.
    expect(attachSignedJson(found.pages, NAME, found.json).equals(pdf)).toBe(true);
  });

  it('names the printed pages when they changed', () => {
    const changed = Buffer.from(pdf);
    const at = changed.indexOf('Summary ');
    changed[at] = 'X'.charCodeAt(0);
    expect(verifyExport(changed, trusted)).toMatchObject({ status: 'tampered', parts: ['pages'] });
  });

  it('refuses the genuine signed JSON attached to other pages', () => {
    const { json } = readSignedAttachment(pdf)!;
    const forged = attachSignedJson(tinyPdf('Amended: the city pays twice'), NAME, json);
    expect(verifyExport(forged, trusted)).toMatchObject({ status: 'tampered', parts: ['pages'] });
  });

  it('refuses an incremental update appended after ours, the way PDF editors change a page', () => {
    expect(verifyExport(forgersUpdate(pdf), trusted)).toMatchObject({ status: 'tampered' });
  });

  it('refuses a changed attachment, appended bytes and a cut-off file', () => {
    const text = pdf.toString('latin1');
    const renamed = Buffer.from(text.replace(`(${NAME})`, `(${NAME.replace('MOU', 'MOV')})`), 'latin1');
    const catalog = Buffer.from(text.replace('/PageMode /UseAttachments', '/PageMode /UseOutlines    '), 'latin1');
    for (const file of [renamed, catalog, Buffer.concat([pdf, Buffer.alloc(50 * 1024 * 1024, 0x20)]), pdf.subarray(0, pdf.length - 1), Buffer.concat([pdf, Buffer.from('\n')])]) {
      expect(verifyExport(file, trusted).status).toBe('tampered');
    }
  });

  it('says an ordinary PDF is not a Liaison export', () => {
    expect(verifyExport(tinyPdf('Just a letter'), trusted)).toMatchObject({ status: 'not_liaison', message: expect.stringContaining('This PDF carries no Liaison signed summary') });
  });
});

describe.skipIf(!findChromium())('with the PDF that Chromium prints', () => {
  it('prints the fingerprint and section digests, attaches the JSON where PDF tools find it, and verifies', async () => {
    const t = openTestCore();
    const { agreement } = await richAgreement(t);
    const file = await exportAs(t, agreement.id, 'pdf');
    const result = verifyExport(file, await trustedKeysOf(t));
    expect(result).toMatchObject({ status: 'valid', fileKind: 'pdf' });

    const dir = tempDir();
    const target = path.join(dir, 'summary.pdf');
    fs.writeFileSync(target, file);
    const printed = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(printed).toContain(result.fingerprint!);
    for (const { sha256: digest } of result.digests) expect(printed.replace(/ /g, '')).toContain(digest);
    expect(printed).toContain(NAME);

    expect(execFileSync('pdfdetach', ['-list', target], { encoding: 'utf8' })).toContain(NAME);
    execFileSync('pdfdetach', ['-save', '1', '-o', path.join(dir, 'attached.json'), target]);
    expect(verifyExport(fs.readFileSync(path.join(dir, 'attached.json')), await trustedKeysOf(t))).toMatchObject({ status: 'valid', fileKind: 'json' });
  }, 90_000);
});
