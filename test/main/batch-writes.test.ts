import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { DocumentStore } from '../../electron/main/files/document-store';
import { createAgreements } from '../../electron/main/services/agreement-service';
import { createPeople } from '../../electron/main/records/people';
import { AppError } from '../../shared/errors';
import { AgreementInput } from '../../shared/models/agreement';
import { PersonInput } from '../../shared/models/person';
import type { ServiceContext } from '../../electron/main/services/service-context';
import { makeParties, openTestCore, type TestCore } from './fixtures';

/** A second connection to the test register, as the import writes through: the services' batch path runs on it. */
function batchContext(t: TestCore): ServiceContext & { close(): void } {
  const db = openDatabase(t.dbFile);
  return { db, actor: 'loader', now: () => new Date(), onChange: () => undefined, files: new DocumentStore(t.dataDir), deviceId: 'test', close: () => db.close() };
}

async function partiesOf(t: TestCore) {
  const { kaist, city, president, mayor } = await makeParties(t);
  return (title: string) =>
    AgreementInput.parse({
      kind: 'mou',
      title,
      signedOn: '2024-05-01',
      duration: '3 years',
      parties: [
        { organisationId: kaist.id, signatories: [{ personId: president.id }] },
        { organisationId: city.id, signatories: [{ personId: mayor.id }] },
      ],
    });
}

describe('the batch write path', () => {
  it('creates every row by the single-create rules, with one audit entry naming every row that each record’s history finds', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    const before = (await t.call('audit:list', { limit: 1 })).total;
    const ctx = batchContext(t);
    const made = createAgreements(ctx, [10, 11, 12].map((row) => ({ row, values: values(`Batch ${row}`) })), { source: 'test' });
    ctx.close();

    expect(made).toHaveLength(3);
    const listed = await t.call('agreements:list', { sort: 'referenceNo', dir: 'asc', limit: 10 });
    expect(listed.rows.map((r) => [r.title, r.referenceNo])).toEqual([
      ['Batch 10', 'MOU-2024-001'],
      ['Batch 11', 'MOU-2024-002'],
      ['Batch 12', 'MOU-2024-003'],
    ]);
    // Children and search come with each row, as with a single create.
    expect((await t.call('agreements:get', { id: made[1].id })).parties).toHaveLength(2);
    expect((await t.call('agreements:list', { search: 'Seongnam', limit: 10 })).total).toBe(3);

    const log = await t.call('audit:list', { limit: 10 });
    expect(log.total).toBe(before + 1);
    expect(log.rows[0]).toMatchObject({ action: 'create', entity: 'agreement', actor: 'loader' });
    expect(log.rows[0].after).toMatchObject({ batch: 'test', count: 3, rows: made.map((m, i) => ({ row: 10 + i, id: m.id })) });

    const trail = await t.call('audit:list', { entityId: made[2].id });
    expect(trail.total).toBe(1);
    expect(trail.rows[0]).toMatchObject({ action: 'create', entityId: made[2].id, after: { rows: [{ row: 12, id: made[2].id }] } });
  });

  it('refuses the whole batch when one row breaks a rule, naming that row and why', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    const before = (await t.call('audit:list', { limit: 1 })).total;
    const good = values('Bad');
    const bad = { ...good, parties: [good.parties[0], { ...good.parties[1], signatories: [{ personId: '0190a0b0-0000-7000-8000-00000000dead', capacity: '' }] }] };
    const ctx = batchContext(t);
    let refused: unknown;
    try {
      createAgreements(ctx, [{ row: 4, values: values('Good') }, { row: 7, values: AgreementInput.parse(bad) }, { row: 9, values: values('Never reached') }], { source: 'test' });
    } catch (error) {
      refused = error;
    }
    ctx.close();
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'VALIDATION', key: 'batch.rowFailed', params: { row: 7 } });
    expect((refused as Error).message).toMatch(/^Row 7 could not be saved: .+ Nothing in the batch was saved\.$/);
    expect((await t.call('agreements:list', { limit: 10 })).total).toBe(0);
    expect((await t.call('audit:list', { limit: 1 })).total).toBe(before);
  });

  it('writes people with their affiliation, as a single create does', async () => {
    const t = openTestCore();
    const { kaist } = await makeParties(t);
    const ctx = batchContext(t);
    const [made] = createPeople(ctx, [{ row: 1, values: PersonInput.parse({ name: 'Kim Min-jun', organisationId: kaist.id, title: 'Dean' }) }], { source: 'test' });
    ctx.close();
    const person = await t.call('people:get', { id: made.id });
    expect(person.affiliations).toMatchObject([{ organisationId: kaist.id, title: 'Dean', endedOn: null }]);
    expect((await t.call('people:list', { search: 'Min-jun', limit: 5 })).total).toBe(1);
  });
});

describe('the lean audit', () => {
  it('keeps only the changed fields of an edit, and the history still reads what each was and became', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    const created = await t.call('agreements:create', values('Before'));
    const createdEntry = (await t.call('audit:list', { entityId: created.id })).rows[0];
    // A create holds the values given, not the page's worked-out views of other records.
    expect(Object.keys(createdEntry.after as object)).toEqual(expect.arrayContaining(['title', 'parties', 'referenceNo']));
    expect(createdEntry.after).not.toHaveProperty('ancestors');
    expect(createdEntry.after).not.toHaveProperty('updatedAt');

    const updated = await t.call('agreements:update', { id: created.id, expectedUpdatedAt: created.updatedAt, values: { ...values('After'), referenceNo: created.referenceNo, parties: created.parties, notes: 'renamed' } });
    const trail = await t.call('audit:list', { entityId: created.id });
    expect(trail.rows.map((r) => r.action)).toEqual(['update', 'create']);
    expect(trail.rows[0].before).toEqual({ title: 'Before', notes: '' });
    expect(trail.rows[0].after).toEqual({ title: 'After', notes: 'renamed' });
    expect(updated.title).toBe('After');
  });
});
