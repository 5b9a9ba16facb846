import type { Db } from '../connection';

/**
 * An agreement's parties, their signatories and its countries name each other and the records they
 * point at by integer keys, not by 36-character text ids (issue 13). At 100,000 agreements those
 * three tables and their indexes were 160 MB of a 406 MB file, most of it the same text ids again
 * in every row and every index entry; with integer keys they are about 80 MB.
 *
 * - `row_key` on agreements, organisations and people: a stable integer for each record, given at
 *   insert (the table's highest plus one, one step down its unique index) and never changed. The
 *   tables' own rowids are not used because VACUUM may renumber them (and `VACUUM INTO` makes the
 *   backups).
 * - `agreement_parties` and `party_signatories` keep their text ids (the window and the audit
 *   name parties and signatories by them) but are keyed by an integer `row_key` of their own, which
 *   a signatory names its party by; a party names its agreement and organisation by their keys, a
 *   signatory its person, and `agreement_countries` its agreement.
 * - The triggers of migrations 18 and 23 that keep the countries and the partner tally are made
 *   again on the new columns, with the same rules. The partner tally still names organisations by
 *   their text ids (the list's filter is an organisation id, and the table is a few rows per
 *   organisation).
 *
 * The rows are copied in their agreement's order, so an agreement's parties share a page.
 */
export function up(db: Db): void {
  db.exec(`
    DROP TRIGGER IF EXISTS agreement_countries_party_insert;
    DROP TRIGGER IF EXISTS agreement_countries_party_delete;
    DROP TRIGGER IF EXISTS agreement_countries_party_update_out;
    DROP TRIGGER IF EXISTS agreement_countries_party_update_in;
    DROP TRIGGER IF EXISTS agreement_countries_organisation_moves;
    DROP TRIGGER IF EXISTS agreement_country_tally_insert;
    DROP TRIGGER IF EXISTS agreement_country_tally_delete;
    DROP TRIGGER IF EXISTS agreement_country_tally_removed;
    DROP TRIGGER IF EXISTS agreement_country_tally_restored;
    DROP TRIGGER IF EXISTS agreement_partner_tally_party_insert;
    DROP TRIGGER IF EXISTS agreement_partner_tally_party_delete;
    DROP TRIGGER IF EXISTS agreement_partner_tally_party_update_out;
    DROP TRIGGER IF EXISTS agreement_partner_tally_party_update_in;
    DROP TRIGGER IF EXISTS agreement_partner_tally_agreement_out;
    DROP TRIGGER IF EXISTS agreement_partner_tally_agreement_in;

    ALTER TABLE agreements ADD COLUMN row_key INTEGER;
    UPDATE agreements SET row_key = rowid;
    CREATE UNIQUE INDEX agreements_row_key ON agreements(row_key);
    ALTER TABLE organisations ADD COLUMN row_key INTEGER;
    UPDATE organisations SET row_key = rowid;
    CREATE UNIQUE INDEX organisations_row_key ON organisations(row_key);
    ALTER TABLE people ADD COLUMN row_key INTEGER;
    UPDATE people SET row_key = rowid;
    CREATE UNIQUE INDEX people_row_key ON people(row_key);

    CREATE TABLE agreement_parties_keyed (
      row_key INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      agreement_key INTEGER NOT NULL REFERENCES agreements(row_key),
      organisation_key INTEGER NOT NULL REFERENCES organisations(row_key),
      role TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    INSERT INTO agreement_parties_keyed (id, agreement_key, organisation_key, role, position, created_at, updated_at, updated_by, deleted_at)
      SELECT ap.id, a.row_key, o.row_key, ap.role, ap.position, ap.created_at, ap.updated_at, ap.updated_by, ap.deleted_at
        FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id JOIN organisations o ON o.id = ap.organisation_id
       ORDER BY a.row_key, ap.position, ap.rowid;

    CREATE TABLE party_signatories_keyed (
      row_key INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      party_key INTEGER NOT NULL REFERENCES agreement_parties_keyed(row_key),
      person_key INTEGER NOT NULL REFERENCES people(row_key),
      capacity TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted_at TEXT
    );
    INSERT INTO party_signatories_keyed (id, party_key, person_key, capacity, position, created_at, updated_at, updated_by, deleted_at)
      SELECT s.id, ap.row_key, p.row_key, s.capacity, s.position, s.created_at, s.updated_at, s.updated_by, s.deleted_at
        FROM party_signatories s JOIN agreement_parties_keyed ap ON ap.id = s.party_id JOIN people p ON p.id = s.person_id
       ORDER BY ap.row_key, s.position, s.rowid;

    CREATE TABLE agreement_countries_keyed (
      country TEXT NOT NULL,
      agreement_key INTEGER NOT NULL,
      parties INTEGER NOT NULL,
      PRIMARY KEY (country, agreement_key)
    ) WITHOUT ROWID;
    INSERT INTO agreement_countries_keyed (country, agreement_key, parties)
      SELECT c.country, a.row_key, c.parties FROM agreement_countries c JOIN agreements a ON a.id = c.agreement_id;

    DROP TABLE party_signatories;
    DROP TABLE agreement_parties;
    DROP TABLE agreement_countries;
    ALTER TABLE agreement_parties_keyed RENAME TO agreement_parties;
    ALTER TABLE party_signatories_keyed RENAME TO party_signatories;
    ALTER TABLE agreement_countries_keyed RENAME TO agreement_countries;

    CREATE INDEX agreement_parties_agreement ON agreement_parties(agreement_key);
    CREATE INDEX agreement_parties_organisation_live ON agreement_parties(organisation_key, agreement_key) WHERE deleted_at IS NULL;
    CREATE INDEX party_signatories_party ON party_signatories(party_key);
    CREATE INDEX party_signatories_person ON party_signatories(person_key);
    CREATE INDEX agreement_countries_agreement ON agreement_countries(agreement_key);
  `);
  countryTriggers(db);
  partnerTallyTriggers(db);
}

/** Migration 18's rules on the keyed columns: a party counts its agreement into its organisation's country. */
function countryTriggers(db: Db): void {
  const join = (row: 'NEW') =>
    `INSERT INTO agreement_countries (country, agreement_key, parties)
          SELECT o.country, ${row}.agreement_key, 1 FROM organisations o WHERE o.row_key = ${row}.organisation_key AND o.country <> ''
          ON CONFLICT DO UPDATE SET parties = parties + 1;`;
  const leave = (row: 'OLD') => {
    const where = `country = (SELECT country FROM organisations WHERE row_key = ${row}.organisation_key) AND agreement_key = ${row}.agreement_key`;
    return `UPDATE agreement_countries SET parties = parties - 1 WHERE ${where};
        DELETE FROM agreement_countries WHERE ${where} AND parties <= 0;`;
  };
  db.exec(`
    CREATE TRIGGER agreement_countries_party_insert AFTER INSERT ON agreement_parties WHEN NEW.deleted_at IS NULL
      BEGIN ${join('NEW')} END;
    CREATE TRIGGER agreement_countries_party_delete AFTER DELETE ON agreement_parties WHEN OLD.deleted_at IS NULL
      BEGIN ${leave('OLD')} END;
    CREATE TRIGGER agreement_countries_party_update_out AFTER UPDATE OF organisation_key, agreement_key, deleted_at ON agreement_parties
      WHEN OLD.deleted_at IS NULL
      BEGIN ${leave('OLD')} END;
    CREATE TRIGGER agreement_countries_party_update_in AFTER UPDATE OF organisation_key, agreement_key, deleted_at ON agreement_parties
      WHEN NEW.deleted_at IS NULL
      BEGIN ${join('NEW')} END;

    CREATE TRIGGER agreement_countries_organisation_moves AFTER UPDATE OF country ON organisations WHEN OLD.country IS NOT NEW.country
      BEGIN
        UPDATE agreement_countries SET parties = parties - (
            SELECT count(*) FROM agreement_parties ap
             WHERE ap.organisation_key = NEW.row_key AND ap.agreement_key = agreement_countries.agreement_key AND ap.deleted_at IS NULL)
          WHERE country = OLD.country
            AND agreement_key IN (SELECT agreement_key FROM agreement_parties WHERE organisation_key = NEW.row_key AND deleted_at IS NULL);
        DELETE FROM agreement_countries
          WHERE country = OLD.country AND parties <= 0
            AND agreement_key IN (SELECT agreement_key FROM agreement_parties WHERE organisation_key = NEW.row_key AND deleted_at IS NULL);
        INSERT INTO agreement_countries (country, agreement_key, parties)
          SELECT NEW.country, agreement_key, count(*) FROM agreement_parties
           WHERE organisation_key = NEW.row_key AND deleted_at IS NULL AND NEW.country <> ''
           GROUP BY agreement_key
          ON CONFLICT DO UPDATE SET parties = parties + excluded.parties;
      END;

    CREATE TRIGGER agreement_country_tally_insert AFTER INSERT ON agreement_countries
      WHEN (SELECT deleted_at FROM agreements WHERE row_key = NEW.agreement_key) IS NULL
      BEGIN
        INSERT INTO agreement_country_tally (country, n) VALUES (NEW.country, 1) ON CONFLICT DO UPDATE SET n = n + 1;
      END;
    CREATE TRIGGER agreement_country_tally_delete AFTER DELETE ON agreement_countries
      WHEN (SELECT deleted_at FROM agreements WHERE row_key = OLD.agreement_key) IS NULL
      BEGIN
        UPDATE agreement_country_tally SET n = n - 1 WHERE country = OLD.country;
      END;
    CREATE TRIGGER agreement_country_tally_removed AFTER UPDATE OF deleted_at ON agreements
      WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL
      BEGIN
        UPDATE agreement_country_tally SET n = n - 1
          WHERE country IN (SELECT country FROM agreement_countries WHERE agreement_key = NEW.row_key);
      END;
    CREATE TRIGGER agreement_country_tally_restored AFTER UPDATE OF deleted_at ON agreements
      WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL
      BEGIN
        INSERT INTO agreement_country_tally (country, n)
          SELECT country, 1 FROM agreement_countries WHERE agreement_key = NEW.row_key
          ON CONFLICT DO UPDATE SET n = n + 1;
      END;
  `);
}

/** Migration 23's rules on the keyed columns: an organisation's count of live agreements, by status. */
function partnerTallyTriggers(db: Db): void {
  const alone = (row: 'NEW' | 'OLD') =>
    `NOT EXISTS (SELECT 1 FROM agreement_parties x
        WHERE x.organisation_key = ${row}.organisation_key AND x.agreement_key = ${row}.agreement_key AND x.deleted_at IS NULL AND x.row_key <> ${row}.row_key)`;
  const join = (row: 'NEW') =>
    `INSERT INTO agreement_partner_tally (organisation_id, status, n)
          SELECT o.id, a.status, 1 FROM agreements a, organisations o
           WHERE a.row_key = ${row}.agreement_key AND a.deleted_at IS NULL AND o.row_key = ${row}.organisation_key AND ${alone(row)}
          ON CONFLICT DO UPDATE SET n = n + 1;`;
  const leave = (row: 'OLD') =>
    `UPDATE agreement_partner_tally SET n = n - 1
          WHERE organisation_id = (SELECT o.id FROM organisations o WHERE o.row_key = ${row}.organisation_key)
            AND status = (SELECT a.status FROM agreements a WHERE a.row_key = ${row}.agreement_key AND a.deleted_at IS NULL) AND ${alone(row)};`;
  // The organisations an agreement's live parties name, by text id (the tally's key).
  const organisationsOf = (row: 'NEW') =>
    `SELECT o.id FROM agreement_parties ap JOIN organisations o ON o.row_key = ap.organisation_key
      WHERE ap.agreement_key = ${row}.row_key AND ap.deleted_at IS NULL`;
  db.exec(`
    CREATE TRIGGER agreement_partner_tally_party_insert AFTER INSERT ON agreement_parties WHEN NEW.deleted_at IS NULL
      BEGIN ${join('NEW')} END;
    CREATE TRIGGER agreement_partner_tally_party_delete AFTER DELETE ON agreement_parties WHEN OLD.deleted_at IS NULL
      BEGIN ${leave('OLD')} END;
    CREATE TRIGGER agreement_partner_tally_party_update_out AFTER UPDATE OF organisation_key, agreement_key, deleted_at ON agreement_parties
      WHEN OLD.deleted_at IS NULL
      BEGIN ${leave('OLD')} END;
    CREATE TRIGGER agreement_partner_tally_party_update_in AFTER UPDATE OF organisation_key, agreement_key, deleted_at ON agreement_parties
      WHEN NEW.deleted_at IS NULL
      BEGIN ${join('NEW')} END;

    CREATE TRIGGER agreement_partner_tally_agreement_out AFTER UPDATE OF status, deleted_at ON agreements
      WHEN OLD.deleted_at IS NULL AND (NEW.deleted_at IS NOT NULL OR NEW.status IS NOT OLD.status)
      BEGIN
        UPDATE agreement_partner_tally SET n = n - 1
          WHERE status = OLD.status AND organisation_id IN (${organisationsOf('NEW')});
      END;
    CREATE TRIGGER agreement_partner_tally_agreement_in AFTER UPDATE OF status, deleted_at ON agreements
      WHEN NEW.deleted_at IS NULL AND (OLD.deleted_at IS NOT NULL OR NEW.status IS NOT OLD.status)
      BEGIN
        INSERT INTO agreement_partner_tally (organisation_id, status, n)
          SELECT DISTINCT o.id, NEW.status, 1 FROM agreement_parties ap JOIN organisations o ON o.row_key = ap.organisation_key
           WHERE ap.agreement_key = NEW.row_key AND ap.deleted_at IS NULL
          ON CONFLICT DO UPDATE SET n = n + 1;
      END;
  `);
}
