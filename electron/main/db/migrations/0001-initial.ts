import type { Db } from '../connection';

/**
 * The first schema: organisations, people (with affiliation history), agreements with parties,
 * signatories, cooperation items and contributions, the audit log, and local-only tables.
 *
 * Shared tables carry created_at/updated_at/updated_by and tombstones (deleted_at) so a later
 * office-wide sync can capture every change; ids are text UUIDv7.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE organisations (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      alt_names TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(alt_names)),
      kind TEXT NOT NULL,
      country TEXT NOT NULL DEFAULT '',
      parent_id TEXT REFERENCES organisations(id),
      website TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX organisations_name ON organisations(name COLLATE NOCASE);

    CREATE TABLE people (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      alt_names TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(alt_names)),
      title TEXT NOT NULL DEFAULT '',
      organisation_id TEXT REFERENCES organisations(id),
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX people_name ON people(name COLLATE NOCASE);
    CREATE INDEX people_organisation ON people(organisation_id);

    CREATE TABLE person_affiliations (
      id TEXT PRIMARY KEY,
      person_id TEXT NOT NULL REFERENCES people(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      title TEXT NOT NULL DEFAULT '',
      started_on TEXT,
      ended_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX person_affiliations_person ON person_affiliations(person_id);

    CREATE TABLE agreements (
      id TEXT PRIMARY KEY,
      reference_no TEXT NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      purpose TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL,
      signed_on TEXT,
      effective_on TEXT,
      expires_on TEXT,
      duration_months INTEGER CHECK (duration_months IS NULL OR typeof(duration_months) = 'integer'),
      renewal_notice_days INTEGER,
      signing_place TEXT NOT NULL DEFAULT '',
      owner TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
      notes TEXT NOT NULL DEFAULT '',
      parent_id TEXT REFERENCES agreements(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE UNIQUE INDEX agreements_reference ON agreements(reference_no) WHERE deleted_at IS NULL;
    CREATE INDEX agreements_status ON agreements(status);
    CREATE INDEX agreements_expires ON agreements(expires_on);
    CREATE INDEX agreements_parent ON agreements(parent_id);

    CREATE TABLE agreement_parties (
      id TEXT PRIMARY KEY,
      agreement_id TEXT NOT NULL REFERENCES agreements(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      role TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX agreement_parties_agreement ON agreement_parties(agreement_id);
    CREATE INDEX agreement_parties_organisation ON agreement_parties(organisation_id);

    CREATE TABLE party_signatories (
      id TEXT PRIMARY KEY,
      party_id TEXT NOT NULL REFERENCES agreement_parties(id),
      person_id TEXT NOT NULL REFERENCES people(id),
      capacity TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX party_signatories_party ON party_signatories(party_id);
    CREATE INDEX party_signatories_person ON party_signatories(person_id);

    CREATE TABLE cooperation_items (
      id TEXT PRIMARY KEY,
      agreement_id TEXT NOT NULL REFERENCES agreements(id),
      description TEXT NOT NULL,
      responsible_organisation_id TEXT REFERENCES organisations(id),
      due_on TEXT,
      recurrence TEXT NOT NULL DEFAULT 'none',
      status TEXT NOT NULL DEFAULT 'planned',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX cooperation_items_agreement ON cooperation_items(agreement_id);

    -- Money is integer minor units (CHECK refuses REAL), with an ISO 4217 code beside it.
    CREATE TABLE contributions (
      id TEXT PRIMARY KEY,
      agreement_id TEXT NOT NULL REFERENCES agreements(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      kind TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      amount_minor INTEGER CHECK (amount_minor IS NULL OR typeof(amount_minor) = 'integer'),
      currency TEXT CHECK (currency IS NULL OR length(currency) = 3),
      quantity REAL,
      unit TEXT NOT NULL DEFAULT '',
      starts_on TEXT,
      ends_on TEXT,
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT,
      CHECK (kind <> 'money' OR (amount_minor IS NOT NULL AND currency IS NOT NULL))
    );
    CREATE INDEX contributions_agreement ON contributions(agreement_id);

    CREATE TABLE audit_log (
      id TEXT PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      action TEXT NOT NULL,
      before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
      after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
    );
    CREATE INDEX audit_log_entity ON audit_log(entity_id, at);

    -- Local-only: never synced (device settings, first-run state).
    CREATE TABLE local_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );

    -- Local-only search index; trigram so Korean and Chinese match inside words.
    CREATE VIRTUAL TABLE agreement_search USING fts5(agreement_id UNINDEXED, body, tokenize = 'trigram');
  `);
}
