import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChainReport, SigningRecord } from '../../shared/models/signing';
import { chainHash, recordBody } from '../../electron/main/services/signing-chain';
import { openTestCore, type TestCore } from './fixtures';
import { tamperWithFile, threeRecords } from './signing-fixtures';

/**
 * An attacker who holds the data folder (but not the office key, which the desktop app keeps in
 * the OS keychain): edits SQLite directly, recomputes hashes, rewrites the remembered head. Every
 * attack must be reported, naming the right record.
 */

type Row = Record<string, unknown> & { seq: number; hash: string; prev_hash: string };

function toRecord(row: Row): SigningRecord {
  return {
    seq: row.seq,
    id: row.id as string,
    agreementId: row.agreement_id as string,
    documentVersionId: row.document_version_id as string,
    documentSha256: row.document_sha256 as string,
    partyOrganisationId: row.party_organisation_id as string,
    partyName: row.party_name as string,
    signatoryPersonId: row.signatory_person_id as string,
    signatoryName: row.signatory_name as string,
    signedOn: row.signed_on as string,
    place: row.place as string,
    method: row.method as SigningRecord['method'],
    eventId: row.event_id as string | null,
    correctsId: row.corrects_id as string | null,
    note: row.note as string,
    recordedBy: row.recorded_by as string,
    recordedAt: row.recorded_at as string,
    deviceId: row.device_id as string,
    prevHash: row.prev_hash,
    hash: row.hash,
    keyId: row.key_id as string | null,
    signature: row.signature as string | null,
  };
}

/** Rewrites every record's links and hashes so the chain is internally consistent again. */
function recomputeChain(raw: Database.Database): string {
  const rows = raw.prepare('SELECT * FROM signing_records ORDER BY seq').all() as Row[];
  let prev = '0'.repeat(64);
  for (const row of rows) {
    const hash = chainHash(recordBody(toRecord({ ...row, prev_hash: prev })), prev);
    raw.prepare('UPDATE signing_records SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
    prev = hash;
  }
  return prev;
}

/** The attacker's session on the file: triggers dropped, any statements, the chain recomputed if asked. */
function attack(t: TestCore, run: (raw: Database.Database) => void): TestCore {
  t.core.close();
  const raw = new Database(t.dbFile);
  raw.exec(
    'DROP TRIGGER IF EXISTS signing_records_no_update; DROP TRIGGER IF EXISTS signing_records_no_delete; DROP TRIGGER IF EXISTS signing_records_no_replace;',
  );
  run(raw);
  raw.close();
  return t.reopen();
}

function rewriteHead(raw: Database.Database, count: number, hash: string): void {
  const head = JSON.parse((raw.prepare("SELECT value FROM local_meta WHERE key = 'signing_chain_head'").get() as { value: string }).value);
  raw.prepare("UPDATE local_meta SET value = ? WHERE key = 'signing_chain_head'").run(JSON.stringify({ ...head, count, hash }));
}

async function broken(t: TestCore): Promise<Extract<ChainReport, { intact: false }>> {
  const report = await t.call('signing:verify', {});
  if (report.intact) throw new Error('The chain was reported intact after an attack.');
  return report;
}

const headFile = (t: TestCore) => path.join(t.dataDir, 'keys', 'chain-head.json');

describe('signing records against someone with the files', () => {
  it('is intact without an attack, and keeps a signed head beside the key', async () => {
    const t = openTestCore();
    await threeRecords(t);
    expect(await t.call('signing:verify', {})).toMatchObject({ intact: true, records: 3 });
    expect(JSON.parse(fs.readFileSync(headFile(t), 'utf8'))).toMatchObject({ count: 3, signedFrom: 1 });
  });

  it('names a forged record appended with a valid hash', async () => {
    const t = openTestCore();
    await threeRecords(t);
    const reopened = attack(t, (raw) => {
      const last = raw.prepare('SELECT * FROM signing_records WHERE seq = 3').get() as Row;
      const forged = toRecord({ ...last, seq: 4, id: '0190a0b0-0000-7000-8000-0000000000f4', prev_hash: last.hash, note: 'forged' });
      const hash = chainHash(recordBody(forged), last.hash);
      raw
        .prepare(
          `INSERT INTO signing_records (seq, id, agreement_id, document_version_id, document_sha256, party_organisation_id, party_name,
             signatory_person_id, signatory_name, signed_on, place, method, event_id, corrects_id, note, recorded_by, recorded_at,
             device_id, prev_hash, hash, key_id, signature)
           SELECT 4, ?, agreement_id, document_version_id, document_sha256, party_organisation_id, party_name, signatory_person_id,
             signatory_name, signed_on, place, method, event_id, corrects_id, 'forged', recorded_by, recorded_at, device_id, ?, ?, key_id, signature
           FROM signing_records WHERE seq = 3`,
        )
        .run(forged.id, last.hash, hash);
    });
    const report = await broken(reopened);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 4, reason: expect.stringContaining('office key') })]);
  });

  it('names the edited record when the chain was recomputed and the head rewritten', async () => {
    const t = openTestCore();
    await threeRecords(t);
    const reopened = attack(t, (raw) => {
      raw.prepare("UPDATE signing_records SET place = 'Elsewhere' WHERE seq = 2").run();
      rewriteHead(raw, 3, recomputeChain(raw));
    });
    const report = await broken(reopened);
    expect(report.seq).toBe(2);
    expect(report.reason).toMatch(/Record 2 .*office key/);
    // The head in the register no longer carries a valid signature either.
    expect(report.problems.map((p) => p.reason).join(' ')).toMatch(/chain head in the register is not signed/);
  });

  it('names the edited record when the chain was recomputed but the head left alone', async () => {
    const t = openTestCore();
    await threeRecords(t);
    const reopened = attack(t, (raw) => {
      raw.prepare("UPDATE signing_records SET signed_on = '2019-10-05' WHERE seq = 2").run();
      recomputeChain(raw);
    });
    const report = await broken(reopened);
    expect(report).toMatchObject({ seq: 2, recordId: expect.any(String) });
    // Every problem names a record that exists (1–3), never one past the end.
    expect(report.problems.every((p) => p.seq >= 1 && p.seq <= 3)).toBe(true);
  });

  it('notices a middle record deleted, the rest renumbered and the chain recomputed', async () => {
    const t = openTestCore();
    await threeRecords(t);
    const reopened = attack(t, (raw) => {
      raw.prepare('DELETE FROM signing_records WHERE seq = 2').run();
      raw.prepare('UPDATE signing_records SET seq = 2 WHERE seq = 3').run();
      rewriteHead(raw, 2, recomputeChain(raw));
    });
    const report = await broken(reopened);
    expect(report.seq).toBe(2);
    // The renumbered record no longer matches the key's signature, and the head beside the key still counts three.
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ seq: 2, reason: expect.stringMatching(/^Record 2 .*office key/) }),
        expect.objectContaining({ seq: 3, reason: expect.stringContaining('Record 3 is missing') }),
      ]),
    );
  });

  it('notices the newest records deleted with the head rewritten to match', async () => {
    const t = openTestCore();
    await threeRecords(t);
    const reopened = attack(t, (raw) => {
      raw.prepare('DELETE FROM signing_records WHERE seq = 3').run();
      const last = raw.prepare('SELECT hash FROM signing_records WHERE seq = 2').get() as { hash: string };
      rewriteHead(raw, 2, last.hash);
    });
    const report = await broken(reopened);
    // The copy of the head beside the key still says three.
    expect(report.problems).toContainEqual(expect.objectContaining({ seq: 3, reason: expect.stringContaining('missing') }));
  });

  it('notices every record and the head in the register deleted', async () => {
    const t = openTestCore();
    await threeRecords(t);
    const reopened = attack(t, (raw) => {
      raw.prepare('DELETE FROM signing_records').run();
      raw.prepare("DELETE FROM local_meta WHERE key = 'signing_chain_head'").run();
    });
    const report = await broken(reopened);
    expect(report).toMatchObject({ records: 0, seq: 1 });
    expect(report.reason).toMatch(/Records 1–3 are missing/);
  });

  it('reports every tampered record, not only the first', async () => {
    const t = openTestCore();
    await threeRecords(t);
    const reopened = tamperWithFile(t, ["UPDATE signing_records SET place = 'X' WHERE seq IN (1, 3)"]);
    const report = await broken(reopened);
    expect(report.problems.map((p) => p.seq)).toEqual([1, 3]);
  });

  it('refuses INSERT OR REPLACE, which would swap a record without firing the delete trigger', async () => {
    const t = openTestCore();
    await threeRecords(t);
    t.core.close();
    const raw = new Database(t.dbFile);
    expect(() => raw.prepare('INSERT OR REPLACE INTO signing_records SELECT * FROM signing_records WHERE seq = 2').run()).toThrow(/append-only/);
    raw.close();
  });

  it('signs the head of a register from before signed heads once its chain checks out', async () => {
    const t = openTestCore();
    await threeRecords(t);
    // As an older Liaison left it: unsigned records, an unsigned remembered head, no head beside the key.
    t.core.close();
    const raw = new Database(t.dbFile);
    raw.exec('DROP TRIGGER signing_records_no_update');
    raw.prepare('UPDATE signing_records SET key_id = NULL, signature = NULL').run();
    const last = raw.prepare('SELECT hash FROM signing_records WHERE seq = 3').get() as { hash: string };
    raw.prepare("UPDATE local_meta SET value = ? WHERE key = 'signing_chain_head'").run(`3:${last.hash}`);
    raw.close();
    fs.rmSync(headFile(t));
    const reopened = t.reopen();
    expect(await reopened.call('signing:verify', {})).toMatchObject({ intact: true, records: 3 });
    expect(JSON.parse(fs.readFileSync(headFile(reopened), 'utf8'))).toMatchObject({ count: 3, signedFrom: 4 });
  });
});
