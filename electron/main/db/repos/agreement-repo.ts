import { addDays } from '../../../../shared/calendar';
import type {
  AgreementKind,
  AgreementStatus,
  AgreementSummary,
} from '../../../../shared/models/agreement';
import { likePattern, statement, type Db } from '../connection';
import { ancestorIds } from './lineage-repo';
import type { RowStamp } from './organisation-repo';

export type AgreementRow = {
  id: string;
  reference_no: string;
  kind: AgreementKind;
  title: string;
  purpose: string;
  status: AgreementStatus;
  signed_on: string | null;
  effective_on: string | null;
  expires_on: string | null;
  duration_months: number | null;
  renewal_notice_days: number | null;
  signing_place: string;
  owner: string;
  tags: string;
  notes: string;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
};

/** The columns a caller may set; bookkeeping columns are the repo's business. */
export type AgreementFields = {
  referenceNo: string;
  kind: AgreementKind;
  title: string;
  purpose: string;
  status: AgreementStatus;
  signedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  durationMonths: number | null;
  renewalNoticeDays: number | null;
  signingPlace: string;
  owner: string;
  tags: string[];
  notes: string;
  parentId: string | null;
};

const SUMMARY_SELECT = `
  SELECT a.id, a.reference_no, a.kind, a.title, a.status, a.signed_on, a.effective_on, a.expires_on, a.updated_at,
    (SELECT json_group_array(name) FROM (
       SELECT o.name FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
        WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL ORDER BY ap.position)) AS party_names
  FROM agreements a`;

type SummaryRow = Pick<
  AgreementRow,
  'id' | 'reference_no' | 'kind' | 'title' | 'status' | 'signed_on' | 'effective_on' | 'expires_on' | 'updated_at'
> & { party_names: string };

function toSummary(row: SummaryRow): AgreementSummary {
  return {
    id: row.id,
    referenceNo: row.reference_no,
    kind: row.kind,
    title: row.title,
    status: row.status,
    signedOn: row.signed_on,
    effectiveOn: row.effective_on,
    expiresOn: row.expires_on,
    partyNames: JSON.parse(row.party_names),
    updatedAt: row.updated_at,
  };
}

export function findAgreementRow(db: Db, id: string): AgreementRow | null {
  return (statement(db, 'SELECT * FROM agreements WHERE id = ? AND deleted_at IS NULL').get(id) as AgreementRow) ?? null;
}

export function summaryById(db: Db, id: string): AgreementSummary | null {
  const row = statement(db, `${SUMMARY_SELECT} WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

/** Root first, ending with the direct parent. */
export function ancestorSummaries(db: Db, id: string): AgreementSummary[] {
  return ancestorIds(db, 'agreements', id)
    .reverse()
    .map((ancestor) => summaryById(db, ancestor))
    .filter((summary): summary is AgreementSummary => summary !== null);
}

export function followOnSummaries(db: Db, id: string): AgreementSummary[] {
  const rows = statement(
    db,
    `${SUMMARY_SELECT} WHERE a.parent_id = ? AND a.deleted_at IS NULL ORDER BY a.signed_on, a.created_at`,
  ).all(id) as SummaryRow[];
  return rows.map(toSummary);
}

export type AgreementFilter = {
  search: string;
  statuses: AgreementStatus[];
  kinds: AgreementKind[];
  partnerId?: string;
  country?: string;
  expiringWithinDays?: number;
  sort: 'title' | 'referenceNo' | 'signedOn' | 'expiresOn' | 'status' | 'updatedAt';
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
};

const SORT_COLUMNS: Record<AgreementFilter['sort'], string> = {
  title: 'a.title COLLATE NOCASE',
  referenceNo: 'a.reference_no',
  signedOn: 'a.signed_on',
  expiresOn: 'a.expires_on',
  status: 'a.status',
  updatedAt: 'a.updated_at',
};

/** Search terms of three or more characters use the trigram index; shorter ones (성남) a LIKE scan. */
function searchClauses(search: string, clauses: string[], params: unknown[]): void {
  for (const term of search.split(/\s+/).filter(Boolean)) {
    if ([...term].length >= 3) {
      clauses.push('a.id IN (SELECT agreement_id FROM agreement_search WHERE body MATCH ?)');
      params.push(`"${term.replace(/"/g, '""')}"`);
    } else {
      clauses.push(`a.id IN (SELECT agreement_id FROM agreement_search WHERE body LIKE ? ESCAPE '\\')`);
      params.push(likePattern(term));
    }
  }
}

export function listAgreementSummaries(db: Db, filter: AgreementFilter, today: string): { rows: AgreementSummary[]; total: number } {
  const clauses = ['a.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.search) searchClauses(filter.search, clauses, params);
  if (filter.statuses.length) {
    clauses.push(`a.status IN (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  if (filter.kinds.length) {
    clauses.push(`a.kind IN (${filter.kinds.map(() => '?').join(', ')})`);
    params.push(...filter.kinds);
  }
  if (filter.partnerId) {
    clauses.push('EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL AND ap.organisation_id = ?)');
    params.push(filter.partnerId);
  }
  if (filter.country) {
    clauses.push(
      `EXISTS (SELECT 1 FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
                WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL AND o.country = ?)`,
    );
    params.push(filter.country);
  }
  if (filter.expiringWithinDays !== undefined) {
    clauses.push(`a.status = 'active' AND a.expires_on BETWEEN ? AND ?`);
    params.push(today, addDays(today, filter.expiringWithinDays));
  }
  const where = `WHERE ${clauses.join(' AND ')}`;
  const total = (db.prepare(`SELECT count(*) AS n FROM agreements a ${where}`).get(...params) as { n: number }).n;
  // NULL dates sort last whichever way the column is sorted.
  const column = SORT_COLUMNS[filter.sort];
  const order = `${column} IS NULL, ${column} ${filter.dir === 'desc' ? 'DESC' : 'ASC'}, a.id`;
  const rows = db
    .prepare(`${SUMMARY_SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset) as SummaryRow[];
  return { rows: rows.map(toSummary), total };
}

export function countByStatus(db: Db): Array<{ status: AgreementStatus; n: number }> {
  return statement(db, 'SELECT status, count(*) AS n FROM agreements WHERE deleted_at IS NULL GROUP BY status').all() as Array<{
    status: AgreementStatus;
    n: number;
  }>;
}

export function expiringBetween(db: Db, from: string, to: string): AgreementSummary[] {
  const rows = statement(
    db,
    `${SUMMARY_SELECT} WHERE a.deleted_at IS NULL AND a.status = 'active' AND a.expires_on BETWEEN ? AND ?
     ORDER BY a.expires_on, a.title LIMIT 200`,
  ).all(from, to) as SummaryRow[];
  return rows.map(toSummary);
}

/** In force, and the renewal notice date (expiry minus notice period) has come. */
export function renewalDue(db: Db, today: string): AgreementSummary[] {
  const rows = statement(
    db,
    `${SUMMARY_SELECT} WHERE a.deleted_at IS NULL AND a.status = 'active' AND a.expires_on IS NOT NULL
       AND a.renewal_notice_days IS NOT NULL AND a.expires_on >= @today
       AND date(a.expires_on, '-' || a.renewal_notice_days || ' days') <= @today
     ORDER BY a.expires_on, a.title LIMIT 200`,
  ).all({ today }) as SummaryRow[];
  return rows.map(toSummary);
}

/** Active agreements whose last day has passed. */
export function lapsedAgreementIds(db: Db, today: string): string[] {
  const rows = statement(
    db,
    `SELECT id FROM agreements WHERE deleted_at IS NULL AND status = 'active' AND expires_on IS NOT NULL AND expires_on < ?`,
  ).all(today) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

export function referenceTaken(db: Db, referenceNo: string, exceptId: string | null): boolean {
  return (
    statement(db, 'SELECT 1 FROM agreements WHERE reference_no = ? AND deleted_at IS NULL AND id IS NOT ?').get(
      referenceNo,
      exceptId,
    ) !== undefined
  );
}

/** The highest serial used so far for a prefix like "MOU-2026-". */
export function maxReferenceSerial(db: Db, prefix: string): number {
  const rows = statement(db, `SELECT reference_no FROM agreements WHERE reference_no LIKE ? ESCAPE '\\'`).all(
    `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
  ) as Array<{ reference_no: string }>;
  return rows.reduce((max, row) => {
    const serial = Number(row.reference_no.slice(prefix.length));
    return Number.isInteger(serial) && serial > max ? serial : max;
  }, 0);
}

function fieldParams(fields: AgreementFields): unknown[] {
  return [
    fields.referenceNo,
    fields.kind,
    fields.title,
    fields.purpose,
    fields.status,
    fields.signedOn,
    fields.effectiveOn,
    fields.expiresOn,
    fields.durationMonths,
    fields.renewalNoticeDays,
    fields.signingPlace,
    fields.owner,
    JSON.stringify(fields.tags),
    fields.notes,
    fields.parentId,
  ];
}

export function insertAgreementRow(db: Db, id: string, fields: AgreementFields, stamp: RowStamp): void {
  statement(
    db,
    `INSERT INTO agreements (reference_no, kind, title, purpose, status, signed_on, effective_on, expires_on,
       duration_months, renewal_notice_days, signing_place, owner, tags, notes, parent_id,
       id, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...fieldParams(fields), id, stamp.at, stamp.at, stamp.by);
}

export function updateAgreementRow(db: Db, id: string, fields: AgreementFields, stamp: RowStamp): void {
  statement(
    db,
    `UPDATE agreements SET reference_no = ?, kind = ?, title = ?, purpose = ?, status = ?, signed_on = ?,
       effective_on = ?, expires_on = ?, duration_months = ?, renewal_notice_days = ?, signing_place = ?,
       owner = ?, tags = ?, notes = ?, parent_id = ?, updated_at = ?, updated_by = ?
     WHERE id = ?`,
  ).run(...fieldParams(fields), stamp.at, stamp.by, id);
}

export function tombstoneAgreement(db: Db, id: string, stamp: RowStamp): void {
  statement(db, 'UPDATE agreements SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    stamp.at,
    stamp.at,
    stamp.by,
    id,
  );
  statement(db, 'DELETE FROM agreement_search WHERE agreement_id = ?').run(id);
}

export function rowToFields(row: AgreementRow): AgreementFields {
  return {
    referenceNo: row.reference_no,
    kind: row.kind,
    title: row.title,
    purpose: row.purpose,
    status: row.status,
    signedOn: row.signed_on,
    effectiveOn: row.effective_on,
    expiresOn: row.expires_on,
    durationMonths: row.duration_months,
    renewalNoticeDays: row.renewal_notice_days,
    signingPlace: row.signing_place,
    owner: row.owner,
    tags: JSON.parse(row.tags),
    notes: row.notes,
    parentId: row.parent_id,
  };
}
