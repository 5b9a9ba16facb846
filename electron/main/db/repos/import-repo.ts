import type { Page } from '../../../../shared/models/common';
import type { ImportSummary } from '../../../../shared/models/import';
import type { RowStamp } from '../record-table';
import { matchKeys } from '../../../../shared/name-key';
import { statement, type Db } from '../connection';
import { idsByNameKeys } from '../name-keys';
import { rankedMatches, type SearchTarget } from '../search-index';

/** Imports of register files, the rows they read and the records they created (migration 8). */

export type ImportRowInput = {
  id: string;
  importId: string;
  rowNumber: number;
  rowHash: string;
  outcome: 'created' | 'already_imported' | 'unreadable' | 'empty';
  agreementId: string | null;
  agreementUpdatedAt: string | null;
  reason: string;
  rowText: string;
};

export type ImportInput = {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  format: 'csv' | 'xlsx';
  encoding: string;
  sheet: string;
  headerRow: number | null;
  mapping: string;
  options: string;
  rows: number;
  created: number;
  alreadyImported: number;
  unreadable: number;
  organisationsCreated: number;
};

export function insertImport(db: Db, row: ImportInput, stamp: RowStamp): void {
  statement(
    db,
    `INSERT INTO imports (id, file_name, file_sha256, file_size, format, encoding, sheet, header_row, mapping, options,
       row_count, created_count, already_count, unreadable_count, organisations_created, created_at, updated_at, updated_by)
     VALUES (@id, @fileName, @sha256, @size, @format, @encoding, @sheet, @headerRow, @mapping, @options,
       @rows, @created, @alreadyImported, @unreadable, @organisationsCreated, @at, @at, @by)`,
  ).run({ ...row, at: stamp.at, by: stamp.by });
}

export function insertImportRow(db: Db, row: ImportRowInput, stamp: RowStamp): void {
  statement(
    db,
    `INSERT INTO import_rows (id, import_id, row_number, row_hash, outcome, agreement_id, agreement_updated_at, reason, row_text,
       created_at, updated_at, updated_by)
     VALUES (@id, @importId, @rowNumber, @rowHash, @outcome, @agreementId, @agreementUpdatedAt, @reason, @rowText, @at, @at, @by)`,
  ).run({ ...row, at: stamp.at, by: stamp.by });
}

export function insertImportOrganisation(db: Db, row: { id: string; importId: string; organisationId: string; updatedAt: string }, stamp: RowStamp): void {
  statement(
    db,
    `INSERT INTO import_organisations (id, import_id, organisation_id, organisation_updated_at, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.importId, row.organisationId, row.updatedAt, stamp.at, stamp.at, stamp.by);
}

export type ImportedRow = { importId: string; rowNumber: number; fileName: string; at: string };

/**
 * The live imports that already brought rows with these cells in, by hash: one statement for a
 * whole file (a statement per row was the interpreter's largest cost, profiled). INDEXED BY holds
 * each hash to a seek of import_rows_live_hash: statistics taken while the register had a handful
 * of import rows would otherwise have the planner scan them all.
 */
export function importedRows(db: Db, rowHashes: readonly string[]): Map<string, ImportedRow> {
  const found = statement(
    db,
    `SELECT h.value AS hash, r.import_id AS importId, r.row_number AS rowNumber, i.file_name AS fileName, i.created_at AS at
       FROM json_each(?) h
       JOIN import_rows r INDEXED BY import_rows_live_hash ON r.row_hash = h.value AND r.outcome = 'created' AND r.deleted_at IS NULL
       JOIN imports i ON i.id = r.import_id`,
  ).all(JSON.stringify([...new Set(rowHashes)])) as Array<ImportedRow & { hash: string }>;
  const byHash = new Map<string, ImportedRow>();
  for (const { hash, ...row } of found) if (!byHash.has(hash)) byHash.set(hash, row);
  return byHash;
}

/** Earlier imports of the same file, oldest first (imports_file). */
export function importsOfFile(db: Db, sha256: string): Array<{ id: string; at: string; created: number; undone: boolean }> {
  return (
    statement(
      db,
      `SELECT id, created_at AS at, created_count AS created, undone_at IS NOT NULL AS undone
         FROM imports WHERE file_sha256 = ? AND deleted_at IS NULL ORDER BY created_at`,
    ).all(sha256) as Array<{ id: string; at: string; created: number; undone: number }>
  ).map((row) => ({ ...row, undone: row.undone === 1 }));
}

type SummaryRow = {
  id: string;
  file_name: string;
  file_sha256: string;
  created_at: string;
  updated_by: string;
  row_count: number;
  created_count: number;
  already_count: number;
  unreadable_count: number;
  organisations_created: number;
  undone_at: string | null;
};

const summaryOf = (row: SummaryRow): ImportSummary => ({
  id: row.id,
  fileName: row.file_name,
  sha256: row.file_sha256,
  at: row.created_at,
  by: row.updated_by,
  rows: row.row_count,
  created: row.created_count,
  alreadyImported: row.already_count,
  unreadable: row.unreadable_count,
  organisationsCreated: row.organisations_created,
  undoneAt: row.undone_at,
});

/** Past imports, newest first (imports_by_created, read backwards). */
export function listImports(db: Db, page: { offset: number; limit: number }): Page<ImportSummary> {
  const total = (statement(db, 'SELECT count(*) AS n FROM imports WHERE deleted_at IS NULL').get() as { n: number }).n;
  const rows = statement(
    db,
    `SELECT * FROM imports WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
  ).all(page.limit, page.offset) as SummaryRow[];
  return { total, rows: rows.map(summaryOf) };
}

export function findImport(db: Db, id: string): ImportSummary | undefined {
  const row = statement(db, 'SELECT * FROM imports WHERE id = ? AND deleted_at IS NULL').get(id) as SummaryRow | undefined;
  return row ? summaryOf(row) : undefined;
}

/** The agreements an import created, with the updated_at each was left with (import_rows_import). */
export function createdAgreements(db: Db, importId: string): Array<{ agreementId: string; updatedAt: string; rowNumber: number }> {
  return statement(
    db,
    `SELECT agreement_id AS agreementId, agreement_updated_at AS updatedAt, row_number AS rowNumber
       FROM import_rows WHERE import_id = ? AND outcome = 'created' AND deleted_at IS NULL ORDER BY row_number`,
  ).all(importId) as Array<{ agreementId: string; updatedAt: string; rowNumber: number }>;
}

export function createdOrganisations(db: Db, importId: string): Array<{ organisationId: string; updatedAt: string }> {
  return statement(
    db,
    `SELECT organisation_id AS organisationId, organisation_updated_at AS updatedAt
       FROM import_organisations WHERE import_id = ? AND deleted_at IS NULL`,
  ).all(importId) as Array<{ organisationId: string; updatedAt: string }>;
}

/** Marks the import undone; its rows stop counting as imported, so the file can be imported again. */
export function markUndone(db: Db, importId: string, stamp: RowStamp): void {
  statement(db, 'UPDATE imports SET undone_at = ?, undone_by = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    stamp.at,
    stamp.by,
    stamp.at,
    stamp.by,
    importId,
  );
  statement(db, 'UPDATE import_rows SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE import_id = ? AND deleted_at IS NULL').run(
    stamp.at,
    stamp.at,
    stamp.by,
    importId,
  );
  statement(db, 'UPDATE import_organisations SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE import_id = ? AND deleted_at IS NULL').run(
    stamp.at,
    stamp.at,
    stamp.by,
    importId,
  );
}

export type OrganisationCandidateRow = { id: string; name: string; altNames: Array<{ name: string; lang: string }>; country: string };

type CandidateRow = { id: string; name: string; alt_names: string; country: string };
const candidateOf = (row: CandidateRow): OrganisationCandidateRow => ({
  id: row.id,
  name: row.name,
  altNames: JSON.parse(row.alt_names) as OrganisationCandidateRow['altNames'],
  country: row.country,
});

const ORGANISATIONS: SearchTarget = { kind: 'organisation', table: 'organisations' };

/**
 * Live organisations that may be the one a name means: those with a name of the same match key
 * (`name_keys`), and those sharing a word of three or more characters with it, best first (the
 * organisations' trigram search index). The caller decides which are the same or close.
 */
export function organisationCandidates(db: Db, name: string, words: readonly string[], limit = 20): OrganisationCandidateRow[] {
  const ids = new Set([...idsByNameKeys(db, 'organisation', matchKeys([name]), limit), ...rankedMatches(db, ORGANISATIONS, words, limit)]);
  if (ids.size === 0) return [];
  const rows = statement(
    db,
    'SELECT id, name, alt_names, country FROM organisations WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
  ).all(JSON.stringify([...ids])) as CandidateRow[];
  return rows.map(candidateOf);
}
