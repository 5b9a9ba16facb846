import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestCore } from './fixtures';

describe('likely duplicates of organisations and people', () => {
  it('finds KAIST however it is typed, by its other names too, and never the record being edited', async () => {
    const t = openTestCore();
    const kaist = await t.call('organisations:create', {
      name: 'KAIST',
      kind: 'university',
      country: 'KR',
      altNames: [{ name: 'Korea Advanced Institute of Science and Technology', lang: 'en' }, { name: '한국과학기술원', lang: 'ko' }],
    });
    await t.call('organisations:create', { name: 'Kakao', kind: 'company', country: 'KR' });

    for (const typed of [' kaist ', 'ＫＡＩＳＴ', 'K.A.I.S.T.', 'korea advanced institute of science & technology', '한국 과학기술원']) {
      const { rows } = await t.call('organisations:similar', { name: typed });
      expect(rows, typed).toEqual([expect.objectContaining({ id: kaist.id, name: 'KAIST', similarity: 'same', detail: 'KR' })]);
    }
    expect((await t.call('organisations:similar', { name: 'Korea Advanced Institute of Science and Technology' })).rows[0].matchedName).toBe(
      'Korea Advanced Institute of Science and Technology',
    );
    // A new organisation's other name can be the duplicate too.
    expect((await t.call('organisations:similar', { name: 'Daejeon institute', altNames: ['kaist'] })).rows.map((r) => r.id)).toEqual([kaist.id]);
    expect((await t.call('organisations:similar', { name: 'KAIST', excludeId: kaist.id })).rows).toEqual([]);
    expect((await t.call('organisations:similar', { name: '  ' })).rows).toEqual([]);
  });

  it('asks about close names, and forgets renamed and deleted records', async () => {
    const t = openTestCore();
    const snu = await t.call('organisations:create', { name: 'Seoul National University', kind: 'university', country: 'KR' });
    expect((await t.call('organisations:similar', { name: 'Seoul National Univ.' })).rows).toEqual([
      expect.objectContaining({ id: snu.id, similarity: 'close' }),
    ]);
    expect((await t.call('organisations:similar', { name: 'Busan National University Hospital' })).rows).toEqual([]);

    await t.call('organisations:update', { id: snu.id, values: { name: 'SNU', kind: 'university' } });
    expect((await t.call('organisations:similar', { name: 'snu' })).rows.map((r) => r.id)).toEqual([snu.id]);
    await t.call('organisations:delete', { id: snu.id, reason: 'Entered by mistake' });
    expect((await t.call('organisations:similar', { name: 'snu' })).rows).toEqual([]);
  });

  it('finds the same person twice, by other scripts too, with where they work', async () => {
    const t = openTestCore();
    const org = await t.call('organisations:create', { name: 'Upstage', kind: 'company' });
    const kim = await t.call('people:create', { name: 'Kim Min-jun', organisationId: org.id, altNames: [{ name: '김민준', lang: 'ko' }] });
    await t.call('people:create', { name: 'Kim Min-ji' });
    expect((await t.call('people:similar', { name: ' kim min jun ' })).rows[0]).toMatchObject({ id: kim.id, similarity: 'same', detail: 'Upstage' });
    expect((await t.call('people:similar', { name: 'Someone', altNames: ['김민준'] })).rows.map((r) => r.id)).toEqual([kim.id]);
  });

  it('reads the same-key lookup from the name_keys index, with no scan and no sort', async () => {
    const t = openTestCore();
    await t.call('organisations:create', { name: 'KAIST', kind: 'university' });
    const raw = new Database(t.dbFile, { readonly: true });
    const plan = (sql: string, ...params: unknown[]) =>
      (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail).join(' | ');
    const lookup = plan(
      'SELECT record_id FROM name_keys WHERE kind = ? AND key IN (SELECT value FROM json_each(?)) LIMIT ?',
      'organisation',
      '["kaist"]',
      20,
    );
    expect(lookup).toMatch(/SEARCH name_keys USING PRIMARY KEY \(kind=\? AND key=\?\)/);
    expect(lookup).not.toMatch(/SCAN name_keys|TEMP B-TREE/);
    const rewrite = plan('DELETE FROM name_keys WHERE record_id = ? AND kind = ?', 'x', 'organisation');
    expect(rewrite).toContain('name_keys_record');
    const rows = plan(
      'SELECT id, name, alt_names, country AS detail, deleted_at FROM organisations WHERE id IN (SELECT value FROM json_each(?))',
      '["x"]',
    );
    expect(rows).toMatch(/SEARCH organisations USING INDEX sqlite_autoindex_organisations_1 \(id=\?\)/);
    expect(rows).not.toMatch(/SCAN organisations|TEMP B-TREE/);
    raw.close();
  });
});
