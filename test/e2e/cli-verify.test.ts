import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyPdf } from '../main/document-fixtures';
import { makeAgreement, openTestCore, tempDir } from '../main/fixtures';

const decode = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

function runCli(args: string[]): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync(process.execPath, [path.resolve('dist/main/cli.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, LIAISON_DATA_DIR: tempDir() } }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, out: failed.stdout };
  }
}

describe('liaison verify (CLI)', () => {
  it('checks an export with only the public key file', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { signedOn: '2019-10-04' });
    await t.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'mou.pdf', contentBase64: tinyPdf('MOU').toString('base64') });
    const file = await t.call('exports:summary', { agreementId: agreement.id, format: 'json' });
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'summary.json'), decode(file));
    fs.writeFileSync(path.join(dir, 'office.json'), decode(await t.call('keys:exportPublic', {})));
    const args = ['verify', path.join(dir, 'summary.json'), '--key', path.join(dir, 'office.json')];
    expect(runCli(args)).toMatchObject({ status: 0, out: expect.stringContaining('VALID') });
    // Without the key (and no register) the signer is unknown, and verifying creates nothing.
    const empty = tempDir();
    expect(runCli(['verify', path.join(dir, 'summary.json'), '--data-dir', empty])).toMatchObject({ status: 3, out: expect.stringContaining('UNKNOWN_KEY') });
    expect(fs.readdirSync(empty)).toEqual([]);
    // With the register that signed it, its own keys are enough.
    t.core.close();
    expect(runCli(['verify', path.join(dir, 'summary.json'), '--data-dir', t.dataDir])).toMatchObject({ status: 0, out: expect.stringContaining('VALID') });
    const bad = decode(file);
    bad[bad.indexOf('Seongnam')] = 'Z'.charCodeAt(0);
    fs.writeFileSync(path.join(dir, 'summary.json'), bad);
    expect(runCli(args)).toMatchObject({ status: 1, out: expect.stringContaining('TAMPERED') });
    fs.writeFileSync(path.join(dir, 'other.txt'), 'hello');
    expect(runCli(['verify', path.join(dir, 'other.txt'), '--key', path.join(dir, 'office.json')]).status).toBe(4);
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
