import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { forgetVerified, rememberVerified, verifiedThrough } from '../../electron/main/services/chain-checkpoint';
import { GENESIS_HASH, chainHash, recordBody, verifyChain } from '../../electron/main/services/signing-chain';
import type { SigningRecord } from '../../shared/models/signing';
import { openTestCore, tempDir } from './fixtures';
import { signedSetup } from './signing-fixtures';
import path from 'node:path';

/** Three unsigned records chained from the genesis hash (signatures are not required before a signed head). */
function chain(n: number): SigningRecord[] {
  const records: SigningRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const body = {
      id: `r${seq}`,
      seq,
      agreementId: 'a',
      documentVersionId: 'v',
      documentSha256: 'f'.repeat(64),
      partyOrganisationId: 'o',
      partyName: 'KAIST',
      signatoryPersonId: 'p',
      signatoryName: 'Lee Kwang-hyung',
      signedOn: '2019-10-04',
      place: 'Seongnam',
      method: 'wet_ink' as const,
      eventId: null,
      correctsId: null,
      note: '',
      recordedBy: 'tester',
      recordedAt: '2019-10-04T03:00:00.000Z',
      deviceId: 'd',
    };
    const hash = chainHash(body, prevHash);
    records.push({ ...body, prevHash, hash, keyId: null, signature: null });
    prevHash = hash;
  }
  return records;
}

const noHeads = { inDatabase: null, onDisk: null, legacy: null };
const noKeys = () => false;

describe('walking the signing chain from a verified record', () => {
  it('checks the newer records against the verified one, and reports a record that does not link to it', () => {
    const records = chain(5);
    expect(verifyChain(records.slice(3), noHeads, noKeys, { seq: 3, hash: records[2].hash })).toEqual({ intact: true, records: 5, head: records[4].hash });
    // Nothing new since: the verified record is still the head.
    expect(verifyChain([], noHeads, noKeys, { seq: 5, hash: records[4].hash })).toEqual({ intact: true, records: 5, head: records[4].hash });
    const elsewhere = verifyChain(records.slice(3), noHeads, noKeys, { seq: 3, hash: records[1].hash });
    expect(elsewhere).toMatchObject({ intact: false, seq: 4, reason: 'Record 4 no longer links to the record before it.' });
    const gap = verifyChain(records.slice(4), noHeads, noKeys, { seq: 3, hash: records[2].hash });
    expect(gap).toMatchObject({ intact: false, seq: 4, reason: 'Record 4 is missing: deleted from the register.' });
    const edited = verifyChain([{ ...records[3], place: 'Daejeon' }, records[4]], noHeads, noKeys, { seq: 3, hash: records[2].hash });
    expect(edited).toMatchObject({ intact: false, seq: 4 });
    expect(recordBody(records[3]).place).toBe('Seongnam');
  });
});

describe('the verified point a connection remembers', () => {
  it('holds only while no other connection has written and only under the same keys', () => {
    const file = path.join(tempDir(), 'register.sqlite');
    const db = openDatabase(file);
    db.exec('CREATE TABLE notes (body TEXT)');
    rememberVerified(db, { seq: 7, hash: 'h7' }, 'keys A');
    expect(verifiedThrough(db, 'keys A')).toEqual({ seq: 7, hash: 'h7' });
    expect(verifiedThrough(db, 'keys B')).toBeNull();
    // Its own writes leave it standing: this connection only appends signing records.
    db.prepare('INSERT INTO notes (body) VALUES (?)').run('own');
    expect(verifiedThrough(db, 'keys A')).toEqual({ seq: 7, hash: 'h7' });
    const other = new Database(file);
    other.prepare('INSERT INTO notes (body) VALUES (?)').run('someone else');
    other.close();
    expect(verifiedThrough(db, 'keys A')).toBeNull();
    rememberVerified(db, { seq: 8, hash: 'h8' }, 'keys A');
    forgetVerified(db);
    expect(verifiedThrough(db, 'keys A')).toBeNull();
    db.close();
  });

  it('does not let a signed summary vouch for a chain another program changed after it was last checked', async () => {
    const t = openTestCore();
    const { agreement, sign } = await signedSetup(t);
    await sign('kaist');
    await sign('city');
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 2 });
    await t.call('exports:summary', { agreementId: agreement.id, format: 'json' });
    // A third, through the app: the next summary checks it on top of the two already checked.
    await sign('kaist', { note: 'third' });
    await t.call('exports:summary', { agreementId: agreement.id, format: 'json' });
    // While the app runs, another program edits the first record in the file.
    const raw = new Database(t.dbFile);
    raw.exec('DROP TRIGGER IF EXISTS signing_records_no_update');
    raw.prepare("UPDATE signing_records SET place = 'Daejeon' WHERE seq = 1").run();
    raw.close();
    const refused = await t.send('exports:summary', { agreementId: agreement.id, format: 'json' });
    expect(refused.ok ? null : refused.error.code).toBe('TAMPERED');
    expect(refused.ok ? '' : refused.error.message).toContain('Record 1');
  });
});
