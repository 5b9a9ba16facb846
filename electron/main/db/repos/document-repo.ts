import type { AgreementDocument, DocumentVersion } from '../../../../shared/models/document';
import { statement, type Db } from '../connection';
import type { RowStamp } from './organisation-repo';

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

export type VersionWithOwner = DocumentVersion & { documentId: string; agreementId: string };

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

export function listDocuments(db: Db, agreementId: string): AgreementDocument[] {
  const documents = statement(
    db,
    'SELECT id, agreement_id, title, language FROM documents WHERE agreement_id = ? AND deleted_at IS NULL ORDER BY created_at, id',
  ).all(agreementId) as Array<{ id: string; agreement_id: string; title: string; language: string }>;
  const versions = statement(
    db,
    `SELECT v.* FROM document_versions v JOIN documents d ON d.id = v.document_id
      WHERE d.agreement_id = ? AND v.deleted_at IS NULL ORDER BY v.version DESC`,
  ).all(agreementId) as VersionRow[];
  return documents.map((doc) => ({
    id: doc.id,
    agreementId: doc.agreement_id,
    title: doc.title,
    language: doc.language,
    versions: versions.filter((v) => v.document_id === doc.id).map(toVersion),
  }));
}

export function findDocument(db: Db, id: string): { id: string; agreementId: string } | null {
  const row = statement(db, 'SELECT id, agreement_id FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) as
    | { id: string; agreement_id: string }
    | undefined;
  return row ? { id: row.id, agreementId: row.agreement_id } : null;
}

export function findVersion(db: Db, versionId: string): VersionWithOwner | null {
  const row = statement(
    db,
    `SELECT v.*, d.agreement_id FROM document_versions v JOIN documents d ON d.id = v.document_id
      WHERE v.id = ? AND v.deleted_at IS NULL AND d.deleted_at IS NULL`,
  ).get(versionId) as (VersionRow & { agreement_id: string }) | undefined;
  return row ? { ...toVersion(row), documentId: row.document_id, agreementId: row.agreement_id } : null;
}

export function insertDocument(db: Db, row: { id: string; agreementId: string; title: string; language: string }, stamp: RowStamp): void {
  statement(
    db,
    `INSERT INTO documents (id, agreement_id, title, language, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.agreementId, row.title, row.language, stamp.at, stamp.at, stamp.by);
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

export function documentCount(db: Db, agreementId: string): number {
  return (statement(db, 'SELECT count(*) AS n FROM documents WHERE agreement_id = ? AND deleted_at IS NULL').get(agreementId) as { n: number })
    .n;
}
