import type { Db } from '../connection';

/** The day a renewal notice falls due: the end of the term in force less the notice, in days or months. */
export const RENEWAL_NOTICE_ON = `date(ends_on, CASE WHEN renewal_notice_days IS NOT NULL THEN '-' || renewal_notice_days || ' days'
                             ELSE '-' || renewal_notice_months || ' months' END)`;

/**
 * Two lists that still read the whole register at 100,000 agreements (issue 13).
 *
 * - The country filter: an agreement is in a country when one of its live parties is. That set is
 *   kept in `agreement_countries` (one row per agreement and country, with how many of its parties
 *   are there) by triggers on parties and on an organisation's country, so every writer keeps it,
 *   and `agreement_country_tally` counts the live agreements per country (a removed agreement
 *   leaves the count and a restored one comes back). A list filtered by country then counts from
 *   one tally row and tests each agreement it walks with one primary-key seek.
 * - Renewal due on the home page: agreements in force by the day their notice falls due, the
 *   expression the query compares, so the list is one index range instead of every term in force.
 */
export function up(db: Db): void {
  // A party row counts its agreement into its organisation's country, and out again.
  const join = (row: 'NEW') =>
    `INSERT INTO agreement_countries (country, agreement_id, parties)
          SELECT o.country, ${row}.agreement_id, 1 FROM organisations o WHERE o.id = ${row}.organisation_id AND o.country <> ''
          ON CONFLICT DO UPDATE SET parties = parties + 1;`;
  const leave = (row: 'OLD') => {
    const where = `country = (SELECT country FROM organisations WHERE id = ${row}.organisation_id) AND agreement_id = ${row}.agreement_id`;
    return `UPDATE agreement_countries SET parties = parties - 1 WHERE ${where};
        DELETE FROM agreement_countries WHERE ${where} AND parties <= 0;`;
  };
  db.exec(`
    CREATE TABLE agreement_countries (
      country TEXT NOT NULL,
      agreement_id TEXT NOT NULL,
      parties INTEGER NOT NULL,
      PRIMARY KEY (country, agreement_id)
    ) WITHOUT ROWID;
    CREATE INDEX agreement_countries_agreement ON agreement_countries(agreement_id);
    CREATE TABLE agreement_country_tally (
      country TEXT PRIMARY KEY,
      n INTEGER NOT NULL
    ) WITHOUT ROWID;

    -- A party joins or leaves its organisation's country for its agreement.
    CREATE TRIGGER agreement_countries_party_insert AFTER INSERT ON agreement_parties WHEN NEW.deleted_at IS NULL
      BEGIN ${join('NEW')} END;
    CREATE TRIGGER agreement_countries_party_delete AFTER DELETE ON agreement_parties WHEN OLD.deleted_at IS NULL
      BEGIN ${leave('OLD')} END;
    CREATE TRIGGER agreement_countries_party_update_out AFTER UPDATE OF organisation_id, agreement_id, deleted_at ON agreement_parties
      WHEN OLD.deleted_at IS NULL
      BEGIN ${leave('OLD')} END;
    CREATE TRIGGER agreement_countries_party_update_in AFTER UPDATE OF organisation_id, agreement_id, deleted_at ON agreement_parties
      WHEN NEW.deleted_at IS NULL
      BEGIN ${join('NEW')} END;

    -- An organisation that moves country moves every agreement it is a live party to.
    CREATE TRIGGER agreement_countries_organisation_moves AFTER UPDATE OF country ON organisations WHEN OLD.country IS NOT NEW.country
      BEGIN
        UPDATE agreement_countries SET parties = parties - (
            SELECT count(*) FROM agreement_parties ap
             WHERE ap.organisation_id = NEW.id AND ap.agreement_id = agreement_countries.agreement_id AND ap.deleted_at IS NULL)
          WHERE country = OLD.country
            AND agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organisation_id = NEW.id AND deleted_at IS NULL);
        DELETE FROM agreement_countries
          WHERE country = OLD.country AND parties <= 0
            AND agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organisation_id = NEW.id AND deleted_at IS NULL);
        INSERT INTO agreement_countries (country, agreement_id, parties)
          SELECT NEW.country, agreement_id, count(*) FROM agreement_parties
           WHERE organisation_id = NEW.id AND deleted_at IS NULL AND NEW.country <> ''
           GROUP BY agreement_id
          ON CONFLICT DO UPDATE SET parties = parties + excluded.parties;
      END;

    -- The tally counts live agreements: a country row counts while its agreement is not removed.
    CREATE TRIGGER agreement_country_tally_insert AFTER INSERT ON agreement_countries
      WHEN (SELECT deleted_at FROM agreements WHERE id = NEW.agreement_id) IS NULL
      BEGIN
        INSERT INTO agreement_country_tally (country, n) VALUES (NEW.country, 1) ON CONFLICT DO UPDATE SET n = n + 1;
      END;
    CREATE TRIGGER agreement_country_tally_delete AFTER DELETE ON agreement_countries
      WHEN (SELECT deleted_at FROM agreements WHERE id = OLD.agreement_id) IS NULL
      BEGIN
        UPDATE agreement_country_tally SET n = n - 1 WHERE country = OLD.country;
      END;
    CREATE TRIGGER agreement_country_tally_removed AFTER UPDATE OF deleted_at ON agreements
      WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL
      BEGIN
        UPDATE agreement_country_tally SET n = n - 1
          WHERE country IN (SELECT country FROM agreement_countries WHERE agreement_id = NEW.id);
      END;
    CREATE TRIGGER agreement_country_tally_restored AFTER UPDATE OF deleted_at ON agreements
      WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL
      BEGIN
        INSERT INTO agreement_country_tally (country, n)
          SELECT country, 1 FROM agreement_countries WHERE agreement_id = NEW.id
          ON CONFLICT DO UPDATE SET n = n + 1;
      END;

    INSERT INTO agreement_countries (country, agreement_id, parties)
      SELECT o.country, ap.agreement_id, count(*) FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
       WHERE ap.deleted_at IS NULL AND o.country <> ''
       GROUP BY o.country, ap.agreement_id;
    -- The insert trigger counted each live agreement's countries as they went in.

    CREATE INDEX agreements_renewal_notice_on ON agreements(${RENEWAL_NOTICE_ON})
      WHERE deleted_at IS NULL AND status = 'active' AND (renewal_notice_days IS NOT NULL OR renewal_notice_months IS NOT NULL);
  `);
}
