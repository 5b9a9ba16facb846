import type {
  AgreementValues,
  Contribution,
  CooperationItem,
  Party,
} from '../../../../shared/models/agreement';
import { statement, type Db } from '../connection';
import type { RowStamp } from '../record-table';

/**
 * The children of an agreement: parties with their signatories, cooperation items, contributions.
 * Saving a new list keeps rows whose id comes back, inserts new ones and tombstones the rest, so
 * history (and later sync) sees what was removed instead of losing it. A kept row is written only
 * when something in it changed: an unchanged party rewritten fired the country triggers and took a
 * new `updated_at` on every edit of its agreement. An owner made in this same
 * write (`fresh`) has no children yet, so they are not looked for: a query per party, item list and
 * contribution list was a fifth of saving a 10,000-row import.
 */

type Synced<T> = T & { id?: string };

function sync<T>(
  existingIds: readonly string[],
  incoming: ReadonlyArray<Synced<T>>,
  newId: () => string,
  ops: {
    insert: (id: string, row: T, position: number) => void;
    update: (id: string, row: T, position: number) => void;
    remove: (id: string) => void;
  },
): string[] {
  const kept = new Set<string>();
  const ids = incoming.map((row, position) => {
    if (row.id && existingIds.includes(row.id) && !kept.has(row.id)) {
      kept.add(row.id);
      ops.update(row.id, row, position);
      return row.id;
    }
    const id = newId();
    ops.insert(id, row, position);
    return id;
  });
  existingIds.filter((id) => !kept.has(id)).forEach(ops.remove);
  return ids;
}

function liveIds(db: Db, table: string, column: string, ownerId: string, fresh: boolean): string[] {
  if (fresh) return [];
  return (
    statement(db, `SELECT id FROM ${table} WHERE ${column} = ? AND deleted_at IS NULL`).all(ownerId) as Array<{ id: string }>
  ).map((row) => row.id);
}

function tombstone(db: Db, table: string, id: string, stamp: RowStamp): void {
  statement(db, `UPDATE ${table} SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(
    stamp.at,
    stamp.at,
    stamp.by,
    id,
  );
}

export function saveParties(
  db: Db,
  agreementId: string,
  parties: AgreementValues['parties'],
  stamp: RowStamp,
  newId: () => string,
  fresh = false,
): void {
  const existing = liveIds(db, 'agreement_parties', 'agreement_id', agreementId, fresh);
  sync(existing, parties, newId, {
    insert: (id, party, position) => {
      statement(
        db,
        `INSERT INTO agreement_parties (id, agreement_id, organisation_id, role, position, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, agreementId, party.organisationId, party.role, position, stamp.at, stamp.at, stamp.by);
      saveSignatories(db, id, party.signatories, stamp, newId, true);
    },
    update: (id, party, position) => {
      statement(
        db,
        `UPDATE agreement_parties SET organisation_id = @organisationId, role = @role, position = @position, updated_at = @at, updated_by = @by
          WHERE id = @id AND (organisation_id IS NOT @organisationId OR role IS NOT @role OR position IS NOT @position)`,
      ).run({ organisationId: party.organisationId, role: party.role, position, at: stamp.at, by: stamp.by, id });
      saveSignatories(db, id, party.signatories, stamp, newId, false);
    },
    remove: (id) => {
      saveSignatories(db, id, [], stamp, newId, false);
      tombstone(db, 'agreement_parties', id, stamp);
    },
  });
}

function saveSignatories(
  db: Db,
  partyId: string,
  signatories: AgreementValues['parties'][number]['signatories'],
  stamp: RowStamp,
  newId: () => string,
  fresh: boolean,
): void {
  const existing = liveIds(db, 'party_signatories', 'party_id', partyId, fresh);
  sync(existing, signatories, newId, {
    insert: (id, signatory, position) =>
      statement(
        db,
        `INSERT INTO party_signatories (id, party_id, person_id, capacity, position, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, partyId, signatory.personId, signatory.capacity, position, stamp.at, stamp.at, stamp.by),
    update: (id, signatory, position) =>
      statement(
        db,
        `UPDATE party_signatories SET person_id = @personId, capacity = @capacity, position = @position, updated_at = @at, updated_by = @by
          WHERE id = @id AND (person_id IS NOT @personId OR capacity IS NOT @capacity OR position IS NOT @position)`,
      ).run({ personId: signatory.personId, capacity: signatory.capacity, position, at: stamp.at, by: stamp.by, id }),
    remove: (id) => tombstone(db, 'party_signatories', id, stamp),
  });
}

export function saveItems(db: Db, agreementId: string, items: AgreementValues['items'], stamp: RowStamp, newId: () => string, fresh = false): void {
  const existing = liveIds(db, 'cooperation_items', 'agreement_id', agreementId, fresh);
  const params = (item: AgreementValues['items'][number], position: number) => [
    item.description,
    item.responsibleOrganisationId,
    item.dueOn,
    item.recurrence,
    item.status,
    position,
  ];
  sync(existing, items, newId, {
    insert: (id, item, position) =>
      statement(
        db,
        `INSERT INTO cooperation_items (description, responsible_organisation_id, due_on, recurrence, status, position,
           id, agreement_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...params(item, position), id, agreementId, stamp.at, stamp.at, stamp.by),
    update: (id, item, position) => {
      const [description, responsible, dueOn, recurrence, status] = params(item, position);
      statement(
        db,
        `UPDATE cooperation_items SET description = @description, responsible_organisation_id = @responsible, due_on = @dueOn,
           recurrence = @recurrence, status = @status, position = @position, updated_at = @at, updated_by = @by
          WHERE id = @id AND (description IS NOT @description OR responsible_organisation_id IS NOT @responsible
            OR due_on IS NOT @dueOn OR recurrence IS NOT @recurrence OR status IS NOT @status OR position IS NOT @position)`,
      ).run({ description, responsible, dueOn, recurrence, status, position, at: stamp.at, by: stamp.by, id });
    },
    remove: (id) => tombstone(db, 'cooperation_items', id, stamp),
  });
}

export function saveContributions(
  db: Db,
  agreementId: string,
  contributions: AgreementValues['contributions'],
  stamp: RowStamp,
  newId: () => string,
  fresh = false,
): void {
  const existing = liveIds(db, 'contributions', 'agreement_id', agreementId, fresh);
  const params = (c: AgreementValues['contributions'][number], position: number) => [
    c.organisationId,
    c.kind,
    c.description,
    c.kind === 'money' ? c.amountMinor : null,
    c.kind === 'money' ? c.currency : null,
    c.quantity,
    c.unit,
    c.startsOn,
    c.endsOn,
    position,
  ];
  sync(existing, contributions, newId, {
    insert: (id, c, position) =>
      statement(
        db,
        `INSERT INTO contributions (organisation_id, kind, description, amount_minor, currency, quantity, unit, starts_on,
           ends_on, position, id, agreement_id, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...params(c, position), id, agreementId, stamp.at, stamp.at, stamp.by),
    update: (id, c, position) => {
      const [organisationId, kind, description, amountMinor, currency, quantity, unit, startsOn, endsOn] = params(c, position);
      statement(
        db,
        `UPDATE contributions SET organisation_id = @organisationId, kind = @kind, description = @description, amount_minor = @amountMinor,
           currency = @currency, quantity = @quantity, unit = @unit, starts_on = @startsOn, ends_on = @endsOn, position = @position,
           updated_at = @at, updated_by = @by
          WHERE id = @id AND (organisation_id IS NOT @organisationId OR kind IS NOT @kind OR description IS NOT @description
            OR amount_minor IS NOT @amountMinor OR currency IS NOT @currency OR quantity IS NOT @quantity OR unit IS NOT @unit
            OR starts_on IS NOT @startsOn OR ends_on IS NOT @endsOn OR position IS NOT @position)`,
      ).run({ organisationId, kind, description, amountMinor, currency, quantity, unit, startsOn, endsOn, position, at: stamp.at, by: stamp.by, id });
    },
    remove: (id) => tombstone(db, 'contributions', id, stamp),
  });
}

export function loadParties(db: Db, agreementId: string): Party[] {
  const parties = statement(
    db,
    `SELECT ap.id, ap.organisation_id, ap.role, o.name, o.alt_names, o.country
       FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
      WHERE ap.agreement_id = ? AND ap.deleted_at IS NULL ORDER BY ap.position`,
  ).all(agreementId) as Array<{ id: string; organisation_id: string; role: string; name: string; alt_names: string; country: string }>;
  const signatories = statement(
    db,
    `SELECT s.id, s.party_id, s.person_id, s.capacity, p.name
       FROM party_signatories s JOIN agreement_parties ap ON ap.id = s.party_id JOIN people p ON p.id = s.person_id
      WHERE ap.agreement_id = ? AND s.deleted_at IS NULL ORDER BY s.position`,
  ).all(agreementId) as Array<{ id: string; party_id: string; person_id: string; capacity: string; name: string }>;
  return parties.map((party) => ({
    id: party.id,
    organisationId: party.organisation_id,
    organisationName: party.name,
    altNames: JSON.parse(party.alt_names),
    country: party.country,
    role: party.role,
    signatories: signatories
      .filter((s) => s.party_id === party.id)
      .map((s) => ({ id: s.id, personId: s.person_id, name: s.name, capacity: s.capacity })),
  }));
}

export function loadItems(db: Db, agreementId: string): CooperationItem[] {
  const rows = statement(
    db,
    `SELECT id, description, responsible_organisation_id, due_on, recurrence, status FROM cooperation_items
      WHERE agreement_id = ? AND deleted_at IS NULL ORDER BY position`,
  ).all(agreementId) as Array<{
    id: string;
    description: string;
    responsible_organisation_id: string | null;
    due_on: string | null;
    recurrence: CooperationItem['recurrence'];
    status: CooperationItem['status'];
  }>;
  return rows.map((row) => ({
    id: row.id,
    description: row.description,
    responsibleOrganisationId: row.responsible_organisation_id,
    dueOn: row.due_on,
    recurrence: row.recurrence,
    status: row.status,
  }));
}

export function loadContributions(db: Db, agreementId: string): Contribution[] {
  const rows = statement(
    db,
    `SELECT id, organisation_id, kind, description, amount_minor, currency, quantity, unit, starts_on, ends_on
       FROM contributions WHERE agreement_id = ? AND deleted_at IS NULL ORDER BY position`,
  ).all(agreementId) as Array<{
    id: string;
    organisation_id: string;
    kind: Contribution['kind'];
    description: string;
    amount_minor: number | null;
    currency: string | null;
    quantity: number | null;
    unit: string;
    starts_on: string | null;
    ends_on: string | null;
  }>;
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind,
    description: row.description,
    amountMinor: row.amount_minor,
    currency: row.currency,
    quantity: row.quantity,
    unit: row.unit,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  }));
}

/** Agreements that name the organisation or the person, whose index text must follow a rename. */
export function agreementIdsMentioning(db: Db, what: { organisationId?: string; personId?: string }): string[] {
  const rows = what.organisationId
    ? statement(db, 'SELECT DISTINCT agreement_id AS id FROM agreement_parties WHERE organisation_id = ? AND deleted_at IS NULL').all(
        what.organisationId,
      )
    : statement(
        db,
        `SELECT DISTINCT ap.agreement_id AS id FROM party_signatories s JOIN agreement_parties ap ON ap.id = s.party_id
          WHERE s.person_id = ? AND s.deleted_at IS NULL`,
      ).all(what.personId);
  return (rows as Array<{ id: string }>).map((row) => row.id);
}
