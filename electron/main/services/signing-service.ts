import { AppError, fieldIssue } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { ChainReport, SigningRecord } from '../../../shared/models/signing';
import { readMeta, writeMeta } from '../db/repos/local-meta-repo';
import { agreementTable } from '../db/repos/agreement-repo';
import { eventTable } from '../records/events';
import { loadParties } from '../db/repos/agreement-parts-repo';
import { findVersion } from '../db/repos/document-repo';
import {
  allSigningRecords,
  findSigningRecord,
  insertSigningRecord,
  lastSigningRecord,
  signingRecordsAfter,
  signingRecordsFor,
  signingRecordsPage,
} from '../db/repos/signing-repo';
import { dataVersion, forgetVerified, rememberVerified, verifiedThrough } from './chain-checkpoint';
import { AGREEMENT_ENTITY } from './agreement-service';
import { recordAudit } from './audit-service';
import { readHeadFile, writeHeadFile } from '../files/chain-head-file';
import {
  GENESIS_HASH,
  chainHash,
  chainWalk,
  type ChainPoint,
  type ChainWalk,
  headSigningPayload,
  headsInForce,
  recordSigningPayload,
  verifyChain,
  type KnownHeads,
  type SignatureCheck,
  type SignedHead,
} from './signing-chain';
import { newId, timestamp, write, type ServiceContext } from './service-context';

const HEAD_KEY = 'signing_chain_head';

/** What the chain needs of the office key: a signature, a check against our own keys, where the head is kept on disk. */
export type ChainSigner = {
  sign(payload: string): { keyId: string; signature: string };
  /** A check against our own keys as they are now, for one walk of the chain, and a description of all it depends on. */
  checker(): { check: SignatureCheck; state: string };
  headFile: string;
};

/** The heads this register knows: the signed one in the database (or an unsigned one from before heads were signed) and the copy on disk. */
function knownHeads(ctx: ServiceContext, signer: ChainSigner): KnownHeads {
  const value = readMeta(ctx.db, HEAD_KEY);
  let inDatabase: SignedHead | null = null;
  let legacy: KnownHeads['legacy'] = null;
  if (value?.startsWith('{')) {
    inDatabase = JSON.parse(value) as SignedHead;
  } else if (value) {
    const [seq, hash] = value.split(':');
    legacy = { seq: Number(seq), hash };
  }
  return { inDatabase, onDisk: readHeadFile(signer.headFile), legacy };
}

function signHead(signer: ChainSigner, head: Pick<SignedHead, 'count' | 'hash' | 'signedFrom'>): SignedHead {
  return { ...head, ...signer.sign(headSigningPayload(head)) };
}

export function signingRecords(ctx: ServiceContext, agreementId: string): SigningRecord[] {
  if (!agreementTable.find(ctx.db, agreementId)) throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'agreement' });
  return signingRecordsFor(ctx.db, agreementId);
}

/**
 * Appends one signing record to the chain. The signatory must be listed for that party, the
 * document version must belong to the agreement, and a correction must name a record of the same
 * agreement. Nothing here (or anywhere) updates or deletes a record.
 */
export function recordSigning(ctx: ServiceContext, signer: ChainSigner, input: ChannelParsedInput<'signing:record'>): SigningRecord {
  let head: SignedHead | null = null;
  const saved = write(ctx, 'signing', () => {
    if (!agreementTable.find(ctx.db, input.agreementId)) throw new AppError('NOT_FOUND', 'record.notFound', { noun: 'agreement' });
    const version = findVersion(ctx.db, input.documentVersionId);
    // Signing stays on agreements: the version must be of a document this agreement owns.
    if (!version || version.owner.kind !== 'agreement' || version.owner.id !== input.agreementId) {
      throw new AppError('VALIDATION', 'signing.chooseAgreementVersion', undefined, [
        fieldIssue('documentVersionId', 'signing.chooseAgreementVersion'),
      ]);
    }
    const party = loadParties(ctx.db, input.agreementId).find((p) => p.organisationId === input.partyOrganisationId);
    if (!party) {
      throw new AppError('VALIDATION', 'signing.notAParty', undefined, [
        fieldIssue('partyOrganisationId', 'signing.choosePartyOfAgreement'),
      ]);
    }
    const signatory = party.signatories.find((s) => s.personId === input.signatoryPersonId);
    if (!signatory) {
      throw new AppError('VALIDATION', 'signing.notASignatory', { party: party.organisationName }, [
        fieldIssue('signatoryPersonId', 'signing.chooseSignatoryOf', { party: party.organisationName }),
      ]);
    }
    // A signing made at a ceremony names that event; it must be one the register has, and of this agreement
    // when the event names one, or the record would point at nothing a reader can open.
    if (input.eventId) {
      const event = eventTable.find(ctx.db, input.eventId);
      if (!event || (event.agreementId && event.agreementId !== input.agreementId)) {
        throw new AppError('VALIDATION', 'signing.eventElsewhere', undefined, [fieldIssue('eventId', 'signing.chooseEventHere')]);
      }
    }
    if (input.correctsId) {
      const corrected = findSigningRecord(ctx.db, input.correctsId);
      if (!corrected || corrected.agreementId !== input.agreementId) {
        throw new AppError('VALIDATION', 'signing.correctionElsewhere', undefined, [
          fieldIssue('correctsId', 'signing.chooseRecordHere'),
        ]);
      }
    }
    const last = lastSigningRecord(ctx.db);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const body = {
      id: newId(),
      seq: (last?.seq ?? 0) + 1,
      agreementId: input.agreementId,
      documentVersionId: version.id,
      documentSha256: version.sha256,
      partyOrganisationId: party.organisationId,
      partyName: party.organisationName,
      signatoryPersonId: signatory.personId,
      signatoryName: signatory.name,
      signedOn: input.signedOn,
      place: input.place,
      method: input.method,
      eventId: input.eventId,
      correctsId: input.correctsId,
      note: input.note,
      recordedBy: ctx.actor,
      recordedAt: timestamp(ctx),
      deviceId: ctx.deviceId,
    };
    const hash = chainHash(body, prevHash);
    const record: SigningRecord = { ...body, prevHash, hash, ...signer.sign(recordSigningPayload(body.seq, hash)) };
    insertSigningRecord(ctx.db, record);
    const previous = knownHeads(ctx, signer).inDatabase;
    head = signHead(signer, { count: record.seq, hash, signedFrom: previous?.signedFrom ?? record.seq });
    writeMeta(ctx.db, HEAD_KEY, JSON.stringify(head));
    recordAudit(ctx, { entity: AGREEMENT_ENTITY, entityId: input.agreementId, action: 'sign', before: null, after: record });
    return record;
  });
  // Only once the record is committed: a copy on disk ahead of the database would read as deleted records.
  if (head) writeHeadFile(signer.headFile, head);
  return saved;
}

/**
 * Starts a walk of the chain: from the first record, or (`resume`) after the point where this
 * connection last found it intact, when that still holds (chain-checkpoint.ts).
 */
function beginWalk(ctx: ServiceContext, signer: ChainSigner, resume: boolean): { walk: ChainWalk; from: ChainPoint | null; state: string } {
  const heads = knownHeads(ctx, signer);
  const { check, state: keys } = signer.checker();
  // The heads decide from which record on a signature is required: a remembered walk assumed that too.
  const inForce = headsInForce(heads, check);
  const state = `${keys} from ${inForce.signedFrom}`;
  const from = resume ? verifiedThrough(ctx.db, state) : null;
  return { walk: chainWalk(heads, check, from ?? undefined, inForce), from, state };
}

/** Finishes a walk; an intact chain is remembered as verified through its newest record. */
function endWalk(ctx: ServiceContext, walk: ChainWalk, state: string): ChainReport {
  const report = walk.finish();
  if (report.intact) rememberVerified(ctx.db, { seq: report.records, hash: report.head }, state);
  else forgetVerified(ctx.db);
  return report;
}

function walkChain(ctx: ServiceContext, signer: ChainSigner, resume: boolean): ChainReport {
  const { walk, from, state } = beginWalk(ctx, signer, resume);
  walk.feed(from ? signingRecordsAfter(ctx.db, from.seq) : allSigningRecords(ctx.db));
  return endWalk(ctx, walk, state);
}

/** The whole chain, every record checked, in one piece (key rotation, which must not pause). */
export function verifySigningChain(ctx: ServiceContext, signer: ChainSigner): ChainReport {
  return walkChain(ctx, signer, false);
}

/** A turn of the event loop: calls that came in meanwhile are answered. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The whole chain, every record checked, a page of records at a time with a turn of the event loop
 * between pages: the check the app makes at every start and the Verify screen's, which would
 * otherwise hold every other call for as long as the walk takes (~0.25 ms a record). A walk that
 * another connection wrote under (SQLite's `data_version` moved) starts again, so an edit behind
 * it is not missed; after three such tries the chain is walked in one piece.
 */
export async function verifySigningChainInSteps(ctx: ServiceContext, signer: ChainSigner, pageSize = 1000): Promise<ChainReport> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const version = dataVersion(ctx.db);
    const { walk, state } = beginWalk(ctx, signer, false);
    // From below every seq, not from 1: a forged record numbered 0 or less must be walked too.
    let last = Number.NEGATIVE_INFINITY;
    let undisturbed = true;
    for (;;) {
      const page = signingRecordsPage(ctx.db, last, pageSize);
      walk.feed(page);
      if (page.length < pageSize) break;
      last = page[page.length - 1].seq;
      await nextTurn();
      undisturbed = dataVersion(ctx.db) === version;
      if (!undisturbed) break;
    }
    if (undisturbed) return endWalk(ctx, walk, state);
  }
  return walkChain(ctx, signer, false);
}

/**
 * Registers from before signed heads: once their chain checks out against the unsigned head they
 * remember, the office key signs that head, and every later record is signed on its own.
 */
export function ensureSignedHead(ctx: ServiceContext, signer: ChainSigner): void {
  const heads = knownHeads(ctx, signer);
  if (heads.inDatabase) return;
  const report = verifyChain(allSigningRecords(ctx.db), heads, signer.checker().check);
  if (!report.intact || report.records === 0) return;
  const head = signHead(signer, { count: report.records, hash: report.head, signedFrom: report.records + 1 });
  write(ctx, 'signing', () => writeMeta(ctx.db, HEAD_KEY, JSON.stringify(head)));
  writeHeadFile(signer.headFile, head);
}

/**
 * The signed chain head a summary carries, after checking the whole chain: a summary is never
 * signed over a chain that no longer verifies (the caller gets a sentence naming the first
 * problem). The head is the one kept in the register, signed again by the active key when an
 * earlier key signed it (after a rotation); a register with no records gets a head of none.
 */
export function headForSummary(ctx: ServiceContext, signer: ChainSigner, activeKeyId: string): SignedHead {
  const report = walkChain(ctx, signer, true);
  if (!report.intact) {
    throw new AppError('TAMPERED', 'export.chainBroken', { reason: report.reason });
  }
  const kept = knownHeads(ctx, signer).inDatabase;
  if (kept && kept.keyId === activeKeyId && kept.count === report.records && kept.hash === report.head) return kept;
  const head = signHead(signer, { count: report.records, hash: report.head, signedFrom: kept?.signedFrom ?? report.records + 1 });
  if (report.records === 0) return head;
  write(ctx, 'signing', () => writeMeta(ctx.db, HEAD_KEY, JSON.stringify(head)));
  writeHeadFile(signer.headFile, head);
  return head;
}

/**
 * After a rotation: signs the head again with the key now active, for a chain that verified just
 * before the rotation (checked then, while the old key still counted). A broken chain keeps its
 * old head: signing it again would vouch for the damage.
 */
export function signHeadAgain(ctx: ServiceContext, signer: ChainSigner, verified: ChainReport): void {
  if (!verified.intact || verified.records === 0) return;
  const kept = knownHeads(ctx, signer).inDatabase;
  const head = signHead(signer, { count: verified.records, hash: verified.head, signedFrom: kept?.signedFrom ?? verified.records + 1 });
  write(ctx, 'signing', () => writeMeta(ctx.db, HEAD_KEY, JSON.stringify(head)));
  writeHeadFile(signer.headFile, head);
}
