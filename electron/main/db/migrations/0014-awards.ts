import type { Db } from '../connection';

/** Each list sort's key (never NULL): awarded date, last change. */
const SORT_KEYS: Record<string, string> = {
  awarded: 'awarded_on',
  updated: 'updated_at',
};

/**
 * The year a payment counts in: the year it was paid, else the year it falls due. The totals query
 * groups by exactly this expression, so its index serves the grouping.
 */
export const PAYMENT_YEAR = 'substr(coalesce(paid_on, due_on), 1, 4)';

/**
 * Scholarship awards (issue 9): one per accepted application, its components (what it pays for, in
 * which currency) and its payment schedule, each sum planned or paid. Money is integer minor units
 * beside an ISO currency, refused when REAL or negative. The award keeps the program it is paid
 * under (taken from its application when saved), and so does each payment, so totals by currency
 * and year, for one program or all, are read in group order from an index. Needs applications
 * (migration 11).
 */
export function up(db: Db): void {
  const indexes: string[] = [];
  for (const [name, key] of Object.entries(SORT_KEYS)) {
    indexes.push(`CREATE INDEX awards_by_${name} ON awards(deleted_at, ${key});`);
    indexes.push(`CREATE INDEX awards_program_by_${name} ON awards(program_id, ${key}) WHERE deleted_at IS NULL;`);
    indexes.push(`CREATE INDEX awards_status_by_${name} ON awards(status, ${key}) WHERE deleted_at IS NULL;`);
  }
  db.exec(`
    CREATE TABLE awards (
      id TEXT PRIMARY KEY,
      application_id TEXT NOT NULL REFERENCES applications(id),
      program_id TEXT NOT NULL REFERENCES programs(id),
      status TEXT NOT NULL CHECK (status IN ('offered', 'accepted', 'paid_out', 'cancelled')),
      awarded_on TEXT NOT NULL,
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    ${indexes.join('\n    ')}
    -- One live award per application; also what an application's delete counts.
    CREATE UNIQUE INDEX awards_application ON awards(application_id) WHERE deleted_at IS NULL;

    CREATE TABLE award_components (
      id TEXT PRIMARY KEY,
      award_id TEXT NOT NULL REFERENCES awards(id),
      kind TEXT NOT NULL CHECK (kind IN ('tuition', 'stipend', 'other')),
      description TEXT NOT NULL DEFAULT '',
      amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer' AND amount_minor >= 0),
      currency TEXT NOT NULL CHECK (length(currency) = 3),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX award_components_award ON award_components(award_id, position);

    CREATE TABLE award_payments (
      id TEXT PRIMARY KEY,
      award_id TEXT NOT NULL REFERENCES awards(id),
      program_id TEXT NOT NULL REFERENCES programs(id),
      due_on TEXT NOT NULL,
      component TEXT NOT NULL CHECK (component IN ('tuition', 'stipend', 'other')),
      amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer' AND amount_minor >= 0),
      currency TEXT NOT NULL CHECK (length(currency) = 3),
      paid_on TEXT,
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX award_payments_award ON award_payments(award_id, position);
    -- Totals by currency and year, for one program and for all: the groups come in index order, and
    -- the sums read amount, paid date and award from the index alone.
    CREATE INDEX award_payments_program_totals ON award_payments(program_id, currency, ${PAYMENT_YEAR}, paid_on, amount_minor, award_id) WHERE deleted_at IS NULL;
    CREATE INDEX award_payments_totals ON award_payments(currency, ${PAYMENT_YEAR}, paid_on, amount_minor, award_id) WHERE deleted_at IS NULL;

    CREATE VIRTUAL TABLE award_search USING fts5(body, tokenize = 'trigram');
  `);
}
