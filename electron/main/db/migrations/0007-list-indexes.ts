import type { Db } from '../connection';

/** Live-row counts by `columns`, kept by triggers on `table` (a row counts while `deleted_at` is NULL). */
function tally(db: Db, name: string, table: string, columns: readonly string[]): void {
  const cols = columns.join(', ');
  const key = (row: 'NEW' | 'OLD') => columns.map((c) => `${row}.${c}`).join(', ');
  const bump = (row: 'NEW' | 'OLD', by: number) =>
    `INSERT INTO ${name} (${columns.length ? `${cols}, ` : ''}n) VALUES (${columns.length ? `${key(row)}, ` : ''}${by})
       ON CONFLICT DO UPDATE SET n = n + ${by};`;
  // With no columns, one row holds the whole count.
  const keyed = columns.length ? `${cols}, ` : 'one INTEGER NOT NULL DEFAULT 0, ';
  db.exec(`
    CREATE TABLE ${name} (
      ${keyed}n INTEGER NOT NULL,
      PRIMARY KEY (${columns.length ? cols : 'one'})
    ) WITHOUT ROWID;
    INSERT INTO ${name} (${columns.length ? `${cols}, ` : ''}n)
      SELECT ${columns.length ? `${cols}, ` : ''}count(*) FROM ${table} WHERE deleted_at IS NULL ${columns.length ? `GROUP BY ${cols}` : ''};
    CREATE TRIGGER ${name}_insert AFTER INSERT ON ${table} WHEN NEW.deleted_at IS NULL
      BEGIN ${bump('NEW', 1)} END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${table} WHEN OLD.deleted_at IS NULL
      BEGIN ${bump('OLD', -1)} END;
    -- An edit moves the row out of its old count and into its new one; a tombstone only out.
    CREATE TRIGGER ${name}_update_out AFTER UPDATE OF ${[...columns, 'deleted_at'].join(', ')} ON ${table} WHEN OLD.deleted_at IS NULL
      BEGIN ${bump('OLD', -1)} END;
    CREATE TRIGGER ${name}_update_in AFTER UPDATE OF ${[...columns, 'deleted_at'].join(', ')} ON ${table} WHEN NEW.deleted_at IS NULL
      BEGIN ${bump('NEW', 1)} END;
  `);
}

/**
 * Lists that cost the page, not the register (issue 13). Every filter and sort the lists offer has
 * an index that yields the page's rows in order: unfiltered sorts lead with `deleted_at` (so live
 * rows are one equality range and a count reads the index only); status and kind filters carry
 * each sort key behind them, partial to live rows. Nullable dates sort by the stand-in
 * expressions the agreement list uses (NULL last both ways). Totals of lists filtered by status,
 * kind or country only, or not at all, come from tally tables kept by triggers.
 */
export function up(db: Db): void {
  const sortKeys: Record<string, string> = {
    updated: 'updated_at',
    title: 'title COLLATE NOCASE',
    reference: 'reference_no',
    signed_asc: "ifnull(signed_on, '~')",
    signed_desc: "ifnull(signed_on, '')",
    expires_asc: "ifnull(expires_on, '~')",
    expires_desc: "ifnull(expires_on, '')",
  };
  const statements: string[] = [];
  for (const [name, key] of Object.entries({ ...sortKeys, status: 'status' })) {
    statements.push(`CREATE INDEX agreements_by_${name} ON agreements(deleted_at, ${key});`);
  }
  for (const filter of ['status', 'kind']) {
    for (const [name, key] of Object.entries(filter === 'kind' ? { ...sortKeys, status: 'status' } : sortKeys)) {
      statements.push(`CREATE INDEX agreements_${filter}_by_${name} ON agreements(${filter}, ${key}) WHERE deleted_at IS NULL;`);
    }
  }
  db.exec(`
    ${statements.join('\n    ')}
    -- The expiring-soon window: agreements in force by expiry date.
    CREATE INDEX agreements_active_expiry ON agreements(status, expires_on) WHERE deleted_at IS NULL;
    -- The next reference number: the top serial of one length is one seek (maxReferenceSerial).
    CREATE INDEX agreements_reference_serial ON agreements(length(reference_no), reference_no) WHERE deleted_at IS NULL;
    -- An organisation's agreements, and the country filter's parties.
    CREATE INDEX agreement_parties_organisation_live ON agreement_parties(organisation_id, agreement_id) WHERE deleted_at IS NULL;
    CREATE INDEX organisations_country ON organisations(country, deleted_at);

    CREATE INDEX organisations_by_name ON organisations(deleted_at, name COLLATE NOCASE);
    CREATE INDEX organisations_by_kind ON organisations(deleted_at, kind);
    CREATE INDEX organisations_by_country ON organisations(deleted_at, country);
    CREATE INDEX organisations_by_updated ON organisations(deleted_at, updated_at);
    CREATE INDEX organisations_kind_by_name ON organisations(kind, name COLLATE NOCASE) WHERE deleted_at IS NULL;
    CREATE INDEX organisations_country_by_name ON organisations(country, name COLLATE NOCASE) WHERE deleted_at IS NULL;

    CREATE INDEX people_by_name ON people(deleted_at, name COLLATE NOCASE);
    CREATE INDEX people_by_updated ON people(deleted_at, updated_at);
    CREATE INDEX people_organisation_by_name ON people(organisation_id, name COLLATE NOCASE) WHERE deleted_at IS NULL;

    -- "All audit", newest first, without sorting the whole log.
    CREATE INDEX audit_log_at ON audit_log(at, id);
  `);
  tally(db, 'agreement_tally', 'agreements', ['status', 'kind']);
  tally(db, 'organisation_tally', 'organisations', ['kind', 'country']);
  tally(db, 'person_tally', 'people', []);
}
