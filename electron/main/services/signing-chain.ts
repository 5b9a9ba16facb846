import { canonicalJson } from '../../../shared/canonical-json';
import type { ChainProblem, ChainReport, SigningRecord, SigningRecordBody } from '../../../shared/models/signing';
import { sha256Hex } from '../files/document-store';
import { headSigningPayload, type SignedHead } from '../crypto/chain-head';

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

/** What the office key signs for a record: its place in the chain and its hash, under a fixed prefix. */
export function recordSigningPayload(seq: number, hash: string): string {
  return `liaison/signing-record/v1\n${seq}\n${hash}`;
}

export { headSigningPayload, type SignedHead } from '../crypto/chain-head';

/**
 * Checks an Ed25519 signature against the office's own keys (current and retired) only. With
 * `signedAt` (a record's recording time), a key retired at or before that time does not count.
 * With `null` (a chain head, which carries no time), a key with a signed retirement does not
 * count: every rotation signs the head again with the new key.
 */
export type SignatureCheck = (payload: string, keyId: string, signature: string, signedAt?: string | null) => boolean;

/** The heads known for this register: the copy inside the database and the one kept beside the keys. */
export type KnownHeads = { inDatabase: SignedHead | null; onDisk: SignedHead | null; legacy: { seq: number; hash: string } | null };

/** A record's place in the chain and its hash: where a walk of only the newer records starts. */
export type ChainPoint = { seq: number; hash: string };

/** The signed heads, those the office key signed, and the record from which every record must carry its signature. */
export type HeadsInForce = { signedHeads: SignedHead[]; validHeads: SignedHead[]; signedFrom: number };

export function headsInForce(heads: KnownHeads, check: SignatureCheck): HeadsInForce {
  const signedHeads = [heads.inDatabase, heads.onDisk].filter((head): head is SignedHead => head !== null);
  const validHeads = signedHeads.filter((head) => check(headSigningPayload(head), head.keyId, head.signature, null));
  return { signedHeads, validHeads, signedFrom: Math.min(...validHeads.map((head) => head.signedFrom), Number.POSITIVE_INFINITY) };
}

function span(from: number, to: number): string {
  return from === to ? `Record ${from} is` : `Records ${from}–${to} are`;
}

/** A walk of the chain fed its records in order, in as many pieces as the caller likes, then finished. */
export type ChainWalk = { feed(records: Iterable<SigningRecord>): void; finish(): ChainReport };

/**
 * Walks the chain and reports every problem, not only the first, so one damaged record cannot
 * hide later tampering: an edited record fails its own hash; a record rewritten with a recomputed
 * chain fails the office key's signature; a removed record leaves a gap or a broken link; removed
 * newest records and forged appended ones show against the signed head, which is kept both in the
 * database and beside the keys. With `from`, the walk starts after that record, taken as verified
 * (see chain-checkpoint.ts for when that holds); `inForce` spares a caller that already checked
 * the heads checking their signatures again.
 */
export function chainWalk(heads: KnownHeads, check: SignatureCheck, from?: ChainPoint, inForce: HeadsInForce = headsInForce(heads, check)): ChainWalk {
  const problems: ChainProblem[] = [];
  const hashes: string[] = [];
  let prevStored = from?.hash ?? GENESIS_HASH;
  let expectedSeq = (from?.seq ?? 0) + 1;
  if (from) hashes[from.seq] = from.hash;
  const { signedHeads, validHeads, signedFrom } = inForce;
  const feed = (records: Iterable<SigningRecord>) => {
    for (const record of records) {
      if (record.seq !== expectedSeq) {
        if (record.seq > expectedSeq) {
          problems.push({ seq: expectedSeq, recordId: null, reason: `${span(expectedSeq, record.seq - 1)} missing: deleted from the register.` });
        }
        expectedSeq = record.seq;
      } else if (record.prevHash !== prevStored) {
        problems.push({ seq: record.seq, recordId: record.id, reason: `Record ${record.seq} no longer links to the record before it.` });
      }
      const label = `Record ${record.seq} (${record.signatoryName}, ${record.signedOn})`;
      if (chainHash(recordBody(record), record.prevHash) !== record.hash) {
        problems.push({ seq: record.seq, recordId: record.id, reason: `${label} was changed after it was recorded.` });
      } else if (record.seq >= signedFrom) {
        const signed = record.keyId !== null && record.signature !== null && check(recordSigningPayload(record.seq, record.hash), record.keyId, record.signature, record.recordedAt);
        if (!signed) {
          problems.push({ seq: record.seq, recordId: record.id, reason: `${label} does not carry the office key’s signature: it was rewritten or added outside Liaison.` });
        }
      }
      hashes[record.seq] = record.hash;
      prevStored = record.hash;
      expectedSeq = record.seq + 1;
    }
  };
  const finish = (): ChainReport => {
    const count = expectedSeq - 1;
    for (const head of signedHeads) {
      const where = head === heads.inDatabase ? 'in the register' : 'kept beside the office key';
      if (!validHeads.includes(head)) {
        problems.push({ seq: head.count, recordId: null, reason: `The chain head ${where} is not signed by the office key: it was rewritten outside Liaison.` });
      } else if (head.count > count) {
        problems.push({ seq: count + 1, recordId: null, reason: `${span(count + 1, head.count)} missing: the newest records were deleted.` });
      } else if (hashes[head.count] !== undefined && hashes[head.count] !== head.hash) {
        problems.push({ seq: head.count, recordId: null, reason: `Record ${head.count} is not the one the office key signed: the chain was rewritten.` });
      }
    }
    if (signedHeads.length === 0 && heads.legacy && (heads.legacy.seq > count || hashes[heads.legacy.seq] !== heads.legacy.hash)) {
      problems.push({ seq: Math.min(heads.legacy.seq, count + 1), recordId: null, reason: 'The newest records are missing or were rewritten.' });
    }
    if (problems.length === 0) return { intact: true, records: count, head: prevStored };
    problems.sort((a, b) => a.seq - b.seq);
    const [first] = problems;
    return { intact: false, records: count, seq: first.seq, recordId: first.recordId, reason: first.reason, problems };
  };
  return { feed, finish };
}

/** The chain walked in one piece (see `chainWalk`). */
export function verifyChain(records: Iterable<SigningRecord>, heads: KnownHeads, check: SignatureCheck, from?: ChainPoint): ChainReport {
  const walk = chainWalk(heads, check, from);
  walk.feed(records);
  return walk.finish();
}
