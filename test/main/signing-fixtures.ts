import Database from 'better-sqlite3';
import { tinyPdf } from './document-fixtures';
import { makeAgreement, type TestCore } from './fixtures';

export const b64 = (bytes: Buffer) => bytes.toString('base64');

export async function signedSetup(t: TestCore) {
  const made = await makeAgreement(t, { signedOn: '2019-10-04' });
  const doc = await t.call('documents:add', {
    owner: { kind: 'agreement', id: made.agreement.id },
    fileName: 'KAIST-Seongnam MOU.pdf',
    language: 'ko',
    contentBase64: b64(tinyPdf('KAIST Seongnam MOU')),
  });
  const sign = (party: 'kaist' | 'city', extra: Record<string, unknown> = {}) =>
    t.call('signing:record', {
      agreementId: made.agreement.id,
      documentVersionId: doc.versions[0].id,
      partyOrganisationId: made[party].id,
      signatoryPersonId: party === 'kaist' ? made.president.id : made.mayor.id,
      signedOn: '2019-10-04',
      place: 'Seongnam City Hall',
      method: 'wet_ink',
      ...extra,
    });
  return { ...made, doc, sign };
}

/** Someone holding the file: drops the append-only triggers, runs `statements`, and the app restarts. */
export function tamperWithFile(t: TestCore, statements: string[]): TestCore {
  t.core.close();
  const raw = new Database(t.dbFile);
  raw.exec('DROP TRIGGER IF EXISTS signing_records_no_update; DROP TRIGGER IF EXISTS signing_records_no_delete;');
  for (const sql of statements) raw.prepare(sql).run();
  raw.close();
  return t.reopen();
}

export async function threeRecords(t: TestCore) {
  const { sign } = await signedSetup(t);
  await sign('kaist');
  await sign('city');
  await sign('kaist', { note: 'third' });
}

