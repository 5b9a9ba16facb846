import type { Db } from '../connection';

/**
 * Programs (an MSc track, a startup internship scheme) and their intakes. What a program links to
 * (the agreements that create it, its sponsors) and its scholarship parts are rows of their own, so
 * an agreement's page and an organisation's references find them through an index; its phases are
 * a JSON list, read only with the program. Scholarship money is integer minor units beside its
 * currency, as contributions are.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE programs (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      summary TEXT NOT NULL DEFAULT '',
      eligibility TEXT NOT NULL DEFAULT '',
      fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fields)),
      phases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phases)),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    -- The list sorts by name or last change, then id (its tie-break): both from the index.
    CREATE INDEX programs_name ON programs(name COLLATE NOCASE, id);
    CREATE INDEX programs_updated ON programs(updated_at, id);

    CREATE TABLE program_agreements (
      id TEXT PRIMARY KEY,
      program_id TEXT NOT NULL REFERENCES programs(id),
      agreement_id TEXT NOT NULL REFERENCES agreements(id),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX program_agreements_program ON program_agreements(program_id, position);
    -- An agreement's page lists its programs; the register filters programs by agreement.
    CREATE INDEX program_agreements_agreement ON program_agreements(agreement_id, program_id);

    CREATE TABLE program_sponsors (
      id TEXT PRIMARY KEY,
      program_id TEXT NOT NULL REFERENCES programs(id),
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX program_sponsors_program ON program_sponsors(program_id, position);
    CREATE INDEX program_sponsors_organisation ON program_sponsors(organisation_id, program_id);

    CREATE TABLE program_scholarship (
      id TEXT PRIMARY KEY,
      program_id TEXT NOT NULL REFERENCES programs(id),
      kind TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer' AND amount_minor >= 0),
      currency TEXT NOT NULL CHECK (length(currency) = 3),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX program_scholarship_program ON program_scholarship(program_id, position);

    CREATE TABLE intakes (
      id TEXT PRIMARY KEY,
      program_id TEXT NOT NULL REFERENCES programs(id),
      name TEXT NOT NULL,
      applications_open_on TEXT,
      applications_close_on TEXT,
      screening_starts_on TEXT,
      screening_ends_on TEXT,
      starts_on TEXT,
      places INTEGER CHECK (places IS NULL OR (typeof(places) = 'integer' AND places > 0)),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    -- A program's intakes by start; the intakes register by start, by closing date, by name. Each
    -- ends in id, the list's tie-break, so the whole ORDER BY is read from the index.
    CREATE INDEX intakes_program ON intakes(program_id, starts_on, id);
    CREATE INDEX intakes_starts ON intakes(starts_on, id);
    CREATE INDEX intakes_closes ON intakes(applications_close_on, id);
    CREATE INDEX intakes_name ON intakes(name COLLATE NOCASE, id);
    CREATE INDEX intakes_updated ON intakes(updated_at, id);

    CREATE VIRTUAL TABLE program_search USING fts5(body, tokenize = 'trigram');
    CREATE VIRTUAL TABLE intake_search USING fts5(body, tokenize = 'trigram');
  `);
}
