import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { DocumentStore } from '../../electron/main/files/document-store';
import { KeyService, fileProtector } from '../../electron/main/services/key-service';
import type { ServiceContext } from '../../electron/main/services/service-context';
import { verifySigningChain, verifySigningChainInSteps } from '../../electron/main/services/signing-service';
import { openTestCore, type TestCore } from './fixtures';
import { signedSetup } from './signing-fixtures';

/** The register's signing chain as a second process would check it: its own connection and key service. */
function checker(t: TestCore) {
  const db = openDatabase(t.dbFile);
  const ctx: ServiceContext = { db, actor: 'checker', now: () => new Date(), onChange: () => undefined, files: new DocumentStore(t.dataDir), deviceId: 'test' };
  const signer = new KeyService(ctx, t.dataDir, fileProtector).chainSigner();
  return { ctx, signer, close: () => db.close() };
}

async function tenRecords(t: TestCore) {
  const { sign } = await signedSetup(t);
  for (let i = 0; i < 5; i += 1) {
    await sign('kaist', { note: `kaist ${i}` });
    await sign('city', { note: `city ${i}` });
  }
}

/** Someone else edits record `seq` in the file, the append-only trigger dropped first. */
function editRecord(t: TestCore, seq: number) {
  const raw = new Database(t.dbFile);
  raw.exec('DROP TRIGGER IF EXISTS signing_records_no_update');
  raw.prepare("UPDATE signing_records SET place = 'Daejeon' WHERE seq = ?").run(seq);
  raw.close();
}

describe('checking the signing chain a page at a time', () => {
  it('finds what a walk in one piece finds, and answers other calls between its pages', async () => {
    const t = openTestCore();
    await tenRecords(t);
    const c = checker(t);
    const finished: string[] = [];
    const walk = verifySigningChainInSteps(c.ctx, c.signer, 2).then((report) => {
      finished.push('chain');
      return report;
    });
    // A call from the window arrives as an event of its own, as IPC messages do.
    const list = new Promise((resolve) => setImmediate(resolve))
      .then(() => t.call('agreements:list', { limit: 5 }))
      .then(() => finished.push('list'));
    const [report] = await Promise.all([walk, list]);
    expect(finished).toEqual(['list', 'chain']);
    expect(report).toEqual(verifySigningChain(c.ctx, c.signer));
    expect(report).toMatchObject({ intact: true, records: 10 });
    c.close();

    editRecord(t, 7);
    const after = checker(t);
    const broken = await verifySigningChainInSteps(after.ctx, after.signer, 3);
    expect(broken).toEqual(verifySigningChain(after.ctx, after.signer));
    expect(broken).toMatchObject({ intact: false, seq: 7 });
    after.close();
  });

  it('walks a record forged below number 1 as the whole walk does', async () => {
    const t = openTestCore();
    await tenRecords(t);
    const raw = new Database(t.dbFile);
    // A hash of its own (the first digit changed, never to itself): the no-replace trigger refuses a copied one.
    raw.prepare(
      "INSERT INTO signing_records SELECT 0, 'forged', agreement_id, document_version_id, document_sha256, party_organisation_id, party_name, signatory_person_id, signatory_name, signed_on, place, method, event_id, corrects_id, note, recorded_by, recorded_at, device_id, prev_hash, CASE substr(hash, 1, 1) WHEN '0' THEN '1' ELSE '0' END || substr(hash, 2), key_id, signature FROM signing_records WHERE seq = 1",
    ).run();
    raw.close();
    const c = checker(t);
    const report = await verifySigningChainInSteps(c.ctx, c.signer, 3);
    expect(report).toEqual(verifySigningChain(c.ctx, c.signer));
    expect(report).toMatchObject({ intact: false, seq: 0 });
    c.close();
  });

  it('starts again when another program writes behind it, so an edit to a record it has passed is found', async () => {
    const t = openTestCore();
    await tenRecords(t);
    const c = checker(t);
    const walk = verifySigningChainInSteps(c.ctx, c.signer, 2);
    // Queued behind the walk's first pause: records 1 and 2 are checked by then.
    setImmediate(() => editRecord(t, 1));
    const report = await walk;
    expect(report).toMatchObject({ intact: false, seq: 1 });
    expect(report.intact ? '' : report.reason).toContain('Record 1');
    c.close();
  });

  it('answers the Verify screen and the start-up check through the same walk', async () => {
    const t = openTestCore();
    await tenRecords(t);
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 10 });
    editRecord(t, 4);
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: false, seq: 4 });
  });
});
