import { addDays } from '../../../../shared/calendar';
import type { AgreementKind, AgreementStatus, AgreementSummary, RemovedAgreement, TermKind } from '../../../../shared/models/agreement';
import { precisionOf, truncateDate } from '../../../../shared/precise-date';
import { statement, type Db } from '../connection';
import { defineRecordTable, jsonColumn, type Codec, type ListPage, type RecordMeta } from '../record-table';
import { ancestorIds } from './lineage-repo';
import { RENEWAL_NOTICE_ON } from '../migrations/0018-agreement-countries';

/** The columns a service sets; bookkeeping columns are the kit's business. */
export type AgreementFields = {
  referenceNo: string;
  kind: AgreementKind;
  title: string;
  purpose: string;
  status: AgreementStatus;
  /** Precise dates: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  signedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  termKind: TermKind;
  /** The term as written. */
  termText: string;
  durationMonths: number | null;
  renewalPeriodMonths: number | null;
  renewalsSoFar: number | null;
  renewalNoticeDays: number | null;
  renewalNoticeMonths: number | null;
  /**
   * The last day (`YYYY-MM-DD`) the term in force runs, for comparing and sorting only: the expiry's
   * last day, or the current period's for an auto-renewing term; null when none is known.
   */
  endsOn: string | null;
  signingPlace: string;
  owner: string;
  tags: string[];
  notes: string;
  parentId: string | null;
  fromRecords: boolean;
  signatoriesRecorded: boolean;
  originalText: string;
};

/** A yes/no kept as 0/1. */
const flagColumn = (column: string) => ({
  column,
  codec: { encode: (value: boolean) => (value ? 1 : 0), decode: (raw: number) => raw === 1 } as Codec,
});

/**
 * When the term in force ends, as precisely as it is known: the expiry as written for a fixed or
 * unknown term; for an auto-renewing one, its current period's end (from the stored last day, cut to
 * the precision the expiry was written with); null for an open-ended term.
 */
export function currentEndOf(fields: Pick<AgreementFields, 'termKind' | 'expiresOn' | 'endsOn'>): string | null {
  if (fields.termKind === 'open_ended') return null;
  if (fields.termKind !== 'auto_renewing') return fields.expiresOn;
  if (!fields.endsOn) return null;
  return truncateDate(fields.endsOn, precisionOf(fields.expiresOn ?? fields.endsOn));
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
    termKind: record.termKind,
    currentEnd: currentEndOf(record),
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
  rowKey: true,
  columns: {
    referenceNo: 'reference_no',
    kind: 'kind',
    title: 'title',
    purpose: 'purpose',
    status: 'status',
    signedOn: 'signed_on',
    effectiveOn: 'effective_on',
    expiresOn: 'expires_on',
    termKind: 'term_kind',
    termText: 'term_text',
    durationMonths: 'duration_months',
    renewalPeriodMonths: 'renewal_period_months',
    renewalsSoFar: 'renewals_so_far',
    renewalNoticeDays: 'renewal_notice_days',
    renewalNoticeMonths: 'renewal_notice_months',
    endsOn: 'ends_on',
    signingPlace: 'signing_place',
    owner: 'owner',
    tags: jsonColumn('tags'),
    notes: 'notes',
    parentId: 'parent_id',
    fromRecords: flagColumn('from_records'),
    signatoriesRecorded: flagColumn('signatories_recorded'),
    originalText: 'original_text',
  },
  computed: `(SELECT json_group_array(name) FROM (
       SELECT o.name FROM agreement_parties ap JOIN organisations o ON o.row_key = ap.organisation_key
        WHERE ap.agreement_key = a.row_key AND ap.deleted_at IS NULL ORDER BY ap.position)) AS party_names`,
  toRecord: (fields, row) => ({ ...fields, partyNames: JSON.parse(row.party_names as string) as string[] }),
  // NULL dates sort last whichever way the column is sorted: a stand-in above every date ('~')
  // ascending, below every date ('') descending; migrations 7 and 12 index the ascending key, which
  // a descending page walks back (`SortSpec`).
  // Signed dates sort as written (a year before its months, a month before its days); expiries by
  // the day the term in force ends (June 2016 as 30 June; an auto-renewing term by its current period).
  sorts: {
    updatedAt: 'a.updated_at',
    title: 'a.title COLLATE NOCASE',
    referenceNo: 'a.reference_no',
    signedOn: { nullable: 'a.signed_on', high: "'~'", low: "''" },
    expiresOn: { nullable: 'a.ends_on', high: "'~'", low: "''" },
    status: 'a.status',
  },
  // A create seeks the next reference number on this index while a bulk load runs, and the partner
  // tally's triggers (migration 23) look for the organisation's other rows in an agreement on the other.
  bulkLoad: {
    keep: ['agreements_reference_serial', 'agreement_parties_organisation_live'],
    children: ['agreement_parties', 'party_signatories', 'agreement_countries'],
  },
  tally: [
    { table: 'agreement_tally', filters: { statuses: 'status', kinds: 'kind' } },
    { table: 'agreement_country_tally', filters: { country: 'country' } },
    { table: 'agreement_partner_tally', filters: { partnerId: 'organisation_id', statuses: 'status' } },
  ],
  filters: {
    statuses: (statuses: AgreementStatus[]) => inList('a.status', statuses),
    kinds: (kinds: AgreementKind[]) => inList('a.kind', kinds),
    // Both tested per agreement with one seek, or read as the few agreements they name (migration 18
    // keeps each agreement's countries).
    partnerId: (organisationId: string) => ({
      sql: `EXISTS (SELECT 1 FROM agreement_parties ap
              WHERE ap.organisation_key = (SELECT row_key FROM organisations WHERE id = ?) AND ap.agreement_key = a.row_key AND ap.deleted_at IS NULL)`,
      params: [organisationId],
      drive: {
        sql: `SELECT k.id FROM agreement_parties ap JOIN agreements k ON k.row_key = ap.agreement_key
               WHERE ap.organisation_key = (SELECT row_key FROM organisations WHERE id = ?) AND ap.deleted_at IS NULL`,
        params: [organisationId],
      },
    }),
    country: (country: string) => ({
      sql: 'EXISTS (SELECT 1 FROM agreement_countries c WHERE c.country = ? AND c.agreement_key = a.row_key)',
      params: [country],
      drive: {
        sql: 'SELECT k.id FROM agreement_countries c JOIN agreements k ON k.row_key = c.agreement_key WHERE c.country = ?',
        params: [country],
      },
    }),
    // Written with the expiry sort's key (a date range never holds its '~'), so the window and
    // that sort are one index range. Terms that renew by themselves do not expire: the few in the
    // window are read from their own index (migration 21) and left out by rowid, so counting the
    // window never reads a row of the table.
    expiringWithinDays: (days: number, today: string) => {
      const window = [today, addDays(today, days)];
      return {
        sql: `a.status = 'active' AND ifnull(a.ends_on, '~') BETWEEN ? AND ? AND a.rowid NOT IN (
          SELECT r.rowid FROM agreements r
           WHERE r.deleted_at IS NULL AND r.term_kind = 'auto_renewing' AND r.status = 'active' AND ifnull(r.ends_on, '~') BETWEEN ? AND ?)`,
        params: [...window, ...window],
      };
    },
  },
  // The words people search an agreement by, its parties' and signatories' names among them.
  searchText: {
    text: `concat_ws(' ', a.reference_no, a.title, a.purpose, a.notes, a.signing_place, a.owner,
            (SELECT group_concat(t.value, ' ') FROM json_each(a.tags) t),
            (SELECT group_concat(concat_ws(' ', o.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(o.alt_names) n), ap.role), ' ')
               FROM agreement_parties ap JOIN organisations o ON o.row_key = ap.organisation_key
              WHERE ap.agreement_key = a.row_key AND ap.deleted_at IS NULL),
            (SELECT group_concat(concat_ws(' ', p.name, (SELECT group_concat(n.value ->> 'name', ' ') FROM json_each(p.alt_names) n)), ' ')
               FROM party_signatories s JOIN agreement_parties ap ON ap.row_key = s.party_key JOIN people p ON p.row_key = s.person_key
              WHERE ap.agreement_key = a.row_key AND s.deleted_at IS NULL AND ap.deleted_at IS NULL),
            (SELECT group_concat(description, ' ') FROM cooperation_items WHERE agreement_id = a.id AND deleted_at IS NULL))`,
  },
});

function summariesOf(db: Db, rows: unknown[]): AgreementSummary[] {
  return agreementTable.findMany(db, (rows as Array<{ id: string }>).map((row) => row.id)).map(toSummary);
}

/** Root first, ending with the direct parent. */
export function ancestorSummaries(db: Db, id: string): AgreementSummary[] {
  return agreementTable.findMany(db, ancestorIds(db, 'agreements', id).reverse()).map(toSummary);
}

/** An agreement's follow-ons; named so that a test can read its plan (see `statistics.ts` on `parent_id`). */
export const FOLLOW_ONS_SQL = 'SELECT id FROM agreements WHERE parent_id = ? AND deleted_at IS NULL ORDER BY signed_on, created_at';

export function followOnSummaries(db: Db, id: string): AgreementSummary[] {
  return summariesOf(db, statement(db, FOLLOW_ONS_SQL).all(id));
}

export function listAgreementSummaries(db: Db, filter: AgreementFilter, today: string): ListPage<AgreementSummary> {
  const page = agreementTable.list(db, filter, today);
  return { ...page, rows: page.rows.map(toSummary) };
}

/** Live agreements by status, from the tally the triggers of migration 7 keep (a few rows, not the register). */
export function countByStatus(db: Db): Array<{ status: AgreementStatus; n: number }> {
  return statement(db, 'SELECT status, sum(n) AS n FROM agreement_tally GROUP BY status HAVING sum(n) > 0').all() as Array<{
    status: AgreementStatus;
    n: number;
  }>;
}

/** How many agreements each of the home page's lists shows; it counts them all and says so when there are more. */
export const HOME_LIST_ROWS = 50;

const EXPIRING_BETWEEN = `deleted_at IS NULL AND status = 'active' AND ends_on BETWEEN ? AND ? AND term_kind <> 'auto_renewing'`;
const RENEWAL_DUE = `deleted_at IS NULL AND status = 'active' AND ends_on >= @today
      AND (renewal_notice_days IS NOT NULL OR renewal_notice_months IS NOT NULL)
      AND ${RENEWAL_NOTICE_ON} <= @today`;

/**
 * The statements the start-up job, the home overview and the removed list run, named so that a
 * test can read their plans: each walks an index (`agreements_active_ends`, `agreements_removed`),
 * never the whole register.
 */
export const TERM_QUERIES = {
  expiringBetween: `SELECT id FROM agreements WHERE ${EXPIRING_BETWEEN} ORDER BY ends_on, title LIMIT ${HOME_LIST_ROWS}`,
  expiringCount: `SELECT count(*) AS n FROM agreements WHERE ${EXPIRING_BETWEEN}`,
  renewalDue: `SELECT id FROM agreements WHERE ${RENEWAL_DUE} ORDER BY ends_on, title LIMIT ${HOME_LIST_ROWS}`,
  renewalDueCount: `SELECT count(*) AS n FROM agreements WHERE ${RENEWAL_DUE}`,
  endedTerms: `SELECT id, term_kind AS termKind FROM agreements WHERE deleted_at IS NULL AND status = 'active' AND ends_on < ?`,
  removedCount: 'SELECT count(*) AS n FROM agreements WHERE deleted_at IS NOT NULL',
  removedPage: `SELECT a.id, a.reference_no AS referenceNo, a.kind, a.title, a.status, a.deleted_at AS removedAt, a.updated_by AS removedBy,
        ifnull((SELECT l.reason FROM audit_log l WHERE l.entity_id = a.id AND l.action = 'delete' ORDER BY l.at DESC, l.id DESC LIMIT 1), '') AS reason,
        (SELECT count(*) FROM signing_records s WHERE s.agreement_id = a.id) AS signingRecordCount
      FROM agreements a WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC LIMIT ? OFFSET ?`,
} as const;

/** In force with a term that ends (not one that renews by itself) between the two days. */
export function expiringBetween(db: Db, from: string, to: string): { rows: AgreementSummary[]; total: number } {
  const { n } = statement(db, TERM_QUERIES.expiringCount).get(from, to) as { n: number };
  return { rows: summariesOf(db, statement(db, TERM_QUERIES.expiringBetween).all(from, to)), total: n };
}

/**
 * In force, and the notice date (the end of the term in force minus the notice, in days or months)
 * has come: the decision to renew, or to stop an automatic renewal, is due.
 */
export function renewalDue(db: Db, today: string): { rows: AgreementSummary[]; total: number } {
  const { n } = statement(db, TERM_QUERIES.renewalDueCount).get({ today }) as { n: number };
  return { rows: summariesOf(db, statement(db, TERM_QUERIES.renewalDue).all({ today })), total: n };
}

/** Agreements in force whose term in force ended before `today`: fixed ones lapse, auto-renewing ones renew. */
export function endedTerms(db: Db, today: string): Array<{ id: string; termKind: TermKind }> {
  return statement(db, TERM_QUERIES.endedTerms).all(today) as Array<{ id: string; termKind: TermKind }>;
}

/** Sets the derived last day of the term in force, without touching the record's own fields or stamp. */
export function setEndsOn(db: Db, id: string, endsOn: string | null): void {
  statement(db, 'UPDATE agreements SET ends_on = ? WHERE id = ?').run(endsOn, id);
}

/** A removed agreement's own row (null when it is live or never existed). */
export function findRemoved(db: Db, id: string): { referenceNo: string; parentId: string | null } | null {
  const row = statement(db, 'SELECT reference_no AS referenceNo, parent_id AS parentId FROM agreements WHERE id = ? AND deleted_at IS NOT NULL').get(
    id,
  ) as { referenceNo: string; parentId: string | null } | undefined;
  return row ?? null;
}

/** Whether an agreement with this id exists and is removed. */
export function isRemoved(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM agreements WHERE id = ? AND deleted_at IS NOT NULL').get(id) !== undefined;
}

/**
 * Removed agreements, the latest removal first, with the reason given (from the removal's audit
 * row) and how many signing records each keeps in the chain.
 */
export function listRemoved(db: Db, offset: number, limit: number): { rows: RemovedAgreement[]; total: number } {
  const total = (statement(db, TERM_QUERIES.removedCount).get() as { n: number }).n;
  const rows = statement(db, TERM_QUERIES.removedPage).all(limit, offset) as RemovedAgreement[];
  return { rows, total };
}

/** Which of these reference numbers live agreements have: one statement, each number one index seek. */
export function referencesTaken(db: Db, referenceNos: readonly string[]): Set<string> {
  const rows = statement(db, 'SELECT reference_no FROM agreements WHERE reference_no IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL').all(
    JSON.stringify([...new Set(referenceNos)]),
  ) as Array<{ reference_no: string }>;
  return new Set(rows.map((row) => row.reference_no));
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
 * The top reference of each length within a prefix's range, all digits after the prefix, longest
 * first: twelve seeks in one statement. Run as twelve statements, one per length, it cost half a
 * millisecond of every create at 100,000 agreements (each run re-planned for its bound values under
 * the sample statistics). Named so that a test can read its plan. The index is named: without
 * statistics (a fresh register, in the middle of a batch) the planner chose the index on
 * (deleted_at, reference_no) and walked every reference with the prefix, on every create.
 */
export const REFERENCE_SERIAL_SQL = `WITH digits(n) AS (VALUES (12), (11), (10), (9), (8), (7), (6), (5), (4), (3), (2), (1))
  SELECT (SELECT reference_no FROM agreements INDEXED BY agreements_reference_serial
           WHERE deleted_at IS NULL AND length(reference_no) = @length + n AND reference_no > @prefix AND reference_no < @after
             AND reference_no GLOB @pattern || substr(@digits, 1, 5 * n)
           ORDER BY reference_no DESC LIMIT 1) AS reference_no
    FROM digits`;

/**
 * The highest serial used so far for a prefix like "MOU-2026-", from the index on
 * (length, reference): serials of one length sort as numbers, so each length's top all-digit
 * reference is one seek. A top serial without a leading zero outranks every shorter one; "007"
 * does not, so shorter lengths are still read then.
 */
export function maxReferenceSerial(db: Db, prefix: string): number {
  const tops = statement(db, REFERENCE_SERIAL_SQL).all({
    length: [...prefix].length,
    prefix,
    after: `${prefix}:`,
    pattern: prefix.replace(/[[\]*?]/g, (c) => `[${c}]`),
    digits: '[0-9]'.repeat(12),
  }) as Array<{ reference_no: string | null }>;
  let max = 0;
  for (const { reference_no: top } of tops) {
    if (top === null) continue;
    const serial = top.slice(prefix.length);
    max = Math.max(max, Number(serial));
    if (!serial.startsWith('0')) break;
  }
  return max;
}
