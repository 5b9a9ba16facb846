import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore, sha256Hex } from '../../electron/main/files/document-store';
import { PNG_1x1, tinyPdf } from './document-fixtures';
import { makeAgreement, openTestCore, tempDir } from './fixtures';
import { makeDayEvent } from './event-fixtures';
import { b64, signedSetup, tamperWithFile, threeRecords } from './signing-fixtures';

describe('documents', () => {
  it('stores files by content, once, and keeps versions', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t);
    const pdf = tinyPdf('draft 1');
    const first = await t.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'mou.pdf', contentBase64: b64(pdf) });
    expect(first.versions).toHaveLength(1);
    expect(first.versions[0]).toMatchObject({ version: 1, mediaType: 'application/pdf', size: pdf.length, signed: false });
    const stored = path.join(t.dataDir, 'documents', first.versions[0].sha256);
    expect(fs.readFileSync(stored).equals(pdf)).toBe(true);
    const second = await t.call('documents:add', {
      owner: { kind: 'agreement', id: agreement.id },
      documentId: first.id,
      fileName: 'mou-signed.pdf',
      signed: true,
      contentBase64: b64(tinyPdf('signed')),
    });
    expect(second.versions.map((v) => [v.version, v.signed])).toEqual([[2, true], [1, false]]);
    // The same bytes again are stored once.
    await t.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'copy.pdf', contentBase64: b64(pdf) });
    expect(fs.readdirSync(path.join(t.dataDir, 'documents'))).toHaveLength(2);
    const content = await t.call('documents:content', { versionId: first.versions[0].id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(pdf)).toBe(true);
  });

  it('refuses files it cannot keep safely, leaving nothing behind', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t);
    const attempts = [
      { fileName: 'notes.txt', contentBase64: b64(Buffer.from('just text')) },
      { fileName: 'evil.pdf', contentBase64: '!!!not base64!!!' },
      { fileName: '../../etc/passwd', contentBase64: b64(Buffer.from('%PDF-1.4 fake')) },
      { fileName: 'big.pdf', contentBase64: b64(Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(26 * 1024 * 1024)])) },
    ];
    const results = [];
    for (const attempt of attempts) results.push(await t.send('documents:add', { owner: { kind: 'agreement', id: agreement.id }, ...attempt }));
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('PDF') } });
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // A path in the name is cut to the plain file name; it never escapes the documents folder.
    expect(results[2]).toMatchObject({ ok: true, value: { versions: [{ fileName: 'passwd' }] } });
    expect(results[3]).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('25 MiB') } });
    const files = fs.readdirSync(path.join(t.dataDir, 'documents'));
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]);
    expect(files).toHaveLength(1);
    const png = await t.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'scan.png', contentBase64: b64(PNG_1x1) });
    expect(png.versions[0].mediaType).toBe('image/png');
  });

  it('says clearly when a stored file has gone missing', async () => {
    const t = openTestCore();
    const { doc } = await signedSetup(t);
    fs.rmSync(path.join(t.dataDir, 'documents', doc.versions[0].sha256));
    const result = await t.send('documents:content', { versionId: doc.versions[0].id });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('missing') });
    const unknown = await t.send('documents:content', { versionId: '0190a0b0-0000-7000-8000-000000000000' });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });

  it('notices a stored file changed on disk', async () => {
    const t = openTestCore();
    const { doc } = await signedSetup(t);
    fs.appendFileSync(path.join(t.dataDir, 'documents', doc.versions[0].sha256), 'x');
    const result = await t.send('documents:content', { versionId: doc.versions[0].id });
    expect(result.ok ? null : result.error.code).toBe('TAMPERED');
  });

  it('repairs a tampered stored copy when the genuine file is attached again', async () => {
    const t = openTestCore();
    const { agreement, doc } = await signedSetup(t);
    const genuine = tinyPdf('KAIST Seongnam MOU');
    const stored = path.join(t.dataDir, 'documents', doc.versions[0].sha256);
    fs.writeFileSync(stored, tinyPdf('KAIST Seongnam MOU, quietly amended'));
    const tampered = await t.send('documents:content', { versionId: doc.versions[0].id });
    expect(tampered.ok ? null : tampered.error).toMatchObject({ code: 'TAMPERED', message: expect.stringContaining('Attach the original file again') });

    await t.call('documents:add', {
      owner: { kind: 'agreement', id: agreement.id },
      documentId: doc.id,
      fileName: 'KAIST-Seongnam MOU.pdf',
      contentBase64: b64(genuine),
    });
    const content = await t.call('documents:content', { versionId: doc.versions[0].id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(genuine)).toBe(true);
    expect(fs.readFileSync(stored).equals(genuine)).toBe(true);
    expect(fs.readdirSync(path.join(t.dataDir, 'documents')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('leaves an intact stored copy alone when the same file comes again', async () => {
    const store = new DocumentStore(tempDir());
    const pdf = tinyPdf('same bytes');
    expect(store.put(pdf)).toMatchObject({ created: true, repaired: false });
    const stored = path.join(store.root, sha256Hex(pdf));
    const before = fs.statSync(stored);
    expect(store.put(pdf)).toEqual({ sha256: sha256Hex(pdf), created: false, repaired: false });
    expect(fs.statSync(stored).ino).toBe(before.ino);
    // Gone from disk: written again as a new file.
    fs.rmSync(stored);
    expect(store.put(pdf)).toMatchObject({ created: true, repaired: false });
    fs.appendFileSync(stored, 'x');
    expect(store.put(pdf)).toMatchObject({ created: false, repaired: true });
    expect(store.read(sha256Hex(pdf)).equals(pdf)).toBe(true);
  });
});

describe('signing records', () => {
  it('chains records and needs one per party before an agreement with documents becomes active', async () => {
    const t = openTestCore();
    const { agreement, sign } = await signedSetup(t);
    await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
    await sign('kaist');
    const early = await t.send('agreements:transition', { id: agreement.id, to: 'active' });
    expect(early.ok ? null : early.error.message).toContain('Seongnam City has no signing record');
    const second = await sign('city');
    expect(second.seq).toBe(2);
    const records = await t.call('signing:list', { agreementId: agreement.id });
    expect(records[1].prevHash).toBe(records[0].hash);
    expect(await t.call('agreements:transition', { id: agreement.id, to: 'active' })).toMatchObject({ status: 'active' });
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 2 });
  });

  it('refuses a signatory who does not sign for that party', async () => {
    const t = openTestCore();
    const { agreement, doc, kaist, mayor } = await signedSetup(t);
    const result = await t.send('signing:record', {
      agreementId: agreement.id,
      documentVersionId: doc.versions[0].id,
      partyOrganisationId: kaist.id,
      signatoryPersonId: mayor.id,
      signedOn: '2019-10-04',
      place: 'Seongnam',
      method: 'wet_ink',
    });
    expect(result.ok ? null : result.error.issues?.[0].path).toBe('signatoryPersonId');
  });

  it('names a signing ceremony only when it is an event of this agreement in the register', async () => {
    const t = openTestCore();
    const { agreement, doc, kaist, president, sign } = await signedSetup(t);
    const other = await makeAgreement(t, { title: 'Another MOU' });
    const elsewhere = await makeDayEvent(t, '2019-10-04', { kind: 'signing_ceremony', title: 'Another ceremony', agreementId: other.agreement.id });
    const here = await makeDayEvent(t, '2019-10-04', { kind: 'signing_ceremony', title: 'MOU ceremony', agreementId: agreement.id });
    for (const eventId of [elsewhere.id, '0190f1a2-0000-7000-8000-00000000dead']) {
      const refused = await t.send('signing:record', {
        agreementId: agreement.id,
        documentVersionId: doc.versions[0].id,
        partyOrganisationId: kaist.id,
        signatoryPersonId: president.id,
        signedOn: '2019-10-04',
        place: 'Seongnam City Hall',
        method: 'wet_ink',
        eventId,
      });
      expect(refused.ok ? null : refused.error.issues?.[0].path).toBe('eventId');
    }
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 0 });
    expect(await sign('kaist', { eventId: here.id })).toMatchObject({ seq: 1, eventId: here.id });
  });

  it('takes corrections as new records and refuses edits and deletes in the schema', async () => {
    const t = openTestCore();
    const { sign } = await signedSetup(t);
    const wrong = await sign('kaist', { place: 'Daejeon' });
    const fixed = await sign('kaist', { correctsId: wrong.id, note: 'Signed in Seongnam, not Daejeon' });
    expect(fixed).toMatchObject({ seq: 2, correctsId: wrong.id });
    t.core.close();
    const raw = new Database(t.dbFile);
    expect(() => raw.prepare("UPDATE signing_records SET place = 'x'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM signing_records').run()).toThrow(/append-only/);
    raw.close();
  });

  it('names the record someone edited directly in SQLite', async () => {
    const t = openTestCore();
    await threeRecords(t);
    const reopened = tamperWithFile(t, ["UPDATE signing_records SET signed_on = '2019-10-05' WHERE seq = 2"]);
    const report = await reopened.call('signing:verify', {});
    expect(report).toMatchObject({ intact: false, seq: 2, reason: expect.stringContaining('Record 2') });
    expect(report.intact ? '' : report.reason).toContain('changed');
  });

  it('names a record someone deleted, in the middle or at the end', async () => {
    const t = openTestCore();
    await threeRecords(t);
    let reopened = tamperWithFile(t, ['DELETE FROM signing_records WHERE seq = 2']);
    expect(await reopened.call('signing:verify', {})).toMatchObject({ intact: false, seq: 2, reason: expect.stringContaining('missing') });
    reopened = tamperWithFile(reopened, ['DELETE FROM signing_records WHERE seq = 3']);
    expect(await reopened.call('signing:verify', {})).toMatchObject({ intact: false, seq: 2, reason: expect.stringContaining('newest') });
  });

  it('announces a broken chain to every listener when a check finds it', async () => {
    const t = openTestCore();
    const { sign } = await signedSetup(t);
    await sign('kaist');
    const reopened = tamperWithFile(t, ["UPDATE signing_records SET place = 'Elsewhere'"]);
    const seen: unknown[] = [];
    reopened.core.subscribe((event, payload) => {
      if (event === 'signing:chainBroken') seen.push(payload);
    });
    await reopened.call('signing:verify', {});
    expect(seen).toEqual([expect.objectContaining({ intact: false, seq: 1 })]);
  });
});
