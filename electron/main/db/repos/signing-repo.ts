import type { SigningRecord } from '../../../../shared/models/signing';
import { statement, type Db } from '../connection';

type SigningRow = {
  seq: number;
  id: string;
  agreement_id: string;
  document_version_id: string;
  document_sha256: string;
  party_organisation_id: string;
  party_name: string;
  signatory_person_id: string;
  signatory_name: string;
  signed_on: string;
  place: string;
  method: SigningRecord['method'];
  event_id: string | null;
  corrects_id: string | null;
  note: string;
  recorded_by: string;
  recorded_at: string;
  device_id: string;
  prev_hash: string;
  hash: string;
  key_id: string | null;
  signature: string | null;
};

function toRecord(row: SigningRow): SigningRecord {
  return {
    seq: row.seq,
    id: row.id,
    agreementId: row.agreement_id,
    documentVersionId: row.document_version_id,
    documentSha256: row.document_sha256,
    partyOrganisationId: row.party_organisation_id,
    partyName: row.party_name,
    signatoryPersonId: row.signatory_person_id,
    signatoryName: row.signatory_name,
    signedOn: row.signed_on,
    place: row.place,
    method: row.method,
    eventId: row.event_id,
    correctsId: row.corrects_id,
    note: row.note,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    deviceId: row.device_id,
    prevHash: row.prev_hash,
    hash: row.hash,
    keyId: row.key_id,
    signature: row.signature,
  };
}

export function lastSigningRecord(db: Db): { seq: number; hash: string } | null {
  return (statement(db, 'SELECT seq, hash FROM signing_records ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string }) ?? null;
}

export function insertSigningRecord(db: Db, record: SigningRecord): void {
  statement(
    db,
    `INSERT INTO signing_records (seq, id, agreement_id, document_version_id, document_sha256, party_organisation_id, party_name,
       signatory_person_id, signatory_name, signed_on, place, method, event_id, corrects_id, note, recorded_by, recorded_at,
       device_id, prev_hash, hash, key_id, signature)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.seq,
    record.id,
    record.agreementId,
    record.documentVersionId,
    record.documentSha256,
    record.partyOrganisationId,
    record.partyName,
    record.signatoryPersonId,
    record.signatoryName,
    record.signedOn,
    record.place,
    record.method,
    record.eventId,
    record.correctsId,
    record.note,
    record.recordedBy,
    record.recordedAt,
    record.deviceId,
    record.prevHash,
    record.hash,
    record.keyId,
    record.signature,
  );
}

export function signingRecordsFor(db: Db, agreementId: string): SigningRecord[] {
  return (statement(db, 'SELECT * FROM signing_records WHERE agreement_id = ? ORDER BY seq').all(agreementId) as SigningRow[]).map(toRecord);
}

export function findSigningRecord(db: Db, id: string): SigningRecord | null {
  const row = statement(db, 'SELECT * FROM signing_records WHERE id = ?').get(id) as SigningRow | undefined;
  return row ? toRecord(row) : null;
}

/**
 * The records after `seq` in chain order (every record from `-Infinity`: a forged row below 1 is
 * evidence too), read lazily so a long chain is verified without loading it whole.
 */
export function* signingRecordsAfter(db: Db, seq: number): Generator<SigningRecord> {
  for (const row of db.prepare('SELECT * FROM signing_records WHERE seq > ? ORDER BY seq').iterate(seq) as Iterable<SigningRow>) {
    yield toRecord(row);
  }
}

/** Every record in chain order. */
export function allSigningRecords(db: Db): Generator<SigningRecord> {
  return signingRecordsAfter(db, Number.NEGATIVE_INFINITY);
}

/** Up to `limit` records after `afterSeq`, in chain order: a page of a walk that pauses between pages. */
export function signingRecordsPage(db: Db, afterSeq: number, limit: number): SigningRecord[] {
  return (statement(db, 'SELECT * FROM signing_records WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as SigningRow[]).map(toRecord);
}
