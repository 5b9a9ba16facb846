import { AppError } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { ChainReport, SigningRecord } from '../../../shared/models/signing';
import { statement } from '../db/connection';
import { findAgreementRow } from '../db/repos/agreement-repo';
import { loadParties } from '../db/repos/agreement-parts-repo';
import { findVersion } from '../db/repos/document-repo';
import {
  allSigningRecords,
  findSigningRecord,
  insertSigningRecord,
  lastSigningRecord,
  signingRecordsFor,
} from '../db/repos/signing-repo';
import { AGREEMENT_ENTITY } from './agreement-service';
import { recordAudit } from './audit-service';
import { GENESIS_HASH, chainHash, verifyChain } from './signing-chain';
import { newId, timestamp, write, type ServiceContext } from './service-context';

const HEAD_KEY = 'signing_chain_head';

function rememberedHead(ctx: ServiceContext): { seq: number; hash: string } | null {
  const row = statement(ctx.db, 'SELECT value FROM local_meta WHERE key = ?').get(HEAD_KEY) as { value: string } | undefined;
  if (!row) return null;
  const [seq, hash] = row.value.split(':');
  return { seq: Number(seq), hash };
}

export function signingRecords(ctx: ServiceContext, agreementId: string): SigningRecord[] {
  if (!findAgreementRow(ctx.db, agreementId)) throw new AppError('NOT_FOUND', 'That agreement does not exist or was deleted.');
  return signingRecordsFor(ctx.db, agreementId);
}

/**
 * Appends one signing record to the chain. The signatory must be listed for that party, the
 * document version must belong to the agreement, and a correction must name a record of the same
 * agreement. Nothing here (or anywhere) updates or deletes a record.
 */
export function recordSigning(ctx: ServiceContext, input: ChannelParsedInput<'signing:record'>): SigningRecord {
  return write(ctx, 'signing', () => {
    if (!findAgreementRow(ctx.db, input.agreementId)) throw new AppError('NOT_FOUND', 'That agreement does not exist or was deleted.');
    const version = findVersion(ctx.db, input.documentVersionId);
    // Signing stays on agreements: the version must be of a document this agreement owns.
    if (!version || version.owner.kind !== 'agreement' || version.owner.id !== input.agreementId) {
      throw new AppError('VALIDATION', 'Choose a document version of this agreement.', [
        { path: 'documentVersionId', message: 'Choose a document version of this agreement.' },
      ]);
    }
    const party = loadParties(ctx.db, input.agreementId).find((p) => p.organisationId === input.partyOrganisationId);
    if (!party) {
      throw new AppError('VALIDATION', 'That organisation is not a party to this agreement.', [
        { path: 'partyOrganisationId', message: 'Choose one of the parties.' },
      ]);
    }
    const signatory = party.signatories.find((s) => s.personId === input.signatoryPersonId);
    if (!signatory) {
      throw new AppError('VALIDATION', `That person is not a signatory for ${party.organisationName}.`, [
        { path: 'signatoryPersonId', message: `Choose a signatory of ${party.organisationName}.` },
      ]);
    }
    if (input.correctsId) {
      const corrected = findSigningRecord(ctx.db, input.correctsId);
      if (!corrected || corrected.agreementId !== input.agreementId) {
        throw new AppError('VALIDATION', 'The corrected record must belong to this agreement.', [
          { path: 'correctsId', message: 'Choose a record of this agreement.' },
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
    const record: SigningRecord = { ...body, prevHash, hash: chainHash(body, prevHash) };
    insertSigningRecord(ctx.db, record);
    statement(ctx.db, 'INSERT INTO local_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
      HEAD_KEY,
      `${record.seq}:${record.hash}`,
    );
    recordAudit(ctx, { entity: AGREEMENT_ENTITY, entityId: input.agreementId, action: 'sign', before: null, after: record });
    return record;
  });
}

export function verifySigningChain(ctx: ServiceContext): ChainReport {
  return verifyChain(allSigningRecords(ctx.db), rememberedHead(ctx));
}
