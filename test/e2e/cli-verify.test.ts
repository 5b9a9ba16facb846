import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyPdf } from '../main/document-fixtures';
import { makeAgreement, openTestCore, tempDir } from '../main/fixtures';

const decode = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

function runCli(args: string[]): { status: number; out: string; err: string } {
  try {
    return { status: 0, out: execFileSync(process.execPath, [path.resolve('dist/main/cli.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, LIAISON_DATA_DIR: tempDir() } }), err: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, out: failed.stdout, err: failed.stderr };
  }
}

/** What `liaison verify` promises scripts: one exit status per verdict. */
const EXIT = { valid: 0, error: 1, usage: 2, unknownKey: 3, notLiaison: 4, tampered: 5 };

describe('liaison verify (CLI)', () => {
  it('checks JSON, Markdown and PDF exports with only the public key file, and gives each verdict its own exit status', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { signedOn: '2019-10-04' });
    await t.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'mou.pdf', contentBase64: tinyPdf('MOU').toString('base64') });
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (const format of ['json', 'markdown', 'pdf'] as const) {
      const file = await t.call('exports:summary', { agreementId: agreement.id, format });
      files[format] = path.join(dir, file.fileName);
      fs.writeFileSync(files[format], decode(file));
    }
    fs.writeFileSync(path.join(dir, 'office.json'), decode(await t.call('keys:exportPublic', {})));
    const key = ['--key', path.join(dir, 'office.json')];
    const { fingerprint } = (await t.call('keys:list', {}))[0];

    for (const format of ['json', 'markdown', 'pdf']) {
      const valid = runCli(['verify', files[format], ...key]);
      expect(valid, format).toMatchObject({ status: EXIT.valid, out: expect.stringMatching(/^VALID: Signed by the key you gave, “Office key” \([0-9a-f]{16}\) on /) });
      expect(valid.out).toContain(`Key fingerprint: ${fingerprint}`);
      expect(valid.out).toMatch(/^ {2}signingRecords {2}[0-9a-f]{64}$/m);
    }
    expect(runCli(['verify', files.pdf, ...key]).out).toContain('Every byte of the PDF, its printed pages included, is as signed.');

    // Without the key (and no register) the signer is unknown, and verifying creates nothing.
    const empty = tempDir();
    expect(runCli(['verify', files.json, '--data-dir', empty])).toMatchObject({ status: EXIT.unknownKey, out: expect.stringContaining('UNKNOWN_KEY') });
    expect(fs.readdirSync(empty)).toEqual([]);
    // With the register that signed it, its own keys are enough, and it says so.
    t.core.close();
    expect(runCli(['verify', files.pdf, '--data-dir', t.dataDir])).toMatchObject({ status: EXIT.valid, out: expect.stringContaining('VALID: Signed by this office’s key “Office key”') });

    for (const format of ['json', 'markdown', 'pdf']) {
      const bad = fs.readFileSync(files[format]);
      const at = bad.indexOf('Seongnam');
      expect(at).toBeGreaterThan(0);
      bad[at] = 'Z'.charCodeAt(0);
      const tampered = path.join(dir, `tampered-${format}`);
      fs.writeFileSync(tampered, bad);
      expect(runCli(['verify', tampered, ...key]), format).toMatchObject({ status: EXIT.tampered, out: expect.stringContaining('TAMPERED') });
    }
    fs.writeFileSync(path.join(dir, 'other.txt'), 'hello');
    fs.writeFileSync(path.join(dir, 'letter.pdf'), tinyPdf('Just a letter'));
    expect(runCli(['verify', path.join(dir, 'other.txt'), ...key])).toMatchObject({ status: EXIT.notLiaison, out: expect.stringContaining('NOT_LIAISON') });
    expect(runCli(['verify', path.join(dir, 'letter.pdf'), ...key]).status).toBe(EXIT.notLiaison);

    // The check could not run: a sentence on stderr, no verdict, and a status no verdict uses.
    const missing = runCli(['verify', path.join(dir, 'nope.json'), ...key]);
    expect(missing).toMatchObject({ status: EXIT.error, out: '', err: expect.stringContaining('nope.json does not exist.') });
    expect(runCli(['verify', files.json, '--key', path.join(dir, 'other.txt')])).toMatchObject({ status: EXIT.error, err: expect.stringContaining('is not an Ed25519 public key') });
    expect(runCli(['verify', dir, ...key])).toMatchObject({ status: EXIT.error, err: expect.stringContaining('is a folder') });
    expect(runCli(['verify']).status).toBe(EXIT.usage);
  });

  it('refuses a summary a retired key signed after its retirement, from the register or from the retired key’s file', async () => {
    let at = Date.parse('2026-03-01T09:00:00Z');
    const t = openTestCore({ now: () => new Date(at) });
    const { agreement } = await makeAgreement(t, { signedOn: '2019-10-04' });
    const old = (await t.call('keys:list', {}))[0];
    const sealed = JSON.parse(fs.readFileSync(path.join(t.dataDir, 'keys', `${old.keyId}.key`), 'utf8')) as { sealed: string };
    const stolen = Buffer.from(sealed.sealed, 'base64').toString('utf8');
    const dir = tempDir();
    const genuine = decode(await t.call('exports:summary', { agreementId: agreement.id, format: 'json' }));
    fs.writeFileSync(path.join(dir, 'genuine.json'), genuine);
    at = Date.parse('2026-03-02T10:00:00Z');
    await t.call('keys:rotate', {});
    fs.writeFileSync(path.join(dir, 'old-key.json'), decode(await t.call('keys:exportPublic', { keyId: old.keyId })));
    // Signed later with a copy of the old key taken before it was destroyed.
    const envelope = JSON.parse(genuine.toString('utf8'));
    envelope.exportedAt = '2026-03-05T08:00:00.000Z';
    const { signedText } = await import('../../electron/main/exports/signed-summary');
    const { sign } = await import('node:crypto');
    envelope.signature.value = sign(null, Buffer.from(signedText(envelope), 'utf8'), stolen).toString('base64');
    fs.writeFileSync(path.join(dir, 'late.json'), `${JSON.stringify(envelope, null, 2)}\n`);
    t.core.close();

    for (const trust of [['--data-dir', t.dataDir], ['--key', path.join(dir, 'old-key.json')]]) {
      expect(runCli(['verify', path.join(dir, 'genuine.json'), ...trust]), trust[0]).toMatchObject({ status: EXIT.valid, out: expect.stringContaining('retired on 2026-03-02T10:00:00.000Z') });
      expect(runCli(['verify', path.join(dir, 'late.json'), ...trust]), trust[0]).toMatchObject({
        status: EXIT.tampered,
        out: expect.stringContaining('Signed by a key retired on 2026-03-02T10:00:00.000Z, but dated 2026-03-05T08:00:00.000Z'),
      });
    }
    // A key file whose retirement was edited is refused, not trusted without it.
    const edited = fs.readFileSync(path.join(dir, 'old-key.json'), 'utf8').replace('2026-03-02T10:00:00.000Z', '2026-04-01T00:00:00.000Z');
    fs.writeFileSync(path.join(dir, 'edited-key.json'), edited);
    expect(runCli(['verify', path.join(dir, 'late.json'), '--key', path.join(dir, 'edited-key.json')])).toMatchObject({
      status: EXIT.error,
      err: expect.stringContaining('that retirement is not signed by the key that replaced it'),
    });
  });

  it('names an imported partner by the name the register gave its key', async () => {
    const office = openTestCore();
    const { agreement } = await makeAgreement(office);
    const file = path.join(tempDir(), 'summary.md');
    fs.writeFileSync(file, decode(await office.call('exports:summary', { agreementId: agreement.id, format: 'markdown' })));
    const partner = openTestCore();
    await partner.call('keys:importPublic', { label: 'KAIST Industry Liaison Office', content: decode(await office.call('keys:exportPublic', {})).toString('utf8') });
    partner.core.close();
    expect(runCli(['verify', file, '--data-dir', partner.dataDir])).toMatchObject({
      status: EXIT.valid,
      out: expect.stringContaining('VALID: Signed by KAIST Industry Liaison Office (a partner’s key,'),
    });
  });
});

describe('liaison CLI register jobs', () => {
  it('loads the demo, backs the register up to a file that opens, and checks it', () => {
    const dataDir = tempDir();
    const run = (...args: string[]) => runCli([...args, '--data-dir', dataDir]);
    expect(run('demo')).toMatchObject({ status: 0, out: expect.stringContaining('Loaded 6 agreements') });
    expect(run('info')).toMatchObject({ status: 0, out: expect.stringMatching(/Agreements: 6/) });
    const target = path.join(tempDir(), 'copy.sqlite');
    expect(run('backup', target).status).toBe(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM agreements WHERE deleted_at IS NULL').get()).toEqual({ n: 6 });
    copy.close();
    expect(run('backup', target)).toMatchObject({ status: 1 }); // never overwrites a file
    expect(run('check')).toMatchObject({ status: 0, out: 'ok\n' });
    expect(run('verify-chain')).toMatchObject({ status: 0, out: expect.stringContaining('intact') });
    expect(run('bogus').status).toBe(2);
  });
});
