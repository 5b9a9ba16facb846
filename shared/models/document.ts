import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { Id, optionalText } from './common';
import { RecordRef } from './record-ref';

/** 25 MiB: a scanned 40-page MOU fits; anything larger is more likely a mistake than an agreement. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export const DOCUMENT_MEDIA_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/tiff': 'TIFF',
} as const;
export type DocumentMediaType = keyof typeof DOCUMENT_MEDIA_TYPES;

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, keyed('field.sha256'));

const FileName = z
  .string()
  .trim()
  .min(1, keyed('file.nameRequired'))
  .max(200, keyed('file.nameTooLong'));

/**
 * A file to attach to `owner`, as bytes in base64 (the same over Electron IPC and browser-mode
 * HTTP). Give `documentId` to add a new version of an existing document of that owner (the next
 * draft, the signed copy).
 */
export const DocumentUpload = z.object({
  owner: RecordRef,
  documentId: Id.optional(),
  fileName: FileName,
  title: optionalText(300).default(''),
  language: z.string().trim().max(20).default(''),
  signed: z.boolean().default(false),
  contentBase64: z
    .string()
    .min(1, keyed('file.empty'))
    .max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 8, keyed('file.tooLarge', { mib: MAX_DOCUMENT_BYTES / 1024 / 1024 })),
});
export type DocumentUpload = z.input<typeof DocumentUpload>;

/** Desktop only: main shows the open dialog and reads the file itself. */
export const DocumentPick = DocumentUpload.omit({ fileName: true, contentBase64: true });
export type DocumentPick = z.input<typeof DocumentPick>;

export const DocumentVersion = z.object({
  id: Id,
  version: z.number().int().min(1),
  sha256: Sha256,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  signed: z.boolean(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;

/** A document of any record: an agreement's MOU, a partner's framework contract, a person's CV. */
export const RecordDocument = z.object({
  id: Id,
  owner: RecordRef,
  title: z.string(),
  language: z.string(),
  /** Newest first. */
  versions: z.array(DocumentVersion),
});
export type RecordDocument = z.infer<typeof RecordDocument>;

export const ByOwner = z.object({ owner: RecordRef });

export const MarkSigned = z.object({ versionId: Id });
export const VersionRef = z.object({ versionId: Id });

/** Bytes of a stored file for the browser-mode download or a preview. */
export const DocumentContent = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  sha256: Sha256,
  contentBase64: z.string(),
});
