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

/** Where a list of children is saved: its owner's row, the write's stamp, and how new rows get their ids. */
type Owner = { db: Db; ownerId: string; stamp: RowStamp; newId: () => string };

/**
 * How one kind of child is written. Kept at module level, not made per save: the build keeps
 * function names (`keepNames`), which wraps every named closure as it is made, and making these
 * for each party and signatory of a 100,000-agreement seed cost ~0.8 s.
 */
type ChildOps<T> = {
  insert(owner: Owner, id: string, row: T, position: number): void;
  update(owner: Owner, id: string, row: T, position: number): void;
  remove(owner: Owner, id: string): void;
};

function sync<T>(existingIds: readonly string[], incoming: ReadonlyArray<Synced<T>>, owner: Owner, ops: ChildOps<T>): string[] {
  const kept = new Set<string>();
  const ids: string[] = [];
  for (let position = 0; position < incoming.length; position += 1) {
    const row = incoming[position];
    if (row.id && existingIds.includes(row.id) && !kept.has(row.id)) {
      kept.add(row.id);
      ops.update(owner, row.id, row, position);
      ids.push(row.id);
    } else {
      const id = owner.newId();
      ops.insert(owner, id, row, position);
      ids.push(id);
    }
  }
  for (const id of existingIds) if (!kept.has(id)) ops.remove(owner, id);
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

type PartyValues = AgreementValues['parties'][number];
type SignatoryValues = PartyValues['signatories'][number];
type ItemValues = AgreementValues['items'][number];
type ContributionValues = AgreementValues['contributions'][number];

const PARTY_OPS: ChildOps<PartyValues> = {
  insert({ db, ownerId, stamp, newId }, id, party, position) {
    statement(
      db,
      `INSERT INTO agreement_parties (id, agreement_id, organisation_id, role, position, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, ownerId, party.organisationId, party.role, position, stamp.at, stamp.at, stamp.by);
    saveSignatories(db, id, party.signatories, stamp, newId, true);
  },
  update({ db, stamp, newId }, id, party, position) {
    statement(
      db,
      `UPDATE agreement_parties SET organisation_id = @organisationId, role = @role, position = @position, updated_at = @at, updated_by = @by
        WHERE id = @id AND (organisation_id IS NOT @organisationId OR role IS NOT @role OR position IS NOT @position)`,
    ).run({ organisationId: party.organisationId, role: party.role, position, at: stamp.at, by: stamp.by, id });
    saveSignatories(db, id, party.signatories, stamp, newId, false);
  },
  remove({ db, stamp, newId }, id) {
    saveSignatories(db, id, [], stamp, newId, false);
    tombstone(db, 'agreement_parties', id, stamp);
  },
};

export function saveParties(
  db: Db,
  agreementId: string,
  parties: AgreementValues['parties'],
  stamp: RowStamp,
  newId: () => string,
  fresh = false,
): void {
  const existing = liveIds(db, 'agreement_parties', 'agreement_id', agreementId, fresh);
  sync(existing, parties, { db, ownerId: agreementId, stamp, newId }, PARTY_OPS);
}

const SIGNATORY_OPS: ChildOps<SignatoryValues> = {
  insert({ db, ownerId, stamp }, id, signatory, position) {
    statement(
      db,
      `INSERT INTO party_signatories (id, party_id, person_id, capacity, position, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, ownerId, signatory.personId, signatory.capacity, position, stamp.at, stamp.at, stamp.by);
  },
  update({ db, stamp }, id, signatory, position) {
    statement(
      db,
      `UPDATE party_signatories SET person_id = @personId, capacity = @capacity, position = @position, updated_at = @at, updated_by = @by
        WHERE id = @id AND (person_id IS NOT @personId OR capacity IS NOT @capacity OR position IS NOT @position)`,
    ).run({ personId: signatory.personId, capacity: signatory.capacity, position, at: stamp.at, by: stamp.by, id });
  },
  remove({ db, stamp }, id) {
    tombstone(db, 'party_signatories', id, stamp);
  },
};

function saveSignatories(db: Db, partyId: string, signatories: PartyValues['signatories'], stamp: RowStamp, newId: () => string, fresh: boolean): void {
  const existing = liveIds(db, 'party_signatories', 'party_id', partyId, fresh);
  sync(existing, signatories, { db, ownerId: partyId, stamp, newId }, SIGNATORY_OPS);
}

function itemParams(item: ItemValues, position: number) {
  return [item.description, item.responsibleOrganisationId, item.dueOn, item.recurrence, item.status, position] as const;
}

const ITEM_OPS: ChildOps<ItemValues> = {
  insert({ db, ownerId, stamp }, id, item, position) {
    statement(
      db,
      `INSERT INTO cooperation_items (description, responsible_organisation_id, due_on, recurrence, status, position,
         id, agreement_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...itemParams(item, position), id, ownerId, stamp.at, stamp.at, stamp.by);
  },
  update({ db, stamp }, id, item, position) {
    const [description, responsible, dueOn, recurrence, status] = itemParams(item, position);
    statement(
      db,
      `UPDATE cooperation_items SET description = @description, responsible_organisation_id = @responsible, due_on = @dueOn,
         recurrence = @recurrence, status = @status, position = @position, updated_at = @at, updated_by = @by
        WHERE id = @id AND (description IS NOT @description OR responsible_organisation_id IS NOT @responsible
          OR due_on IS NOT @dueOn OR recurrence IS NOT @recurrence OR status IS NOT @status OR position IS NOT @position)`,
    ).run({ description, responsible, dueOn, recurrence, status, position, at: stamp.at, by: stamp.by, id });
  },
  remove({ db, stamp }, id) {
    tombstone(db, 'cooperation_items', id, stamp);
  },
};

export function saveItems(db: Db, agreementId: string, items: AgreementValues['items'], stamp: RowStamp, newId: () => string, fresh = false): void {
  const existing = liveIds(db, 'cooperation_items', 'agreement_id', agreementId, fresh);
  sync(existing, items, { db, ownerId: agreementId, stamp, newId }, ITEM_OPS);
}

function contributionParams(c: ContributionValues, position: number) {
  return [
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
  ] as const;
}

const CONTRIBUTION_OPS: ChildOps<ContributionValues> = {
  insert({ db, ownerId, stamp }, id, c, position) {
    statement(
      db,
      `INSERT INTO contributions (organisation_id, kind, description, amount_minor, currency, quantity, unit, starts_on,
         ends_on, position, id, agreement_id, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...contributionParams(c, position), id, ownerId, stamp.at, stamp.at, stamp.by);
  },
  update({ db, stamp }, id, c, position) {
    const [organisationId, kind, description, amountMinor, currency, quantity, unit, startsOn, endsOn] = contributionParams(c, position);
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
  remove({ db, stamp }, id) {
    tombstone(db, 'contributions', id, stamp);
  },
};

export function saveContributions(
  db: Db,
  agreementId: string,
  contributions: AgreementValues['contributions'],
  stamp: RowStamp,
  newId: () => string,
  fresh = false,
): void {
  const existing = liveIds(db, 'contributions', 'agreement_id', agreementId, fresh);
  sync(existing, contributions, { db, ownerId: agreementId, stamp, newId }, CONTRIBUTION_OPS);
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
