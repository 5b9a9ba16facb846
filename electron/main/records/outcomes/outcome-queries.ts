import type { Outcome, OutcomeSubject, OutcomeSubjectKind } from '../../../../shared/models/outcome';
import { statement, type Db } from '../../db/connection';
import type { RowStamp } from '../../db/record-table';
import { OUTCOME_SUBJECTS } from './outcome-subjects';

type OutcomeRow = {
  id: string;
  agreement_id: string;
  agreement_name: string;
  item_id: string;
  item_description: string;
  item_removed: number;
  subject_kind: OutcomeSubjectKind;
  subject_id: string;
  note: string;
  created_at: string;
  updated_by: string;
};

// An agreement is named as pickers name it: its reference, then its title.
const SELECT = `SELECT oc.id AS id, oc.agreement_id, oc.item_id, oc.subject_kind, oc.subject_id, oc.note, oc.created_at, oc.updated_by,
    ci.description AS item_description, ci.deleted_at IS NOT NULL AS item_removed, ci.position AS item_position,
    CASE WHEN a.reference_no <> '' THEN a.reference_no || ' — ' || a.title ELSE a.title END AS agreement_name
  FROM outcomes oc JOIN cooperation_items ci ON ci.id = oc.item_id JOIN agreements a ON a.id = oc.agreement_id`;

/** Rows → outcomes, each subject named with one query per kind. */
function toOutcomes(db: Db, rows: readonly OutcomeRow[]): Outcome[] {
  const byKind = new Map<OutcomeSubjectKind, string[]>();
  for (const row of rows) byKind.set(row.subject_kind, [...(byKind.get(row.subject_kind) ?? []), row.subject_id]);
  const views = new Map([...byKind].map(([kind, ids]) => [kind, OUTCOME_SUBJECTS[kind].describe(db, ids)]));
  return rows.map((row) => {
    const view = views.get(row.subject_kind)?.get(row.subject_id) ?? { name: '', recordId: row.subject_id, context: '' };
    return {
      id: row.id,
      agreementId: row.agreement_id,
      agreementName: row.agreement_name,
      itemId: row.item_id,
      itemDescription: row.item_description,
      itemRemoved: row.item_removed === 1,
      subject: { kind: row.subject_kind, id: row.subject_id, ...view },
      note: row.note,
      createdAt: row.created_at,
      updatedBy: row.updated_by,
    };
  });
}

/** One live outcome by id. */
export function findOutcome(db: Db, id: string): Outcome | null {
  const row = statement(db, `${SELECT} WHERE oc.id = ? AND oc.deleted_at IS NULL`).get(id) as OutcomeRow | undefined;
  return row ? toOutcomes(db, [row])[0] : null;
}

/** An agreement's live outcomes, in the order of its items (through outcomes_agreement: the agreement's rows only). */
export const AGREEMENT_OUTCOMES_SQL = `${SELECT} WHERE oc.agreement_id = ? AND oc.deleted_at IS NULL ORDER BY ci.position, oc.created_at, oc.id`;

export function outcomesOfAgreement(db: Db, agreementId: string): Outcome[] {
  return toOutcomes(db, statement(db, AGREEMENT_OUTCOMES_SQL).all(agreementId) as OutcomeRow[]);
}

/**
 * What one record fulfils; a project's outputs count as the project's (its page lists both), each
 * through outcomes_subject.
 */
export const SUBJECT_OUTCOMES_SQL = `${SELECT} WHERE oc.subject_kind = ? AND oc.subject_id = ? AND oc.deleted_at IS NULL
  UNION ALL
  ${SELECT} WHERE ? = 'project' AND oc.subject_kind = 'output' AND oc.deleted_at IS NULL
    AND oc.subject_id IN (SELECT id FROM project_outputs WHERE project_id = ?)
  ORDER BY agreement_name COLLATE NOCASE, item_position, id`;

export function outcomesOfSubject(db: Db, subject: OutcomeSubject): Outcome[] {
  return toOutcomes(db, statement(db, SUBJECT_OUTCOMES_SQL).all(subject.kind, subject.id, subject.kind, subject.id) as OutcomeRow[]);
}

/** How many live outcomes name any of these subjects (a project and its outputs, before a delete). */
export function linkCount(db: Db, kind: OutcomeSubjectKind, ids: readonly string[]): number {
  if (ids.length === 0) return 0;
  return (
    statement(db, 'SELECT count(*) AS n FROM outcomes WHERE subject_kind = ? AND subject_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL').get(
      kind,
      JSON.stringify(ids),
    ) as { n: number }
  ).n;
}

/** A live cooperation item and its agreement (null when it was removed, or its agreement deleted). */
export function liveItem(db: Db, itemId: string): { agreementId: string } | null {
  const row = statement(
    db,
    `SELECT ci.agreement_id FROM cooperation_items ci JOIN agreements a ON a.id = ci.agreement_id
      WHERE ci.id = ? AND ci.deleted_at IS NULL AND a.deleted_at IS NULL`,
  ).get(itemId) as { agreement_id: string } | undefined;
  return row ? { agreementId: row.agreement_id } : null;
}

export function isLinked(db: Db, itemId: string, subject: OutcomeSubject): boolean {
  return (
    statement(db, 'SELECT 1 FROM outcomes WHERE item_id = ? AND subject_kind = ? AND subject_id = ? AND deleted_at IS NULL').get(
      itemId,
      subject.kind,
      subject.id,
    ) !== undefined
  );
}

export function insertOutcome(
  db: Db,
  row: { id: string; agreementId: string; itemId: string; subject: OutcomeSubject; note: string },
  stamp: RowStamp,
): void {
  statement(
    db,
    `INSERT INTO outcomes (id, agreement_id, item_id, subject_kind, subject_id, note, created_at, updated_at, updated_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.agreementId, row.itemId, row.subject.kind, row.subject.id, row.note, stamp.at, stamp.at, stamp.by);
}

export function tombstoneOutcome(db: Db, id: string, stamp: RowStamp): void {
  statement(db, 'UPDATE outcomes SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(stamp.at, stamp.at, stamp.by, id);
}

/** What the "nothing after a year" rule counts from, and whether the agreement is there at all. */
export function agreementDates(db: Db, agreementId: string): { effectiveOn: string | null; signedOn: string | null } | null {
  const row = statement(db, 'SELECT effective_on, signed_on FROM agreements WHERE id = ? AND deleted_at IS NULL').get(agreementId) as
    | { effective_on: string | null; signed_on: string | null }
    | undefined;
  return row ? { effectiveOn: row.effective_on, signedOn: row.signed_on } : null;
}
