import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyPdf } from './document-fixtures';
import { makeAgreement, openTestCore } from './fixtures';

const b64 = (bytes: Buffer) => bytes.toString('base64');
const MISSING = '0190a0b0-0000-7000-8000-00000000dead';

describe('documents of any record', () => {
  it('keeps an organisation’s and a person’s documents under their own owner', async () => {
    const t = openTestCore();
    const { agreement, kaist, president } = await makeAgreement(t);
    const framework = await t.call('documents:add', {
      owner: { kind: 'organisation', id: kaist.id },
      fileName: 'KAIST framework contract.pdf',
      contentBase64: b64(tinyPdf('framework')),
    });
    const cv = await t.call('documents:add', {
      owner: { kind: 'person', id: president.id },
      fileName: 'CV.pdf',
      title: 'Curriculum vitae',
      language: 'en',
      contentBase64: b64(tinyPdf('cv')),
    });
    expect(framework).toMatchObject({ owner: { kind: 'organisation', id: kaist.id }, title: 'KAIST framework contract' });

    expect(await t.call('documents:list', { owner: { kind: 'organisation', id: kaist.id } })).toEqual([framework]);
    expect(await t.call('documents:list', { owner: { kind: 'person', id: president.id } })).toEqual([cv]);
    // The kind is part of the reference: an organisation's id is no person. The agreement's own list
    // and count are untouched.
    expect(await t.send('documents:list', { owner: { kind: 'person', id: kaist.id } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('documents:list', { owner: { kind: 'agreement', id: agreement.id } })).toEqual([]);
    expect(await t.call('agreements:get', { id: agreement.id })).toMatchObject({ documentCount: 0 });

    const next = await t.call('documents:add', {
      owner: { kind: 'person', id: president.id },
      documentId: cv.id,
      fileName: 'CV-2026.pdf',
      contentBase64: b64(tinyPdf('cv 2026')),
    });
    expect(next.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('says which record is missing, and refuses kinds it does not know', async () => {
    const t = openTestCore();
    const { city } = await makeAgreement(t, {}, false);
    const person = await t.send('documents:list', { owner: { kind: 'person', id: MISSING } });
    expect(person.ok ? null : person.error).toEqual({
      code: 'NOT_FOUND',
      key: 'record.notFound',
      params: { noun: 'person' },
      message: 'That person does not exist or was deleted.',
    });

    const spare = await t.call('organisations:create', { name: 'Spare', kind: 'other' });
    await t.call('organisations:delete', { id: spare.id, reason: 'Entered by mistake' });
    const deleted = await t.send('documents:add', {
      owner: { kind: 'organisation', id: spare.id },
      fileName: 'x.pdf',
      contentBase64: b64(tinyPdf('x')),
    });
    expect(deleted.ok ? null : deleted.error).toMatchObject({ code: 'NOT_FOUND', message: 'That organisation does not exist or was deleted.' });
    // The file written before the refusal is not left behind.
    expect(fs.readdirSync(path.join(t.dataDir, 'documents'))).toEqual([]);

    const unknown = await t.core.dispatch('documents:list', { owner: { kind: 'invoice', id: city.id } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Not a kind of record that can own documents.' } });
  });

  it('will not add a version to a document of another record', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeAgreement(t);
    const doc = await t.call('documents:add', { owner: { kind: 'organisation', id: kaist.id }, fileName: 'a.pdf', contentBase64: b64(tinyPdf('a')) });
    const result = await t.send('documents:add', {
      owner: { kind: 'organisation', id: city.id },
      documentId: doc.id,
      fileName: 'b.pdf',
      contentBase64: b64(tinyPdf('b')),
    });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'NOT_FOUND', message: 'That document does not belong to this organisation.' });
    expect((await t.call('documents:list', { owner: { kind: 'organisation', id: kaist.id } }))[0].versions).toHaveLength(1);
  });

  it('records signing only against a document the agreement owns', async () => {
    const t = openTestCore();
    const { agreement, kaist, president } = await makeAgreement(t);
    const orgDoc = await t.call('documents:add', { owner: { kind: 'organisation', id: kaist.id }, fileName: 'a.pdf', contentBase64: b64(tinyPdf('a')) });
    const result = await t.send('signing:record', {
      agreementId: agreement.id,
      documentVersionId: orgDoc.versions[0].id,
      partyOrganisationId: kaist.id,
      signatoryPersonId: president.id,
      signedOn: '2019-10-04',
      place: 'Daejeon',
      method: 'wet_ink',
    });
    expect(result.ok ? null : result.error.issues?.[0]).toEqual({
      path: 'documentVersionId',
      key: 'signing.chooseAgreementVersion',
      message: 'Choose a document version of this agreement.',
    });
  });

  it('attaches a file picked on the desktop to the given owner', async () => {
    const t = openTestCore({ platform: { pickFile: async () => ({ fileName: 'cv.pdf', bytes: tinyPdf('picked cv') }) } });
    const { president } = await makeAgreement(t);
    const picked = await t.call('documents:pick', { owner: { kind: 'person', id: president.id }, title: 'CV' });
    expect(picked).toMatchObject({ owner: { kind: 'person', id: president.id }, title: 'CV', versions: [{ fileName: 'cv.pdf' }] });
  });
});
