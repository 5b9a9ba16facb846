import { AppError } from '../../../shared/errors';
import type { ChannelParsedInput } from '../../../shared/ipc/contract';
import type { RecordDocument } from '../../../shared/models/document';
import type { RecordRef } from '../../../shared/models/record-ref';
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
import { requireRecord } from './record-owners';
import { newId, timestamp, write, type ServiceContext } from './service-context';

const ENTITY = 'document';

/** The documents of one record (an agreement, an organisation, a person…). */
export function recordDocuments(ctx: ServiceContext, owner: RecordRef): RecordDocument[] {
  requireRecord(ctx.db, owner);
  return listDocuments(ctx.db, owner);
}

function sameRecord(a: RecordRef, b: RecordRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/**
 * Stores the file (content-addressed, written atomically) and records it as a new document of its
 * owner or a new version of one. If the database write fails, a file this call created is removed
 * again.
 */
export function addDocument(ctx: ServiceContext, upload: Omit<ChannelParsedInput<'documents:add'>, 'contentBase64'> & { bytes: Buffer }): RecordDocument {
  const fileName = safeFileName(upload.fileName);
  const mediaType = checkDocumentBytes(upload.bytes);
  const stored = ctx.files.put(upload.bytes);
  try {
    return write(ctx, ENTITY, () => {
      requireRecord(ctx.db, upload.owner);
      const stamp = { at: timestamp(ctx), by: ctx.actor };
      let documentId = upload.documentId;
      if (documentId) {
        const existing = findDocument(ctx.db, documentId);
        if (!existing || !sameRecord(existing.owner, upload.owner)) {
          throw new AppError('NOT_FOUND', 'document.notOwnedBy', { noun: upload.owner.kind });
        }
      } else {
        documentId = newId();
        insertDocument(
          ctx.db,
          { id: documentId, owner: upload.owner, title: upload.title || fileName.replace(/\.[^.]+$/, ''), language: upload.language },
          stamp,
        );
      }
      const versionId = newId();
      const version = nextVersionNumber(ctx.db, documentId);
      insertVersion(ctx.db, { id: versionId, documentId, version, sha256: stored.sha256, fileName, mediaType, size: upload.bytes.length }, stamp);
      if (upload.signed) markVersionSigned(ctx.db, documentId, versionId, stamp);
      const after = listDocuments(ctx.db, upload.owner).find((doc) => doc.id === documentId)!;
      recordAudit(ctx, { entity: ENTITY, entityId: documentId, action: version === 1 ? 'create' : 'update', before: null, after });
      return after;
    });
  } catch (error) {
    if (stored.created && shaReferenceCount(ctx.db, stored.sha256) === 0) ctx.files.discard(stored.sha256);
    throw error;
  }
}

export function uploadDocument(ctx: ServiceContext, input: ChannelParsedInput<'documents:add'>): RecordDocument {
  const { contentBase64, ...rest } = input;
  return addDocument(ctx, { ...rest, bytes: decodeBase64(contentBase64) });
}

export function markSigned(ctx: ServiceContext, versionId: string): RecordDocument {
  return write(ctx, ENTITY, () => {
    const version = findVersion(ctx.db, versionId);
    if (!version) throw new AppError('NOT_FOUND', 'document.versionNotFound');
    const before = listDocuments(ctx.db, version.owner).find((doc) => doc.id === version.documentId)!;
    markVersionSigned(ctx.db, version.documentId, versionId, { at: timestamp(ctx), by: ctx.actor });
    const after = listDocuments(ctx.db, version.owner).find((doc) => doc.id === version.documentId)!;
    recordAudit(ctx, { entity: ENTITY, entityId: version.documentId, action: 'update', before, after });
    return after;
  });
}

export function documentContent(ctx: ServiceContext, versionId: string) {
  const version = findVersion(ctx.db, versionId);
  if (!version) throw new AppError('NOT_FOUND', 'document.versionNotFound');
  const bytes = ctx.files.read(version.sha256);
  return { fileName: version.fileName, mediaType: version.mediaType, sha256: version.sha256, bytes };
}
