import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { DocumentStore } from '../../electron/main/files/document-store';
import { agreementTable } from '../../electron/main/db/repos/agreement-repo';
import { createAgreements, createAgreementsInSteps } from '../../electron/main/services/agreement-service';
import { createOrganisations } from '../../electron/main/records/organisations';
import { createPeople, personTable } from '../../electron/main/records/people';
import { AppError } from '../../shared/errors';
import { AgreementInput } from '../../shared/models/agreement';
import { OrganisationInput } from '../../shared/models/organisation';
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

  it('refuses a reference the register, an earlier row or a number the batch gave already holds', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    await t.call('agreements:create', { ...values('In the register'), referenceNo: 'OGE-1' });
    const typed = (title: string, referenceNo: string) => ({ ...values(title), referenceNo });
    const refusedRow = (rows: Array<{ row: number; values: ReturnType<typeof values> }>) => {
      const ctx = batchContext(t);
      try {
        createAgreements(ctx, rows, { source: 'test' });
        return null;
      } catch (error) {
        return (error as AppError).params?.row;
      } finally {
        ctx.close();
      }
    };
    expect(refusedRow([{ row: 1, values: typed('Again', 'OGE-1') }])).toBe(1);
    expect(refusedRow([{ row: 1, values: typed('First', 'OGE-2') }, { row: 2, values: typed('Twice', 'OGE-2') }])).toBe(2);
    // Row 1 is given MOU-2024-001 (the first of its year); row 2 types that same number.
    expect(refusedRow([{ row: 1, values: values('Numbered') }, { row: 2, values: typed('Typed', 'MOU-2024-001') }])).toBe(2);
    expect((await t.call('agreements:list', { limit: 10 })).total).toBe(1);
    expect(refusedRow([{ row: 1, values: typed('Fine', 'OGE-2') }, { row: 2, values: values('Numbered') }])).toBeNull();
    expect((await t.call('agreements:list', { sort: 'referenceNo', dir: 'asc', limit: 10 })).rows.map((r) => r.referenceNo)).toEqual(['MOU-2024-001', 'OGE-1', 'OGE-2']);
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

  it('gives a batch’s organisations and people the match keys a single save gives, so the duplicate warning finds them', async () => {
    const t = openTestCore();
    const ctx = batchContext(t);
    const [kaist] = createOrganisations(
      ctx,
      [
        {
          row: 1,
          values: OrganisationInput.parse({ name: 'KAIST', kind: 'university', country: 'KR', altNames: [{ name: '한국과학기술원', lang: 'ko' }] }),
        },
        { row: 2, values: OrganisationInput.parse({ name: 'Kakao', kind: 'company', country: 'KR' }) },
      ],
      { source: 'test' },
    );
    const [kim] = createPeople(ctx, [{ row: 1, values: PersonInput.parse({ name: 'Kim Min-jun', organisationId: kaist.id }) }], { source: 'test' });
    ctx.close();
    // Spelled so that only the match keys find them (the search index matches words of three characters or more).
    for (const typed of ['K.A.I.S.T.', '한 국 과 학 기 술 원']) {
      expect((await t.call('organisations:similar', { name: typed })).rows.map((r) => r.id), typed).toEqual([kaist.id]);
    }
    expect((await t.call('people:similar', { name: 'KIMMINJUN' })).rows.map((r) => r.id)).toEqual([kim.id]);
  });

  it('indexes a batch’s records with the very text a single save gives them, names from other records included', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    const { kaist } = await makeParties(t);
    const ctx = batchContext(t);
    const agreements = createAgreements(ctx, [1, 2].map((row) => ({ row, values: { ...values(`성남 AI 협약 ${row}`), tags: ['bench'], notes: 'Gebühr' } })), { source: 'test' });
    const people = createPeople(ctx, [{ row: 1, values: PersonInput.parse({ name: '김민준', altNames: [{ name: 'Kim Min-jun', lang: 'en' }], organisationId: kaist.id }) }], { source: 'test' });
    const body = (kind: string, table: string, id: string) =>
      (ctx.db.prepare(`SELECT s.body FROM ${kind}_search s WHERE s.rowid = (SELECT search_key FROM ${table} WHERE id = ?)`).get(id) as { body: string } | undefined)?.body;
    const batched = [...agreements.map((a) => body('agreement', 'agreements', a.id)), body('person', 'people', people[0].id)];
    // The single-save path works the text out again and rewrites the row only if it differs.
    for (const a of agreements) agreementTable.reindex(ctx.db, a.id);
    personTable.reindex(ctx.db, people[0].id);
    expect([...agreements.map((a) => body('agreement', 'agreements', a.id)), body('person', 'people', people[0].id)]).toEqual(batched);
    expect(batched[0]).toContain('Lee Kwang-hyung');
    expect(batched[0]).toContain('Gebühr');
    expect(batched[2]).toContain('KAIST');
    ctx.close();
    expect((await t.call('agreements:list', { search: 'Eun Soo-mi 협약', limit: 5 })).total).toBe(2);
    expect((await t.call('people:list', { search: 'Min-jun KAIST', limit: 5 })).total).toBe(1);
  });
});

/** The register's indexes on agreements, as the migrations made them. */
/** The indexes of agreements and of the tables an agreement's create writes (parties, signatories, countries). */
function agreementIndexes(db: ServiceContext['db']) {
  return db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('agreements', 'agreement_parties', 'party_signatories', 'agreement_countries') ORDER BY name",
    )
    .all();
}

describe('a bulk load', () => {
  it('drops the list indexes for a batch large beside the table and puts back exactly what was there, only inside a transaction', async () => {
    const t = openTestCore();
    const ctx = batchContext(t);
    const before = agreementIndexes(ctx.db);
    expect(agreementTable.deferIndexes(ctx.db, 5000)).toBeNull(); // not in a transaction
    ctx.db.exec('BEGIN');
    expect(agreementTable.deferIndexes(ctx.db, 10)).toBeNull(); // a small batch updates them row by row
    const rebuild = agreementTable.deferIndexes(ctx.db, 5000);
    expect(rebuild).not.toBeNull();
    const during = agreementIndexes(ctx.db).map((index) => (index as { name: string }).name);
    // What stays: the rules (unique) and what a create seeks on while the batch runs.
    expect(during).toContain('agreements_reference');
    expect(during).toContain('agreements_reference_serial');
    expect(during).not.toContain('agreements_by_title');
    // The children's lookups go too; their ids' own unique indexes stay.
    expect(during).not.toContain('agreement_parties_agreement');
    expect(during).not.toContain('party_signatories_party');
    expect(during).toContain('sqlite_autoindex_agreement_parties_1');
    expect(during.length).toBeLessThan(before.length - 20);
    rebuild!();
    ctx.db.exec('COMMIT');
    expect(agreementIndexes(ctx.db)).toEqual(before);
    ctx.close();
  });

  it('writes 1,200 agreements with their numbers in sequence, searchable, sorted by the rebuilt indexes and sound', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    const ctx = batchContext(t);
    const before = agreementIndexes(ctx.db);
    const rows = Array.from({ length: 1200 }, (_, i) => ({ row: i + 1, values: values(`Bulk ${String(i).padStart(4, '0')}${i === 600 ? ' zeppelin' : ''}`) }));
    // A reference typed in a row takes its serial; the next numbered row continues after it.
    rows[1] = { row: 2, values: { ...rows[1].values, referenceNo: 'MOU-2024-500' } };
    const made = createAgreements(ctx, rows, { source: 'test' });
    expect(agreementIndexes(ctx.db)).toEqual(before);
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');

    ctx.close();

    expect(made).toHaveLength(1200);
    const get = (id: string) => t.call('agreements:get', { id });
    expect(await Promise.all([0, 1, 2, 1199].map(async (i) => (await get(made[i].id)).referenceNo))).toEqual([
      'MOU-2024-001',
      'MOU-2024-500',
      'MOU-2024-501',
      'MOU-2024-1698',
    ]);
    // The next create outside the batch reads the index again and carries on.
    expect((await t.call('agreements:create', values('After the batch'))).referenceNo).toBe('MOU-2024-1699');
    const byTitle = await t.call('agreements:list', { sort: 'title', dir: 'desc', limit: 2 });
    expect(byTitle.total).toBe(1201);
    expect(byTitle.rows.map((r) => r.title)).toEqual(['Bulk 1199', 'Bulk 1198']);
    const found = await t.call('agreements:list', { search: 'zeppelin', limit: 5 });
    expect(found.rows.map((r) => r.id)).toEqual([made[600].id]);
    // Their search text names their parties and signatories, read through the rebuilt indexes.
    expect((await t.call('agreements:list', { search: '카이스트 Soo-mi', limit: 1 })).total).toBe(1201);
    // And the country and partner lists find them through the children's rebuilt indexes.
    expect((await t.call('agreements:list', { country: 'KR', limit: 1 })).total).toBe(1201);
    const kaist = (await t.call('organisations:list', { search: 'KAIST' })).rows[0];
    expect((await t.call('agreements:list', { partnerId: kaist.id, limit: 1 })).total).toBe(1201);
  });

  it('merges the search index into one segment after a bulk load, so later saves do not merge what it left', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    await t.call('agreements:create', values('Written before the load'));
    const ctx = batchContext(t);
    const segments = () => (ctx.db.prepare('SELECT count(DISTINCT segid) AS n FROM agreement_search_idx').get() as { n: number }).n;
    expect(segments()).toBe(1);
    createAgreements(ctx, Array.from({ length: 1000 }, (_, i) => ({ row: i + 1, values: values(`Bulk ${i}`) })), { source: 'test' });
    expect(segments()).toBe(1);
    // FTS5's merging was held off during the load, and is back to its defaults after it.
    expect(ctx.db.prepare("SELECT k, v FROM agreement_search_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k").all()).toEqual([
      { k: 'automerge', v: 4 },
      { k: 'crisismerge', v: 16 },
    ]);
    // A small batch is written as single saves are: its own segment, merged by FTS5 in its time.
    createAgreements(ctx, [{ row: 1, values: values('Small batch') }], { source: 'test' });
    expect(segments()).toBe(2);
    ctx.close();
    expect((await t.call('agreements:list', { search: 'before the load' })).total).toBe(1);
    expect((await t.call('agreements:list', { search: 'Bulk' })).total).toBe(1000);
  });

  it('keeps every index when a large batch is refused', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    const ctx = batchContext(t);
    const before = agreementIndexes(ctx.db);
    const rows = Array.from({ length: 1100 }, (_, i) => ({ row: i + 1, values: values(`Bulk ${i}`) }));
    rows[1050] = { row: 1051, values: { ...rows[1050].values, parentId: '0190a0b0-0000-7000-8000-00000000dead' } };
    expect(() => createAgreements(ctx, rows, { source: 'test' })).toThrow(/Row 1051/);
    expect(agreementIndexes(ctx.db)).toEqual(before);
    ctx.close();
    expect((await t.call('agreements:list', { limit: 1 })).total).toBe(0);
  });
});

describe('a batch in steps, inside its caller’s transaction (the import’s)', () => {
  it('reports each step, indexes search and rebuilds the list indexes once, and is the caller’s to commit', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    const ctx = batchContext(t);
    const before = agreementIndexes(ctx.db);
    await expect(createAgreementsInSteps(ctx, [{ row: 1, values: values('Alone') }], { source: 'test' }, async () => undefined)).rejects.toThrow(/transaction/);
    const rows = Array.from({ length: 1050 }, (_, i) => ({ row: i + 1, values: values(`Step ${i}${i === 1049 ? ' quokka' : ''}`) }));
    const steps: number[] = [];
    ctx.db.exec('BEGIN IMMEDIATE');
    const made = await createAgreementsInSteps(ctx, rows, { source: 'test' }, async (done) => {
      steps.push(done);
      // Between steps the batch is half made: the list indexes are still down.
      if (done < rows.length) expect(agreementIndexes(ctx.db).length).toBeLessThan(before.length);
    });
    expect(steps).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1050]);
    expect(agreementIndexes(ctx.db)).toEqual(before);
    // Nothing is visible to others until the caller commits.
    expect((await t.call('agreements:list', { limit: 1 })).total).toBe(0);
    ctx.db.exec('COMMIT');
    ctx.close();
    expect(made).toHaveLength(1050);
    expect((await t.call('agreements:list', { search: 'quokka', limit: 5 })).rows.map((r) => r.id)).toEqual([made[1049].id]);
    expect((await t.call('audit:list', { limit: 1 })).rows[0]).toMatchObject({ entity: 'agreement', after: { batch: 'test', count: 1050 } });
  });

  it('refuses at the row that breaks a rule, and the caller’s rollback keeps nothing', async () => {
    const t = openTestCore();
    const values = await partiesOf(t);
    const ctx = batchContext(t);
    const rows = Array.from({ length: 250 }, (_, i) => ({ row: i + 1, values: values(`Step ${i}`) }));
    rows[180] = { row: 181, values: { ...rows[180].values, parentId: '0190a0b0-0000-7000-8000-00000000dead' } };
    ctx.db.exec('BEGIN IMMEDIATE');
    await expect(createAgreementsInSteps(ctx, rows, { source: 'test' }, async () => undefined)).rejects.toMatchObject({ key: 'batch.rowFailed', params: { row: 181 } });
    ctx.db.exec('ROLLBACK');
    ctx.close();
    expect((await t.call('agreements:list', { limit: 1 })).total).toBe(0);
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
