import path from 'node:path';
import { AppError, fieldIssue } from '../../../shared/errors';
import { DOCUMENT_MEDIA_TYPES, MAX_DOCUMENT_BYTES, type DocumentMediaType } from '../../../shared/models/document';

/** Decodes base64 strictly: stray characters would silently drop bytes from a signed document. */
export function decodeBase64(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new AppError('VALIDATION', 'file.notBase64', undefined, [fieldIssue('contentBase64', 'file.notBase64Here')]);
  }
  return Buffer.from(compact, 'base64');
}

/** Keeps only a plain file name: no folders, no `..`, no control characters. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this strips
  const base = path.win32.basename(path.posix.basename(name)).replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  if (!base || base === '.' || base === '..') {
    throw new AppError('VALIDATION', 'file.nameUnusable', undefined, [fieldIssue('fileName', 'file.namePlain')]);
  }
  return base.slice(0, 200);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((value, index) => bytes[index] === value);
}

/** What the bytes really are (not what the name claims), or null for anything we do not keep. */
export function detectMediaType(bytes: Uint8Array): DocumentMediaType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && Buffer.from(bytes).includes('word/document.xml')) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  return null;
}

export function checkDocumentBytes(bytes: Buffer): DocumentMediaType {
  if (bytes.length === 0) throw new AppError('VALIDATION', 'file.empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AppError('VALIDATION', 'file.tooLarge', { mib: MAX_DOCUMENT_BYTES / 1024 / 1024 });
  }
  const type = detectMediaType(bytes);
  if (!type) {
    throw new AppError('VALIDATION', 'file.unsupportedType', { types: Object.values(DOCUMENT_MEDIA_TYPES).join(', ') });
  }
  return type;
}
