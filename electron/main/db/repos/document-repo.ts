import type { DocumentVersion, RecordDocument } from '../../../../shared/models/document';
import type { RecordKind, RecordRef } from '../../../../shared/models/record-ref';
import { statement, type Db } from '../connection';
import type { RowStamp } from '../record-table';

type VersionRow = {
  id: string;
  document_id: string;
  version: number;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  is_signed: number;
  uploaded_by: string;
  uploaded_at: string;
};

export type VersionWithOwner = DocumentVersion & { documentId: string; owner: RecordRef };

/** `owner_kind` holds only kinds main wrote, each one of shared's RecordKind list. */
function ownerOf(row: { owner_kind: string; owner_id: string }): RecordRef {
  return { kind: row.owner_kind as RecordKind, id: row.owner_id };
}

function toVersion(row: VersionRow): DocumentVersion {
  return {
    id: row.id,
    version: row.version,
    sha256: row.sha256,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    signed: row.is_signed === 1,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  };
}

/** One owner's documents, oldest first, each with its versions newest first. */
export function listDocuments(db: Db, owner: RecordRef): RecordDocument[] {
  const documents = statement(
    db,
    `SELECT id, title, language FROM documents
      WHERE owner_kind = ? AND owner_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
  ).all(owner.kind, owner.id) as Array<{ id: string; title: string; language: string }>;
  // Walks documents_owner, then each document's versions by (document_id, version); only the
  // handful of versions within one document are sorted apart.
  const versions = statement(
    db,
    `SELECT v.* FROM documents d JOIN document_versions v ON v.document_id = d.id
      WHERE d.owner_kind = ? AND d.owner_id = ? AND d.deleted_at IS NULL AND v.deleted_at IS NULL
      ORDER BY d.created_at, d.id, v.version DESC`,
  ).all(owner.kind, owner.id) as VersionRow[];
  return documents.map((doc) => ({
    id: doc.id,
    owner: { kind: owner.kind, id: owner.id },
    title: doc.title,
    language: doc.language,
    versions: versions.filter((v) => v.document_id === doc.id).map(toVersion),
  }));
}

export function findDocument(db: Db, id: string): { id: string; owner: RecordRef } | null {
  const row = statement(db, 'SELECT id, owner_kind, owner_id FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) as
    | { id: string; owner_kind: string; owner_id: string }
    | undefined;
  return row ? { id: row.id, owner: ownerOf(row) } : null;
}

export function findVersion(db: Db, versionId: string): VersionWithOwner | null {
  const row = statement(
    db,
    `SELECT v.*, d.owner_kind, d.owner_id FROM document_versions v JOIN documents d ON d.id = v.document_id
      WHERE v.id = ? AND v.deleted_at IS NULL AND d.deleted_at IS NULL`,
  ).get(versionId) as (VersionRow & { owner_kind: string; owner_id: string }) | undefined;
  return row ? { ...toVersion(row), documentId: row.document_id, owner: ownerOf(row) } : null;
}

export function insertDocument(db: Db, row: { id: string; owner: RecordRef; title: string; language: string }, stamp: RowStamp): void {
  statement(
    db,
    `INSERT INTO documents (id, owner_kind, owner_id, title, language, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.owner.kind, row.owner.id, row.title, row.language, stamp.at, stamp.at, stamp.by);
}

export function nextVersionNumber(db: Db, documentId: string): number {
  const row = statement(db, 'SELECT max(version) AS v FROM document_versions WHERE document_id = ?').get(documentId) as { v: number | null };
  return (row.v ?? 0) + 1;
}

export function insertVersion(
  db: Db,
  row: { id: string; documentId: string; version: number; sha256: string; fileName: string; mediaType: string; size: number },
  stamp: RowStamp,
): void {
  statement(
    db,
    `INSERT INTO document_versions (id, document_id, version, sha256, file_name, media_type, size, is_signed,
       uploaded_by, uploaded_at, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.documentId, row.version, row.sha256, row.fileName, row.mediaType, row.size, stamp.by, stamp.at, stamp.at, stamp.at, stamp.by);
}

/** Marks one version as the signed one; a document has at most one signed version. */
export function markVersionSigned(db: Db, documentId: string, versionId: string, stamp: RowStamp): void {
  statement(
    db,
    `UPDATE document_versions SET is_signed = CASE WHEN id = ? THEN 1 ELSE 0 END, updated_at = ?, updated_by = ?
      WHERE document_id = ? AND (is_signed = 1 OR id = ?)`,
  ).run(versionId, stamp.at, stamp.by, documentId, versionId);
}

export function shaReferenceCount(db: Db, sha256: string): number {
  return (statement(db, 'SELECT count(*) AS n FROM document_versions WHERE sha256 = ?').get(sha256) as { n: number }).n;
}

export function documentCount(db: Db, owner: RecordRef): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM documents WHERE owner_kind = ? AND owner_id = ? AND deleted_at IS NULL').get(owner.kind, owner.id) as {
      n: number;
    }
  ).n;
}
