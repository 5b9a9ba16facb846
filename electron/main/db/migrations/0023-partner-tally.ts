import type { Db } from '../connection';

/**
 * How many live agreements each organisation is a live party to, by the agreement's status (issue
 * 13). The office's own university is a party to nearly every agreement: at 100,000 agreements,
 * counting its agreements read 100,000 party rows and as many agreements (60–200 ms), on its
 * organisation page at every change to any agreement and on the list filtered by it. Triggers on
 * parties and agreements keep the count, so every writer keeps it, and the list (the kit's
 * `tally`) and the partner page read one row per status.
 *
 * An organisation with two party rows in one agreement counts it once: a row counts only when it
 * is its organisation's only live row there (checked through agreement_parties_organisation_live).
 * A removed agreement leaves its organisations' counts and a restored one comes back; a change of
 * status moves it from one count to the other.
 */
export function up(db: Db): void {
  // Whether `row` is its organisation's only live party row in its agreement (other than itself).
  const alone = (row: 'NEW' | 'OLD') =>
    `NOT EXISTS (SELECT 1 FROM agreement_parties x
        WHERE x.organisation_id = ${row}.organisation_id AND x.agreement_id = ${row}.agreement_id AND x.deleted_at IS NULL AND x.id <> ${row}.id)`;
  const join = (row: 'NEW') =>
    `INSERT INTO agreement_partner_tally (organisation_id, status, n)
          SELECT ${row}.organisation_id, a.status, 1 FROM agreements a WHERE a.id = ${row}.agreement_id AND a.deleted_at IS NULL AND ${alone(row)}
          ON CONFLICT DO UPDATE SET n = n + 1;`;
  const leave = (row: 'OLD') =>
    `UPDATE agreement_partner_tally SET n = n - 1
          WHERE organisation_id = ${row}.organisation_id
            AND status = (SELECT a.status FROM agreements a WHERE a.id = ${row}.agreement_id AND a.deleted_at IS NULL) AND ${alone(row)};`;
  db.exec(`
    CREATE TABLE agreement_partner_tally (
      organisation_id TEXT NOT NULL,
      status TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (organisation_id, status)
    ) WITHOUT ROWID;

    INSERT INTO agreement_partner_tally (organisation_id, status, n)
      SELECT ap.organisation_id, a.status, count(DISTINCT a.id) FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
       WHERE ap.deleted_at IS NULL AND a.deleted_at IS NULL
       GROUP BY ap.organisation_id, a.status;

    -- A party row brings its agreement into its organisation's count, or takes it out.
    CREATE TRIGGER agreement_partner_tally_party_insert AFTER INSERT ON agreement_parties WHEN NEW.deleted_at IS NULL
      BEGIN ${join('NEW')} END;
    CREATE TRIGGER agreement_partner_tally_party_delete AFTER DELETE ON agreement_parties WHEN OLD.deleted_at IS NULL
      BEGIN ${leave('OLD')} END;
    CREATE TRIGGER agreement_partner_tally_party_update_out AFTER UPDATE OF organisation_id, agreement_id, deleted_at ON agreement_parties
      WHEN OLD.deleted_at IS NULL
      BEGIN ${leave('OLD')} END;
    CREATE TRIGGER agreement_partner_tally_party_update_in AFTER UPDATE OF organisation_id, agreement_id, deleted_at ON agreement_parties
      WHEN NEW.deleted_at IS NULL
      BEGIN ${join('NEW')} END;

    -- An agreement that changes status, or is removed or restored, moves every organisation it has.
    CREATE TRIGGER agreement_partner_tally_agreement_out AFTER UPDATE OF status, deleted_at ON agreements
      WHEN OLD.deleted_at IS NULL AND (NEW.deleted_at IS NOT NULL OR NEW.status IS NOT OLD.status)
      BEGIN
        UPDATE agreement_partner_tally SET n = n - 1
          WHERE status = OLD.status
            AND organisation_id IN (SELECT organisation_id FROM agreement_parties WHERE agreement_id = NEW.id AND deleted_at IS NULL);
      END;
    CREATE TRIGGER agreement_partner_tally_agreement_in AFTER UPDATE OF status, deleted_at ON agreements
      WHEN NEW.deleted_at IS NULL AND (OLD.deleted_at IS NOT NULL OR NEW.status IS NOT OLD.status)
      BEGIN
        INSERT INTO agreement_partner_tally (organisation_id, status, n)
          SELECT DISTINCT organisation_id, NEW.status, 1 FROM agreement_parties WHERE agreement_id = NEW.id AND deleted_at IS NULL
          ON CONFLICT DO UPDATE SET n = n + 1;
      END;
  `);
}
