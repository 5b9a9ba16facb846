import type { Db } from '../connection';

/** The expiry sort keys of migration 7, now on `ends_on`: the day a term in force ends, not the date as written. */
const EXPIRY_SORT_KEYS: Record<string, string> = {
  expires_asc: "ifnull(ends_on, '~')",
  expires_desc: "ifnull(ends_on, '')",
};

/**
 * Agreements as registers write them (issue 11).
 *
 * - Dates keep their precision: `signed_on`, `effective_on` and `expires_on` hold `YYYY-MM-DD`,
 *   `YYYY-MM` or `YYYY` (a day, a month, a year). Existing dates are all days already.
 * - Terms have a kind: `term_kind` fixed | auto_renewing | open_ended | unknown, the term as written
 *   (`term_text`), the renewal period and renewals so far, notice in months. Existing agreements
 *   have fixed terms; their term text is their duration in words, as the edit form showed it.
 * - `ends_on`: the last day the term in force runs (a month-precision expiry counts to the month's
 *   end; an auto-renewing term to its current period's end; NULL when open-ended or unknown). It is
 *   derived by the service, never shown as a date; "expired?", "expiring soon", "renewal due" and
 *   the expiry sort compare it, so the migration-7 expiry indexes move onto it (same names).
 * - Historical entry: `from_records`, `signatories_recorded`; the row text it came from (`original_text`).
 * - A reason on audit rows: corrections, put-back statuses, removals (tombstones) and restores say why.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE agreements ADD COLUMN term_kind TEXT NOT NULL DEFAULT 'fixed'
      CHECK (term_kind IN ('fixed', 'auto_renewing', 'open_ended', 'unknown'));
    ALTER TABLE agreements ADD COLUMN term_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE agreements ADD COLUMN renewal_period_months INTEGER
      CHECK (renewal_period_months IS NULL OR typeof(renewal_period_months) = 'integer');
    ALTER TABLE agreements ADD COLUMN renewals_so_far INTEGER
      CHECK (renewals_so_far IS NULL OR typeof(renewals_so_far) = 'integer');
    ALTER TABLE agreements ADD COLUMN renewal_notice_months INTEGER
      CHECK (renewal_notice_months IS NULL OR typeof(renewal_notice_months) = 'integer');
    ALTER TABLE agreements ADD COLUMN ends_on TEXT;
    ALTER TABLE agreements ADD COLUMN from_records INTEGER NOT NULL DEFAULT 0 CHECK (from_records IN (0, 1));
    ALTER TABLE agreements ADD COLUMN signatories_recorded INTEGER NOT NULL DEFAULT 1 CHECK (signatories_recorded IN (0, 1));
    ALTER TABLE agreements ADD COLUMN original_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE audit_log ADD COLUMN reason TEXT;

    -- Every existing expiry is a day: the term ends on it.
    UPDATE agreements SET ends_on = expires_on WHERE expires_on IS NOT NULL;
    -- The duration in words, as the edit form showed it ("3 years", "1 year 6 months").
    UPDATE agreements SET term_text = trim(
        CASE duration_months / 12 WHEN 0 THEN '' WHEN 1 THEN '1 year' ELSE (duration_months / 12) || ' years' END || ' ' ||
        CASE duration_months % 12 WHEN 0 THEN '' WHEN 1 THEN '1 month' ELSE (duration_months % 12) || ' months' END)
      WHERE duration_months IS NOT NULL;
  `);

  const statements: string[] = ['DROP INDEX agreements_active_expiry;'];
  for (const [name, key] of Object.entries(EXPIRY_SORT_KEYS)) {
    statements.push(`DROP INDEX agreements_by_${name};`, `CREATE INDEX agreements_by_${name} ON agreements(deleted_at, ${key});`);
    for (const filter of ['status', 'kind']) {
      statements.push(
        `DROP INDEX agreements_${filter}_by_${name};`,
        `CREATE INDEX agreements_${filter}_by_${name} ON agreements(${filter}, ${key}) WHERE deleted_at IS NULL;`,
      );
    }
  }
  db.exec(`
    ${statements.join('\n    ')}
    -- Terms in force by the day they end: the expire job, expiring soon and renewal due.
    CREATE INDEX agreements_active_ends ON agreements(status, ends_on) WHERE deleted_at IS NULL;
    -- Removed agreements, newest removal first, for undoing a removal.
    CREATE INDEX agreements_removed ON agreements(deleted_at) WHERE deleted_at IS NOT NULL;
  `);
}
