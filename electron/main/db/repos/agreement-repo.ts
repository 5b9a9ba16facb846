import { addDays } from '../../../../shared/calendar';
import type { AgreementKind, AgreementStatus, AgreementSummary } from '../../../../shared/models/agreement';
import { statement, type Db } from '../connection';
import { defineRecordTable, jsonColumn, type ListPage, type RecordMeta } from '../record-table';
import { ancestorIds } from './lineage-repo';

/** The columns a service sets; bookkeeping columns are the kit's business. */
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
  after?: string;
};

export type AgreementRecord = AgreementFields & RecordMeta & { partyNames: string[] };

export function toSummary(record: AgreementRecord): AgreementSummary {
  return {
    id: record.id,
    referenceNo: record.referenceNo,
    kind: record.kind,
    title: record.title,
    status: record.status,
    signedOn: record.signedOn,
    effectiveOn: record.effectiveOn,
    expiresOn: record.expiresOn,
    partyNames: record.partyNames,
    updatedAt: record.updatedAt,
  };
}

/** One of several values: each is its own index walk when the list merges them in sort order. */
const inList = (column: string, values: readonly string[]) => ({
  sql: `${column} IN (${values.map(() => '?').join(', ')})`,
  params: [...values],
  anyOf: values.map((value) => ({ sql: `${column} = ?`, params: [value] })),
});

/** Agreements (their parties, items and contributions are `agreement-parts-repo`); party names are read for the page only. */
export const agreementTable = defineRecordTable<AgreementFields, AgreementRecord>({
  table: 'agreements',
  alias: 'a',
  kind: 'agreement',
  columns: {
    referenceNo: 'reference_no',
    kind: 'kind',
    title: 'title',
    purpose: 'purpose',
    status: 'status',
    signedOn: 'signed_on',
    effectiveOn: 'effective_on',
    expiresOn: 'expires_on',
    durationMonths: 'duration_months',
    renewalNoticeDays: 'renewal_notice_days',
    signingPlace: 'signing_place',
    owner: 'owner',
    tags: jsonColumn('tags'),
    notes: 'notes',
    parentId: 'parent_id',
  },
  computed: `(SELECT json_group_array(name) FROM (
       SELECT o.name FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
        WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL ORDER BY ap.position)) AS party_names`,
  toRecord: (fields, meta, row) => ({ ...meta, ...fields, partyNames: JSON.parse(row.party_names as string) as string[] }),
  // NULL dates sort last whichever way the column is sorted: a stand-in above every date ('~')
  // ascending, below every date ('') descending; migration 7 indexes exactly these expressions.
  sorts: {
    updatedAt: 'a.updated_at',
    title: 'a.title COLLATE NOCASE',
    referenceNo: 'a.reference_no',
    signedOn: { expr: "ifnull(a.signed_on, '~')", desc: "ifnull(a.signed_on, '')" },
    expiresOn: { expr: "ifnull(a.expires_on, '~')", desc: "ifnull(a.expires_on, '')" },
    status: 'a.status',
  },
  tally: { table: 'agreement_tally', filters: { statuses: 'status', kinds: 'kind' } },
  filters: {
    statuses: (statuses: AgreementStatus[]) => inList('a.status', statuses),
    kinds: (kinds: AgreementKind[]) => inList('a.kind', kinds),
    partnerId: (organisationId: string) => ({
      sql: 'a.id IN (SELECT agreement_id FROM agreement_parties WHERE organisation_id = ? AND deleted_at IS NULL)',
      params: [organisationId],
    }),
    country: (country: string) => ({
      sql: `a.id IN (SELECT ap.agreement_id FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
              WHERE o.country = ? AND ap.deleted_at IS NULL)`,
      params: [country],
    }),
    // Written with the expiry sort's key (a date range never holds its '~'), so the window and
    // that sort are one index range.
    expiringWithinDays: (days: number, today: string) => ({
      sql: `a.status = 'active' AND ifnull(a.expires_on, '~') BETWEEN ? AND ?`,
      params: [today, addDays(today, days)],
    }),
  },
  // The words people search an agreement by, its parties' and signatories' names among them.
  searchText: (db, id) =>
    (
      statement(
        db,
        `SELECT concat_ws(' ', a.reference_no, a.title, a.purpose, a.notes, a.signing_place, a.owner,
            (SELECT group_concat(t.value, ' ') FROM json_each(a.tags) t),
            (SELECT group_concat(concat_ws(' ', o.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(o.alt_names) n), ap.role), ' ')
               FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
              WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL),
            (SELECT group_concat(concat_ws(' ', p.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(p.alt_names) n)), ' ')
               FROM party_signatories s JOIN agreement_parties ap ON ap.id = s.party_id JOIN people p ON p.id = s.person_id
              WHERE ap.agreement_id = a.id AND s.deleted_at IS NULL AND ap.deleted_at IS NULL),
            (SELECT group_concat(description, ' ') FROM cooperation_items WHERE agreement_id = a.id AND deleted_at IS NULL)) AS text
           FROM agreements a WHERE a.id = ?`,
      ).get(id) as { text: string }
    ).text,
});

function summariesOf(db: Db, rows: unknown[]): AgreementSummary[] {
  return agreementTable.findMany(db, (rows as Array<{ id: string }>).map((row) => row.id)).map(toSummary);
}

/** Root first, ending with the direct parent. */
export function ancestorSummaries(db: Db, id: string): AgreementSummary[] {
  return agreementTable.findMany(db, ancestorIds(db, 'agreements', id).reverse()).map(toSummary);
}

export function followOnSummaries(db: Db, id: string): AgreementSummary[] {
  return summariesOf(
    db,
    statement(db, 'SELECT id FROM agreements WHERE parent_id = ? AND deleted_at IS NULL ORDER BY signed_on, created_at').all(id),
  );
}

export function listAgreementSummaries(db: Db, filter: AgreementFilter, today: string): ListPage<AgreementSummary> {
  const page = agreementTable.list(db, filter, today);
  return { ...page, rows: page.rows.map(toSummary) };
}

export function countByStatus(db: Db): Array<{ status: AgreementStatus; n: number }> {
  return statement(db, 'SELECT status, count(*) AS n FROM agreements WHERE deleted_at IS NULL GROUP BY status').all() as Array<{
    status: AgreementStatus;
    n: number;
  }>;
}

export function expiringBetween(db: Db, from: string, to: string): AgreementSummary[] {
  return summariesOf(
    db,
    statement(
      db,
      `SELECT id FROM agreements WHERE deleted_at IS NULL AND status = 'active' AND expires_on BETWEEN ? AND ?
       ORDER BY expires_on, title LIMIT 200`,
    ).all(from, to),
  );
}

/** In force, and the renewal notice date (expiry minus notice period) has come. */
export function renewalDue(db: Db, today: string): AgreementSummary[] {
  return summariesOf(
    db,
    statement(
      db,
      `SELECT id FROM agreements WHERE deleted_at IS NULL AND status = 'active' AND expires_on IS NOT NULL
         AND renewal_notice_days IS NOT NULL AND expires_on >= @today
         AND date(expires_on, '-' || renewal_notice_days || ' days') <= @today
       ORDER BY expires_on, title LIMIT 200`,
    ).all({ today }),
  );
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

/**
 * The highest serial used so far for a prefix like "MOU-2026-", from the index on
 * (length, reference): serials of one length sort as numbers, so each length is one seek to its
 * top all-digit reference, longest first. A top serial without a leading zero outranks every
 * shorter one; "007" does not, so shorter lengths are still read then.
 */
export function maxReferenceSerial(db: Db, prefix: string): number {
  const escaped = prefix.replace(/[[\]*?]/g, (c) => `[${c}]`);
  let max = 0;
  for (let digits = 12; digits >= 1; digits -= 1) {
    const row = statement(
      db,
      `SELECT reference_no FROM agreements
        WHERE deleted_at IS NULL AND length(reference_no) = ? AND reference_no > ? AND reference_no < ? AND reference_no GLOB ?
        ORDER BY reference_no DESC LIMIT 1`,
    ).get([...prefix].length + digits, prefix, `${prefix}:`, `${escaped}${'[0-9]'.repeat(digits)}`) as
      | { reference_no: string }
      | undefined;
    if (!row) continue;
    const serial = row.reference_no.slice(prefix.length);
    max = Math.max(max, Number(serial));
    if (!serial.startsWith('0')) break;
  }
  return max;
}
