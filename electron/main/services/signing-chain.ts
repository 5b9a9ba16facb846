import { canonicalJson } from '../../../shared/canonical-json';
import type { ChainReport, SigningRecord, SigningRecordBody } from '../../../shared/models/signing';
import { sha256Hex } from '../files/document-store';

/** The chain starts from a fixed, well-known value. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a record's hash covers: everything but the two hashes. */
export function recordBody(record: SigningRecord | SigningRecordBody): SigningRecordBody {
  return {
    id: record.id,
    seq: record.seq,
    agreementId: record.agreementId,
    documentVersionId: record.documentVersionId,
    documentSha256: record.documentSha256,
    partyOrganisationId: record.partyOrganisationId,
    partyName: record.partyName,
    signatoryPersonId: record.signatoryPersonId,
    signatoryName: record.signatoryName,
    signedOn: record.signedOn,
    place: record.place,
    method: record.method,
    eventId: record.eventId,
    correctsId: record.correctsId,
    note: record.note,
    recordedBy: record.recordedBy,
    recordedAt: record.recordedAt,
    deviceId: record.deviceId,
  };
}

/** hash = sha256(canonical(record) || prev_hash) */
export function chainHash(body: SigningRecordBody, prevHash: string): string {
  return sha256Hex(canonicalJson(body) + prevHash);
}

/**
 * Walks the chain in order and names the first record that no longer matches: an edited record
 * fails its own hash, a removed one leaves a gap in the sequence or a broken link, and a removed
 * newest record shows against the head the register remembers.
 */
export function verifyChain(records: Iterable<SigningRecord>, expectedHead: { seq: number; hash: string } | null): ChainReport {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (const record of records) {
    if (record.seq !== expectedSeq) {
      return {
        intact: false,
        records: count,
        seq: expectedSeq,
        recordId: null,
        reason: `Record ${expectedSeq}${record.seq > expectedSeq + 1 ? `–${record.seq - 1}` : ''} is missing: it was deleted from the register.`,
      };
    }
    if (record.prevHash !== prevHash) {
      return { intact: false, records: count, seq: record.seq, recordId: record.id, reason: `Record ${record.seq} no longer links to the record before it.` };
    }
    if (chainHash(recordBody(record), prevHash) !== record.hash) {
      return {
        intact: false,
        records: count,
        seq: record.seq,
        recordId: record.id,
        reason: `Record ${record.seq} (${record.signatoryName}, ${record.signedOn}) was changed after it was recorded.`,
      };
    }
    prevHash = record.hash;
    expectedSeq += 1;
    count += 1;
  }
  if (expectedHead && (expectedHead.seq > count || (expectedHead.seq === count && expectedHead.hash !== prevHash))) {
    return {
      intact: false,
      records: count,
      seq: count + 1,
      recordId: null,
      reason: `The newest record${expectedHead.seq - count > 1 ? 's' : ''} (up to ${expectedHead.seq}) ${expectedHead.seq - count > 1 ? 'are' : 'is'} missing.`,
    };
  }
  return { intact: true, records: count, head: prevHash };
}
