import Database from 'better-sqlite3';
import { sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headSigningPayload } from '../../electron/main/crypto/chain-head';
import { retirementHolds } from '../../electron/main/crypto/key-retirement';
import { verifySignature } from '../../electron/main/crypto/public-keys';
import { signedText } from '../../electron/main/exports/signed-summary';
import { verifyExport } from '../../electron/main/exports/verify-export';
import { chainHash, recordBody, recordSigningPayload } from '../../electron/main/services/signing-chain';
import type { SigningRecord } from '../../shared/models/signing';
import { exportAs, fakeRenderPdf, richAgreement } from './signed-export-fixtures';
import { openTestCore, tempDir, type TestCore } from './fixtures';
import { tamperWithFile } from './signing-fixtures';

/** A clock the test moves by hand. */
function handClock(start: string) {
  let at = Date.parse(start);
  return { now: () => new Date(at), set: (iso: string) => (at = Date.parse(iso)) };
}

const keyFile = (t: TestCore, keyId: string) => path.join(t.dataDir, 'keys', `${keyId}.key`);
/** The private key as someone who copied the keys folder holds it (file mode: the PEM, base64). */
const privatePemOf = (t: TestCore, keyId: string) =>
  Buffer.from((JSON.parse(fs.readFileSync(keyFile(t, keyId), 'utf8')) as { sealed: string }).sealed, 'base64').toString('utf8');
const verify = (t: TestCore, bytes: Buffer | string) => t.call('exports:verify', { fileName: 'x.json', contentBase64: Buffer.from(bytes).toString('base64') });
const render = (envelope: unknown) => `${JSON.stringify(envelope, null, 2)}\n`;

/** A JSON summary re-signed with a private key the forger holds, after `change` edits it. */
function forge(json: Buffer, privatePem: string, change: (envelope: Record<string, unknown>) => void): string {
  const envelope = JSON.parse(json.toString('utf8'));
  change(envelope);
  envelope.signature.value = sign(null, Buffer.from(signedText(envelope), 'utf8'), privatePem).toString('base64');
  return render(envelope);
}

function openAt(clock: ReturnType<typeof handClock>, dataDir = tempDir()) {
  return openTestCore({ dataDir, now: clock.now, platform: { renderPdf: fakeRenderPdf } });
}

describe('retiring a key', () => {
  it('has the new key sign the old key’s retirement, and destroys the old private key', async () => {
    const clock = handClock('2026-03-01T09:00:00Z');
    const t = openAt(clock);
    const old = (await t.call('keys:list', {}))[0];
    expect(fs.existsSync(keyFile(t, old.keyId))).toBe(true);
    clock.set('2026-03-02T10:00:00Z');
    const successor = await t.call('keys:rotate', {});

    expect(fs.existsSync(keyFile(t, old.keyId))).toBe(false);
    expect(fs.readdirSync(path.join(t.dataDir, 'keys')).filter((name) => name.includes(old.keyId))).toEqual([]);
    const onDisk = JSON.parse(fs.readFileSync(path.join(t.dataDir, 'keys', 'retirements.json'), 'utf8'));
    expect(onDisk).toEqual([{ retiredKeyId: old.keyId, retiredAt: '2026-03-02T10:00:00.000Z', successorKeyId: successor.keyId, signature: expect.any(String) }]);
    expect(retirementHolds(onDisk[0], successor.publicKeyPem)).toBe(true);
    // Signed by the successor, not by the key it retires, and the same record is in the register.
    expect(retirementHolds(onDisk[0], old.publicKeyPem)).toBe(false);
    t.core.close();
    const raw = new Database(t.dbFile, { readonly: true });
    const inDb = raw.prepare("SELECT value FROM local_meta WHERE key = ?").get(`key_retirement:${old.keyId}`) as { value: string };
    raw.close();
    expect(JSON.parse(inDb.value)).toEqual(onDisk[0]);
  });

  it('keeps summaries the key signed before retirement valid, saying when it was retired, and refuses later ones', async () => {
    const clock = handClock('2026-03-01T09:00:00Z');
    const t = openAt(clock);
    const { agreement } = await richAgreement(t);
    const old = (await t.call('keys:list', {}))[0];
    const stolen = privatePemOf(t, old.keyId);
    const genuine = await exportAs(t, agreement.id, 'json');
    clock.set('2026-03-02T10:00:00Z');
    await t.call('keys:rotate', {});

    expect(await verify(t, genuine)).toMatchObject({ status: 'valid', keyId: old.keyId, message: expect.stringContaining('retired on 2026-03-02T10:00:00.000Z') });
    // A copy of the destroyed key still makes signatures; dated after the retirement, they are refused.
    const later = forge(genuine, stolen, (e) => (e.exportedAt = '2026-03-05T08:00:00.000Z'));
    expect(await verify(t, later)).toMatchObject({ status: 'tampered', parts: ['signature'], message: expect.stringMatching(/retired on 2026-03-02.*no longer signs/) });
    // The exported public key of the retired key carries its retirement, for checks without the register.
    const keyJson = JSON.parse(Buffer.from((await t.call('keys:exportPublic', { keyId: old.keyId })).contentBase64, 'base64').toString('utf8'));
    expect(retirementHolds(keyJson.retirement, keyJson.retirement.successorPublicKeyPem)).toBe(true);
    const fromFile = new Map([[old.keyId, { publicKeyPem: old.publicKeyPem, label: 'KAIST', origin: 'key-file' as const, retiredAt: keyJson.retirement.retiredAt }]]);
    expect(verifyExport(Buffer.from(later), fromFile).status).toBe('tampered');
    expect(verifyExport(genuine, fromFile).status).toBe('valid');
  });

  it('does not count a signing record the retired key signed after its retirement', async () => {
    const clock = handClock('2026-03-01T09:00:00Z');
    let t = openAt(clock);
    await richAgreement(t);
    const old = (await t.call('keys:list', {}))[0];
    const stolen = privatePemOf(t, old.keyId);
    clock.set('2026-03-02T10:00:00Z');
    await t.call('keys:rotate', {});
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 2 });

    // Someone with a copy of the old key appends a record dated after the retirement (the head,
    // signed by the new key, still names record 2: records after it are checked one by one).
    const raw = new Database(t.dbFile, { readonly: true });
    const last = raw.prepare('SELECT * FROM signing_records ORDER BY seq DESC LIMIT 1').get() as Record<string, unknown>;
    raw.close();
    const body = { ...recordBody(camel(last) as SigningRecord), id: 'forged-record', seq: 3, note: 'added later', recordedAt: '2026-03-05T08:00:00.000Z' };
    const hash = chainHash(body, last.hash as string);
    const signWithOld = (payload: string) => sign(null, Buffer.from(payload, 'utf8'), stolen).toString('base64');
    t = tamperWithFile(t, [
      `INSERT INTO signing_records (id, seq, agreement_id, document_version_id, document_sha256, party_organisation_id, party_name, signatory_person_id, signatory_name, signed_on, place, method, event_id, corrects_id, note, recorded_by, recorded_at, device_id, prev_hash, hash, key_id, signature)
       SELECT 'forged-record', 3, agreement_id, document_version_id, document_sha256, party_organisation_id, party_name, signatory_person_id, signatory_name, signed_on, place, method, event_id, corrects_id, 'added later', recorded_by, '2026-03-05T08:00:00.000Z', device_id, hash, '${hash}', '${old.keyId}', '${signWithOld(recordSigningPayload(3, hash))}' FROM signing_records WHERE seq = 2`,
    ]);
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: false, seq: 3, reason: expect.stringContaining('does not carry the office key’s signature') });
  });

  it('signs the chain head again at rotation, so a head signed by the retired key cannot hide deleted records', async () => {
    const clock = handClock('2026-03-01T09:00:00Z');
    let t = openAt(clock);
    await richAgreement(t);
    const old = (await t.call('keys:list', {}))[0];
    const stolen = privatePemOf(t, old.keyId);
    clock.set('2026-03-02T10:00:00Z');
    const successor = await t.call('keys:rotate', {});
    expect(JSON.parse(fs.readFileSync(path.join(t.dataDir, 'keys', 'chain-head.json'), 'utf8'))).toMatchObject({ count: 2, keyId: successor.keyId });
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 2 });

    // The newest record deleted, and both copies of the head re-signed with the old key to match.
    const raw = new Database(t.dbFile, { readonly: true });
    const first = raw.prepare('SELECT hash FROM signing_records WHERE seq = 1').get() as { hash: string };
    raw.close();
    const body = { count: 1, hash: first.hash, signedFrom: 1 };
    const head = { ...body, keyId: old.keyId, signature: sign(null, Buffer.from(headSigningPayload(body), 'utf8'), stolen).toString('base64') };
    fs.writeFileSync(path.join(t.dataDir, 'keys', 'chain-head.json'), JSON.stringify(head));
    t = tamperWithFile(t, ['DELETE FROM signing_records WHERE seq = 2', `UPDATE local_meta SET value = '${JSON.stringify(head)}' WHERE key = 'signing_chain_head'`]);
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: false, reason: expect.stringContaining('is not signed by the office key') });
  });

  it('upgrades a rotation from before signed retirements: signs it and destroys the key left behind', async () => {
    const clock = handClock('2026-03-01T09:00:00Z');
    const t = openAt(clock);
    const old = (await t.call('keys:list', {}))[0];
    const keptFile = fs.readFileSync(keyFile(t, old.keyId));
    clock.set('2026-03-02T10:00:00Z');
    const active = await t.call('keys:rotate', {});
    t.core.close();
    // As an older Liaison left it: the old private key on disk, no signed retirement anywhere.
    fs.writeFileSync(keyFile(t, old.keyId), keptFile);
    fs.rmSync(path.join(t.dataDir, 'keys', 'retirements.json'));
    const raw = new Database(t.dbFile);
    raw.prepare("DELETE FROM local_meta WHERE key LIKE 'key_retirement:%'").run();
    raw.close();

    openAt(clock, t.dataDir);
    expect(fs.existsSync(keyFile(t, old.keyId))).toBe(false);
    const [retirement] = JSON.parse(fs.readFileSync(path.join(t.dataDir, 'keys', 'retirements.json'), 'utf8'));
    expect(retirement).toMatchObject({ retiredKeyId: old.keyId, retiredAt: '2026-03-02T10:00:00.000Z', successorKeyId: active.keyId });
    expect(retirementHolds(retirement, active.publicKeyPem)).toBe(true);
  });

  it('refuses to sign with a retired key when the register is restored from before the rotation', async () => {
    const clock = handClock('2026-03-01T09:00:00Z');
    let t = openAt(clock);
    const { agreement } = await richAgreement(t);
    t.core.close();
    const before = fs.readFileSync(t.dbFile);
    t = t.reopen();
    await t.call('keys:rotate', {});
    t.core.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${t.dbFile}${suffix}`, { force: true });
    fs.writeFileSync(t.dbFile, before);
    t = t.reopen();
    const refused = await t.send('exports:summary', { agreementId: agreement.id, format: 'json' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/was retired on .* no longer signs/) } });
  });
});

describe('what a signed summary vouches for', () => {
  it('carries the chain head the office key signed, re-signed by the new key after a rotation', async () => {
    const clock = handClock('2026-03-01T09:00:00Z');
    const t = openAt(clock);
    const { agreement } = await richAgreement(t);
    const first = JSON.parse((await exportAs(t, agreement.id, 'json')).toString('utf8'));
    expect(first).toMatchObject({ version: 4, chain: { count: 2, signedFrom: 1, keyId: first.signature.keyId } });
    expect(first.chain.hash).toBe(first.summary.signingRecords[1].hash);
    expect(verifySignature(headSigningPayload(first.chain), first.chain.signature, first.signature.publicKeyPem)).toBe(true);

    clock.set('2026-03-02T10:00:00Z');
    const successor = await t.call('keys:rotate', {});
    const bytes = await exportAs(t, agreement.id, 'json');
    const second = JSON.parse(bytes.toString('utf8'));
    expect(second.chain).toMatchObject({ count: 2, hash: first.chain.hash, keyId: successor.keyId });
    expect(await verify(t, bytes)).toMatchObject({ status: 'valid', keyId: successor.keyId });
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 2 });
    // The Markdown shows the head to a reader.
    expect((await exportAs(t, agreement.id, 'markdown')).toString('utf8')).toContain(`Signing chain when signed: 2 signing records, newest hash \`${first.chain.hash}\``);
  });

  it('refuses a summary whose chain head does not match its records, even signed by the office key', async () => {
    const t = openAt(handClock('2026-03-01T09:00:00Z'));
    const { agreement } = await richAgreement(t);
    const key = (await t.call('keys:list', {}))[0];
    const json = await exportAs(t, agreement.id, 'json');
    const pem = privatePemOf(t, key.keyId);
    // The head claims one record, but the summary lists two: re-signed whole, it is still refused.
    const shortHead = forge(json, pem, (e) => {
      const chain = e.chain as { count: number; hash: string; signedFrom: number; signature: string };
      chain.count = 1;
      chain.hash = (e.summary as { signingRecords: Array<{ hash: string }> }).signingRecords[0].hash;
      chain.signature = sign(null, Buffer.from(headSigningPayload(chain), 'utf8'), pem).toString('base64');
    });
    expect(await verify(t, shortHead)).toMatchObject({ status: 'tampered', parts: ['chain'], message: expect.stringContaining('beyond the chain head') });
    const unsignedHead = forge(json, pem, (e) => ((e.chain as { count: number }).count = 5));
    expect(await verify(t, unsignedHead)).toMatchObject({ status: 'tampered', parts: ['chain'] });
  });

  it('is refused, with a sentence, while the signing chain is broken', async () => {
    let t = openAt(handClock('2026-03-01T09:00:00Z'));
    const { agreement } = await richAgreement(t);
    t = tamperWithFile(t, ["UPDATE signing_records SET place = 'Seoul' WHERE seq = 1"]);
    for (const format of ['json', 'markdown', 'pdf'] as const) {
      const refused = await t.send('exports:summary', { agreementId: agreement.id, format });
      expect(refused).toMatchObject({ ok: false, error: { code: 'TAMPERED', message: expect.stringMatching(/^This summary cannot be signed: .*Record 1 .*was changed after it was recorded/) } });
    }
  });

  it('is refused, naming the file, when a document file is missing or changed', async () => {
    const t = openAt(handClock('2026-03-01T09:00:00Z'));
    const { agreement } = await richAgreement(t);
    const [doc] = await t.call('documents:list', { owner: { kind: 'agreement', id: agreement.id } });
    const stored = path.join(t.dataDir, 'documents', doc.versions[0].sha256);
    const original = fs.readFileSync(stored);
    fs.writeFileSync(stored, Buffer.concat([original, Buffer.from('x')]));
    expect(await t.send('exports:summary', { agreementId: agreement.id, format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'TAMPERED', message: expect.stringContaining('was changed on disk') },
    });
    fs.rmSync(stored);
    expect(await t.send('exports:summary', { agreementId: agreement.id, format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'TAMPERED', message: expect.stringContaining('KAIST-성남 MOU.pdf) is missing from the documents folder') },
    });
    fs.writeFileSync(stored, original);
    expect((await t.send('exports:summary', { agreementId: agreement.id, format: 'json' })).ok).toBe(true);
  });
});

/** A signing_records row in the shape of a SigningRecord. */
function camel(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), value]));
}
