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

/**
 * Where a list of children is saved: its owner (the agreement's text id for items and
 * contributions; the agreement's or the party's integer key for parties and signatories, migration
 * 25), the write's stamp, and how new rows get their ids.
 */
type Owner<K> = { db: Db; owner: K; stamp: RowStamp; newId: () => string };

/**
 * How one kind of child is written. Kept at module level, not made per save: the build keeps
 * function names (`keepNames`), which wraps every named closure as it is made, and making these
 * for each party and signatory of a 100,000-agreement seed cost ~0.8 s.
 */
type ChildOps<T, K> = {
  insert(owner: Owner<K>, id: string, row: T, position: number): void;
  update(owner: Owner<K>, id: string, row: T, position: number): void;
  remove(owner: Owner<K>, id: string): void;
};

function sync<T, K>(existingIds: readonly string[], incoming: ReadonlyArray<Synced<T>>, owner: Owner<K>, ops: ChildOps<T, K>): string[] {
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

function liveIds(db: Db, table: string, column: string, owner: string | number, fresh: boolean): string[] {
  if (fresh) return [];
  return (
    statement(db, `SELECT id FROM ${table} WHERE ${column} = ? AND deleted_at IS NULL`).all(owner) as Array<{ id: string }>
  ).map((row) => row.id);
}

/** A party's integer key, which its signatories name it by. */
function partyKey(db: Db, partyId: string): number {
  return (statement(db, 'SELECT row_key FROM agreement_parties WHERE id = ?').get(partyId) as { row_key: number }).row_key;
}

/** The integer key an agreement's parties name it by (migration 25); a missing agreement is a mistake in the caller. */
function agreementKey(db: Db, agreementId: string): number {
  const found = statement(db, 'SELECT row_key FROM agreements WHERE id = ?').get(agreementId) as { row_key: number } | undefined;
  if (!found) throw new Error(`agreements: no row ${agreementId}`);
  return found.row_key;
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

// A party names its organisation, and a signatory its person, by key: an id that names no record
// leaves the key NULL, which the column refuses.
const ORGANISATION_KEY = '(SELECT row_key FROM organisations WHERE id = ?)';
const PERSON_KEY = '(SELECT row_key FROM people WHERE id = ?)';

const PARTY_OPS: ChildOps<PartyValues, number> = {
  insert({ db, owner, stamp, newId }, id, party, position) {
    const { lastInsertRowid } = statement(
      db,
      `INSERT INTO agreement_parties (id, agreement_key, organisation_key, role, position, created_at, updated_at, updated_by)
       VALUES (?, ?, ${ORGANISATION_KEY}, ?, ?, ?, ?, ?)`,
    ).run(id, owner, party.organisationId, party.role, position, stamp.at, stamp.at, stamp.by);
    saveSignatories(db, Number(lastInsertRowid), party.signatories, stamp, newId, true);
  },
  update({ db, stamp, newId }, id, party, position) {
    statement(
      db,
      `UPDATE agreement_parties SET organisation_key = k.organisation_key, role = @role, position = @position, updated_at = @at, updated_by = @by
         FROM (SELECT ${ORGANISATION_KEY.replace('?', '@organisationId')} AS organisation_key) k
        WHERE id = @id AND (agreement_parties.organisation_key IS NOT k.organisation_key OR role IS NOT @role OR position IS NOT @position)`,
    ).run({ organisationId: party.organisationId, role: party.role, position, at: stamp.at, by: stamp.by, id });
    saveSignatories(db, partyKey(db, id), party.signatories, stamp, newId, false);
  },
  remove({ db, stamp, newId }, id) {
    saveSignatories(db, partyKey(db, id), [], stamp, newId, false);
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
  const key = agreementKey(db, agreementId);
  const existing = liveIds(db, 'agreement_parties', 'agreement_key', key, fresh);
  sync(existing, parties, { db, owner: key, stamp, newId }, PARTY_OPS);
}

const SIGNATORY_OPS: ChildOps<SignatoryValues, number> = {
  insert({ db, owner, stamp }, id, signatory, position) {
    statement(
      db,
      `INSERT INTO party_signatories (id, party_key, person_key, capacity, position, created_at, updated_at, updated_by)
       VALUES (?, ?, ${PERSON_KEY}, ?, ?, ?, ?, ?)`,
    ).run(id, owner, signatory.personId, signatory.capacity, position, stamp.at, stamp.at, stamp.by);
  },
  update({ db, stamp }, id, signatory, position) {
    statement(
      db,
      `UPDATE party_signatories SET person_key = k.person_key, capacity = @capacity, position = @position, updated_at = @at, updated_by = @by
         FROM (SELECT ${PERSON_KEY.replace('?', '@personId')} AS person_key) k
        WHERE id = @id AND (party_signatories.person_key IS NOT k.person_key OR capacity IS NOT @capacity OR position IS NOT @position)`,
    ).run({ personId: signatory.personId, capacity: signatory.capacity, position, at: stamp.at, by: stamp.by, id });
  },
  remove({ db, stamp }, id) {
    tombstone(db, 'party_signatories', id, stamp);
  },
};

function saveSignatories(db: Db, partyKey: number, signatories: PartyValues['signatories'], stamp: RowStamp, newId: () => string, fresh: boolean): void {
  const existing = liveIds(db, 'party_signatories', 'party_key', partyKey, fresh);
  sync(existing, signatories, { db, owner: partyKey, stamp, newId }, SIGNATORY_OPS);
}

function itemParams(item: ItemValues, position: number) {
  return [item.description, item.responsibleOrganisationId, item.dueOn, item.recurrence, item.status, position] as const;
}

const ITEM_OPS: ChildOps<ItemValues, string> = {
  insert({ db, owner, stamp }, id, item, position) {
    statement(
      db,
      `INSERT INTO cooperation_items (description, responsible_organisation_id, due_on, recurrence, status, position,
         id, agreement_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...itemParams(item, position), id, owner, stamp.at, stamp.at, stamp.by);
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
  sync(existing, items, { db, owner: agreementId, stamp, newId }, ITEM_OPS);
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

const CONTRIBUTION_OPS: ChildOps<ContributionValues, string> = {
  insert({ db, owner, stamp }, id, c, position) {
    statement(
      db,
      `INSERT INTO contributions (organisation_id, kind, description, amount_minor, currency, quantity, unit, starts_on,
         ends_on, position, id, agreement_id, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...contributionParams(c, position), id, owner, stamp.at, stamp.at, stamp.by);
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
  sync(existing, contributions, { db, owner: agreementId, stamp, newId }, CONTRIBUTION_OPS);
}

export function loadParties(db: Db, agreementId: string): Party[] {
  const parties = statement(
    db,
    `SELECT ap.id, o.id AS organisation_id, ap.role, o.name, o.alt_names, o.country
       FROM agreement_parties ap JOIN organisations o ON o.row_key = ap.organisation_key
      WHERE ap.agreement_key = (SELECT row_key FROM agreements WHERE id = ?) AND ap.deleted_at IS NULL ORDER BY ap.position`,
  ).all(agreementId) as Array<{ id: string; organisation_id: string; role: string; name: string; alt_names: string; country: string }>;
  const signatories = statement(
    db,
    `SELECT s.id, ap.id AS party_id, p.id AS person_id, s.capacity, p.name
       FROM party_signatories s JOIN agreement_parties ap ON ap.row_key = s.party_key JOIN people p ON p.row_key = s.person_key
      WHERE ap.agreement_key = (SELECT row_key FROM agreements WHERE id = ?) AND s.deleted_at IS NULL ORDER BY s.position`,
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
    ? statement(
        db,
        `SELECT DISTINCT a.id FROM agreement_parties ap JOIN agreements a ON a.row_key = ap.agreement_key
          WHERE ap.organisation_key = ${ORGANISATION_KEY} AND ap.deleted_at IS NULL`,
      ).all(what.organisationId)
    : statement(
        db,
        `SELECT DISTINCT a.id FROM party_signatories s JOIN agreement_parties ap ON ap.row_key = s.party_key
           JOIN agreements a ON a.row_key = ap.agreement_key
          WHERE s.person_key = ${PERSON_KEY} AND s.deleted_at IS NULL`,
      ).all(what.personId);
  return (rows as Array<{ id: string }>).map((row) => row.id);
}
