import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { agreementTable } from '../../electron/main/db/repos/agreement-repo';
import { makeAgreement, makeParties, openTestCore, tempDir } from './fixtures';

describe('the record kit', () => {
  it('searches the words of names and tags, not their JSON', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { title: 'Plain title', tags: ['forum'] });
    const titles = async (search: string) => (await t.call('agreements:list', { search })).rows.map((a) => a.title);
    // Alt names are stored as [{"name":…,"lang":…}]: only their names are words of the record.
    expect(await titles('lang')).toEqual([]);
    expect(await titles('카이스트')).toEqual(['Plain title']);
    expect(await titles('forum')).toEqual(['Plain title']);
    expect((await t.call('organisations:list', { search: 'lang' })).rows).toEqual([]);
    expect((await t.call('organisations:list', { search: '카이스트' })).rows.map((o) => o.name)).toEqual(['KAIST']);
    // People are found by their organisation's name, and follow its rename.
    expect((await t.call('people:list', { search: 'Seongnam' })).rows.map((p) => p.name)).toEqual(['Eun Soo-mi']);
    const city = (await t.call('organisations:list', { search: 'Seongnam' })).rows[0];
    await t.call('organisations:update', { id: city.id, values: { ...city, name: 'Seongnam Metropolitan City' } });
    expect((await t.call('people:list', { search: 'Metropolitan' })).rows.map((p) => p.name)).toEqual(['Eun Soo-mi']);
    expect(await titles('Metropolitan')).toEqual(['Plain title']);
    await t.call('agreements:delete', { id: agreement.id, reason: 'Entered by mistake' });
    expect(await titles('forum')).toEqual([]);
  });

  it('finds by one- and two-character words too (성남, AI)', async () => {
    const t = openTestCore();
    await makeAgreement(t, { title: 'AI 성남 협력' });
    expect((await t.call('agreements:list', { search: '성남' })).total).toBe(1);
    expect((await t.call('agreements:list', { search: 'AI' })).total).toBe(1);
    expect((await t.call('agreements:list', { search: 'ZZ' })).total).toBe(0);
  });

  it('keeps only the changed fields of an edit in the audit row', async () => {
    const t = openTestCore();
    const { kaist } = await makeParties(t);
    await t.call('organisations:update', { id: kaist.id, values: { ...kaist, notes: 'Daejeon campus' } });
    const [edit, create] = (await t.call('audit:list', { entityId: kaist.id })).rows;
    expect(edit).toMatchObject({ action: 'update', before: { notes: '' }, after: { notes: 'Daejeon campus' } });
    expect(Object.keys(edit.after as object)).toEqual(['notes']);
    expect(create).toMatchObject({ action: 'create', after: { name: 'KAIST', altNames: [{ name: '카이스트', lang: 'ko' }] } });
  });

  it('deletes a record of any type only with a reason, and keeps the reason in its history', async () => {
    const t = openTestCore();
    const spare = await t.call('organisations:create', { name: 'Entered twice', kind: 'company', country: 'KR' });
    const person = await t.call('people:create', { name: 'Kim Min-jun' });
    for (const [channel, id] of [
      ['organisations:delete', spare.id],
      ['people:delete', person.id],
    ] as const) {
      const refused = await t.send(channel, { id, reason: '   ' } as never);
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reason' }] } });
      expect(await t.send(channel, { id } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    // Nothing was removed by the refused calls.
    expect((await t.call('organisations:get', { id: spare.id })).name).toBe('Entered twice');
    await t.call('organisations:delete', { id: spare.id, reason: 'The same company as Samsung SDS' });
    expect(await t.send('organisations:get', { id: spare.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const [removal] = (await t.call('audit:list', { entityId: spare.id })).rows;
    expect(removal).toMatchObject({ action: 'delete', reason: 'The same company as Samsung SDS', before: { name: 'Entered twice' } });
  });

  it('restores a deleted record as it was, with a reason, found again by search, and refuses what cannot come back', async () => {
    const t = openTestCore();
    const parent = await t.call('organisations:create', { name: 'Seoul National University', kind: 'university', country: 'KR' });
    const school = await t.call('organisations:create', { name: 'Graduate School of Data Science', kind: 'faculty', country: 'KR', parentId: parent.id });
    await t.call('organisations:delete', { id: school.id, reason: 'Thought it was a duplicate' });
    expect((await t.call('organisations:list', { search: 'Data Science' })).total).toBe(0);
    const restored = await t.call('organisations:restore', { id: school.id, reason: 'It was not a duplicate' });
    expect(restored).toMatchObject({ name: 'Graduate School of Data Science', parentId: parent.id, parentName: 'Seoul National University' });
    expect((await t.call('organisations:list', { search: 'Data Science' })).rows.map((o) => o.id)).toEqual([school.id]);
    const [entry] = (await t.call('audit:list', { entityId: school.id })).rows;
    expect(entry).toMatchObject({ action: 'restore', reason: 'It was not a duplicate', after: { name: 'Graduate School of Data Science' } });
    // A live record has nothing to restore; one that never was is not found.
    expect(await t.send('organisations:restore', { id: school.id, reason: 'Again' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This organisation is not deleted, so there is nothing to restore.' },
    });
    expect(await t.send('organisations:restore', { id: '0190a0b0-0000-7000-8000-000000000999', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Under a parent that is deleted too, it waits for the parent: nothing changes until then.
    await t.call('organisations:delete', { id: school.id, reason: 'Closed' });
    await t.call('organisations:delete', { id: parent.id, reason: 'Entered under the wrong name' });
    const audited = (await t.call('audit:list', { entityId: school.id })).total;
    expect(await t.send('organisations:restore', { id: school.id, reason: 'Reopened' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'It cannot be restored while the organisation it names is deleted; restore that first.' },
    });
    expect(await t.send('organisations:get', { id: school.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await t.call('audit:list', { entityId: school.id })).total).toBe(audited);
    await t.call('organisations:restore', { id: parent.id, reason: 'Right name after all' });
    await t.call('organisations:restore', { id: school.id, reason: 'Reopened' });
    expect((await t.call('organisations:get', { id: school.id })).parentName).toBe('Seoul National University');
  });

  it('lists the records deleted and not restored since, latest first, with why and as they were', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t);
    const spare = await t.call('organisations:create', { name: 'Entered twice', kind: 'company', country: 'KR' });
    const person = await t.call('people:create', { name: 'Kim Min-jun' });
    expect(await t.call('audit:deleted', {})).toEqual({ rows: [], total: 0 });
    await t.call('organisations:delete', { id: spare.id, reason: 'A duplicate' });
    await t.call('people:delete', { id: person.id, reason: 'Left before starting' });
    await t.call('agreements:remove', { id: agreement.id, reason: 'Entered twice' });
    await t.call('people:restore', { id: person.id, reason: 'Started after all' });
    const deleted = await t.call('audit:deleted', {});
    expect(deleted.total).toBe(2);
    expect(deleted.rows.map((r) => [r.entity, r.entityId, r.reason])).toEqual([
      ['agreement', agreement.id, 'Entered twice'],
      ['organisation', spare.id, 'A duplicate'],
    ]);
    expect(deleted.rows[1].before).toMatchObject({ name: 'Entered twice', kind: 'company' });
    // Deleted again after its restore, it is listed again; a page is a page.
    await t.call('people:delete', { id: person.id, reason: 'Left for good' });
    expect((await t.call('audit:deleted', { limit: 1 })).rows.map((r) => r.reason)).toEqual(['Left for good']);
    expect((await t.call('audit:deleted', { limit: 1, offset: 1 })).total).toBe(3);
  });

  it('restores a person only while the organisation they belong to is there', async () => {
    const t = openTestCore();
    const org = await t.call('organisations:create', { name: 'Upstage', kind: 'company', country: 'KR' });
    const person = await t.call('people:create', { name: 'Kim Seong-hoon', organisationId: org.id });
    await t.call('people:delete', { id: person.id, reason: 'Left the company' });
    await t.call('organisations:delete', { id: org.id, reason: 'Entered twice' });
    expect(await t.send('people:restore', { id: person.id, reason: 'Came back' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'It cannot be restored while the organisation it names is deleted; restore that first.' },
    });
    // Refused after the row came back inside the transaction: all of it rolled back, the audit too.
    expect(await t.send('people:get', { id: person.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await t.call('audit:list', { entityId: person.id })).rows.map((r) => r.action)).toEqual(['delete', 'create']);
    await t.call('organisations:restore', { id: org.id, reason: 'Was the only copy' });
    expect(await t.call('people:restore', { id: person.id, reason: 'Came back' })).toMatchObject({ name: 'Kim Seong-hoon', organisationId: org.id });
    expect((await t.call('people:list', { search: 'Seong-hoon' })).total).toBe(1);
  });

  it('pages through a sorted list without losing or repeating rows', async () => {
    const t = openTestCore();
    const names = Array.from({ length: 23 }, (_, i) => `Org ${String(i).padStart(2, '0')}`);
    for (const name of [...names].reverse()) await t.call('organisations:create', { name, kind: 'company', country: 'KR' });
    const seen: string[] = [];
    for (let offset = 0; offset < 30; offset += 10) {
      const page = await t.call('organisations:list', { sort: 'name', dir: 'asc', offset, limit: 10 });
      expect(page.total).toBe(23);
      seen.push(...page.rows.map((o) => o.name));
    }
    expect(seen).toEqual(names);
    const desc = await t.call('organisations:list', { sort: 'name', dir: 'desc', limit: 3, country: 'KR', kind: 'company' });
    expect(desc.rows.map((o) => o.name)).toEqual(['Org 22', 'Org 21', 'Org 20']);
  });

  it('replaces the search text of a record by key, without scanning the index', () => {
    const t = openTestCore();
    const db = new Database(t.dbFile, { readonly: true });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail);
    // The key is on the record's row (its primary key), and the next one is the top of the key's index.
    expect(plan(`SELECT search_key FROM agreements WHERE id = 'x'`)).toEqual([expect.stringMatching(/^SEARCH agreements USING INDEX sqlite_autoindex_agreements_1/)]);
    expect(plan('SELECT ifnull(max(search_key), 0) + 1 FROM agreements')).toEqual([expect.stringMatching(/^SEARCH agreements USING COVERING INDEX agreements_search_key/)]);
    // FTS5 answers a rowid equality from its own b-tree (index 0 with "=").
    expect(plan('DELETE FROM agreement_search WHERE rowid = 1')).toEqual(['SCAN agreement_search VIRTUAL TABLE INDEX 0:=']);
    // A new record's integer key (migration 25) is the top of its own unique index too.
    expect(plan('SELECT ifnull(max(row_key), 0) + 1 FROM agreements')).toEqual([expect.stringMatching(/^SEARCH agreements USING COVERING INDEX agreements_row_key/)]);
    db.close();
  });

  it('leaves the search index unwritten by a save that keeps the words, and rewrites it when they change', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { title: 'Zeppelin research memorandum' });
    const db = new Database(t.dbFile, { readonly: true });
    // FTS5's structure record (id 10) changes with every write to the index, merges included.
    const structure = () => (db.prepare('SELECT block FROM agreement_search_data WHERE id = 10').get() as { block: Buffer }).block.toString('hex');
    const found = async (words: string) => (await t.call('agreements:list', { search: words })).rows.map((a) => a.id);
    const before = structure();
    const moved = await t.call('agreements:transition', { id: agreement.id, to: 'negotiation', expectedUpdatedAt: agreement.updatedAt });
    expect(structure()).toBe(before);
    expect(await found('Zeppelin')).toEqual([agreement.id]);
    await t.call('agreements:update', {
      id: agreement.id,
      expectedUpdatedAt: moved.updatedAt,
      values: { ...moved, duration: '', parties: moved.parties, title: 'Airship research memorandum' },
    });
    expect(structure()).not.toBe(before);
    expect(await found('Zeppelin')).toEqual([]);
    expect(await found('Airship')).toEqual([agreement.id]);
    db.close();
  });

  it('names in an edit only the columns it changes, so the indexes on the others are not rewritten', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, { signedOn: '2026-02-01' });
    // SQLite fires an UPDATE OF trigger, and rewrites an index, for every column the SET names.
    const db = openDatabase(t.dbFile);
    db.exec(`CREATE TABLE named (col TEXT);
      CREATE TRIGGER named_title AFTER UPDATE OF title ON agreements BEGIN INSERT INTO named VALUES ('title'); END;
      CREATE TRIGGER named_signed AFTER UPDATE OF signed_on ON agreements BEGIN INSERT INTO named VALUES ('signed_on'); END;
      CREATE TRIGGER named_status AFTER UPDATE OF status ON agreements BEGIN INSERT INTO named VALUES ('status'); END;`);
    const named = () => (db.prepare('SELECT col FROM named').all() as Array<{ col: string }>).map((r) => r.col);
    const retitled = await t.call('agreements:update', {
      id: agreement.id,
      values: { ...agreement, duration: '', parties: agreement.parties, title: 'Retitled memorandum' },
    });
    expect(named()).toEqual(['title']);
    await t.call('agreements:transition', { id: agreement.id, to: 'negotiation', expectedUpdatedAt: retitled.updatedAt });
    expect(named()).toEqual(['title', 'status']);
    const after = await t.call('agreements:get', { id: agreement.id });
    expect(after).toMatchObject({ title: 'Retitled memorandum', signedOn: '2026-02-01', status: 'negotiation' });
    db.close();
  });

  it('refuses a write that leaves a field out instead of storing it as empty', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t);
    const db = openDatabase(t.dbFile);
    const { title: _left, ...withoutTitle } = agreementTable.fieldsOf(agreement as never) as Record<string, unknown>;
    const stamp = { at: new Date().toISOString(), by: 'tester' };
    expect(() => agreementTable.insert(db, '0190a0b0-0000-7000-8000-00000000beef', withoutTitle as never, stamp)).toThrow(/agreements\.title/);
    expect(() => agreementTable.update(db, agreement.id, withoutTitle as never, stamp)).toThrow(/agreements\.title/);
    expect((await t.call('agreements:get', { id: agreement.id })).title).toBe(agreement.title);
    db.close();
  });

  it('indexes a register upgraded from schema 3 when it next opens', async () => {
    // A register as the steps before the search index left it, written in their schema.
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'liaison.sqlite'));
    migrate(db, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'search-index')), null);
    const at = '2025-03-01T00:00:00.000Z';
    const id = (n: number) => `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const stamp = `'${at}', '${at}', 'kim'`;
    db.exec(`
      INSERT INTO organisations (id, name, kind, country, created_at, updated_at, updated_by) VALUES ('${id(1)}', 'Seongnam City', 'government', 'KR', ${stamp});
      INSERT INTO people (id, name, organisation_id, created_at, updated_at, updated_by) VALUES ('${id(2)}', 'Shin Sang-jin', '${id(1)}', ${stamp});
      INSERT INTO agreements (id, reference_no, kind, title, status, created_at, updated_at, updated_by)
        VALUES ('${id(3)}', 'MOU-2025-001', 'mou', 'Research centre agreement', 'draft', ${stamp});
      INSERT INTO agreement_parties (id, agreement_id, organisation_id, position, created_at, updated_at, updated_by) VALUES ('${id(4)}', '${id(3)}', '${id(1)}', 0, ${stamp});
      INSERT INTO party_signatories (id, party_id, person_id, position, created_at, updated_at, updated_by) VALUES ('${id(5)}', '${id(4)}', '${id(2)}', 0, ${stamp});
    `);
    db.close();
    const reopened = openTestCore({ dataDir: dir });
    expect((await reopened.call('agreements:list', { search: 'centre' })).rows.map((a) => a.title)).toEqual(['Research centre agreement']);
    // Found by its party's and signatory's names too, which the index reads through the keys of migration 25.
    expect((await reopened.call('agreements:list', { search: 'Seongnam Shin' })).total).toBe(1);
    expect((await reopened.call('people:list', { search: 'Seongnam' })).total).toBe(1);
    const check = new Database(path.join(dir, 'liaison.sqlite'), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    check.close();
  });
});

