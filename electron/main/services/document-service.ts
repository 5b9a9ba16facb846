import { AppError } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { AgreementDocument } from '../../../shared/models/document';
import { agreementTable } from '../db/repos/agreement-repo';
import {
  findDocument,
  findVersion,
  insertDocument,
  insertVersion,
  listDocuments,
  markVersionSigned,
  nextVersionNumber,
  shaReferenceCount,
} from '../db/repos/document-repo';
import { checkDocumentBytes, decodeBase64, safeFileName } from '../files/file-checks';
import { recordAudit } from './audit-service';
import { newId, timestamp, write, type ServiceContext } from './service-context';

const ENTITY = 'document';

export function agreementDocuments(ctx: ServiceContext, agreementId: string): AgreementDocument[] {
  if (!agreementTable.find(ctx.db, agreementId)) throw new AppError('NOT_FOUND', 'That agreement does not exist or was deleted.');
  return listDocuments(ctx.db, agreementId);
}

/**
 * Stores the file (content-addressed, written atomically) and records it as a new document or a
 * new version of one. If the database write fails, a file this call created is removed again.
 */
export function addDocument(ctx: ServiceContext, upload: Omit<ChannelParsedInput<'documents:add'>, 'contentBase64'> & { bytes: Buffer }): AgreementDocument {
  const fileName = safeFileName(upload.fileName);
  const mediaType = checkDocumentBytes(upload.bytes);
  const stored = ctx.files.put(upload.bytes);
  try {
    return write(ctx, ENTITY, () => {
      if (!agreementTable.find(ctx.db, upload.agreementId)) throw new AppError('NOT_FOUND', 'That agreement does not exist or was deleted.');
      const stamp = { at: timestamp(ctx), by: ctx.actor };
      let documentId = upload.documentId;
      if (documentId) {
        const existing = findDocument(ctx.db, documentId);
        if (!existing || existing.agreementId !== upload.agreementId) {
          throw new AppError('NOT_FOUND', 'That document does not belong to this agreement.');
        }
      } else {
        documentId = newId();
        insertDocument(
          ctx.db,
          { id: documentId, agreementId: upload.agreementId, title: upload.title || fileName.replace(/\.[^.]+$/, ''), language: upload.language },
          stamp,
        );
      }
      const versionId = newId();
      const version = nextVersionNumber(ctx.db, documentId);
      insertVersion(ctx.db, { id: versionId, documentId, version, sha256: stored.sha256, fileName, mediaType, size: upload.bytes.length }, stamp);
      if (upload.signed) markVersionSigned(ctx.db, documentId, versionId, stamp);
      const after = listDocuments(ctx.db, upload.agreementId).find((doc) => doc.id === documentId)!;
      recordAudit(ctx, { entity: ENTITY, entityId: documentId, action: version === 1 ? 'create' : 'update', before: null, after });
      return after;
    });
  } catch (error) {
    if (stored.created && shaReferenceCount(ctx.db, stored.sha256) === 0) ctx.files.discard(stored.sha256);
    throw error;
  }
}

export function uploadDocument(ctx: ServiceContext, input: ChannelParsedInput<'documents:add'>): AgreementDocument {
  const { contentBase64, ...rest } = input;
  return addDocument(ctx, { ...rest, bytes: decodeBase64(contentBase64) });
}

export function markSigned(ctx: ServiceContext, versionId: string): AgreementDocument {
  return write(ctx, ENTITY, () => {
    const version = findVersion(ctx.db, versionId);
    if (!version) throw new AppError('NOT_FOUND', 'That document version does not exist.');
    const before = listDocuments(ctx.db, version.agreementId).find((doc) => doc.id === version.documentId)!;
    markVersionSigned(ctx.db, version.documentId, versionId, { at: timestamp(ctx), by: ctx.actor });
    const after = listDocuments(ctx.db, version.agreementId).find((doc) => doc.id === version.documentId)!;
    recordAudit(ctx, { entity: ENTITY, entityId: version.documentId, action: 'update', before, after });
    return after;
  });
}

export function documentContent(ctx: ServiceContext, versionId: string) {
  const version = findVersion(ctx.db, versionId);
  if (!version) throw new AppError('NOT_FOUND', 'That document version does not exist.');
  const bytes = ctx.files.read(version.sha256);
  return { fileName: version.fileName, mediaType: version.mediaType, sha256: version.sha256, bytes };
}
