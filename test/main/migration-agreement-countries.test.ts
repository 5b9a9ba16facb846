import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { fixedClock, openTestCore, tempDir } from './fixtures';

const AT = '2025-03-01T00:00:00.000Z';
const STEP = MIGRATIONS.findIndex((m) => m.name === 'agreement-countries');
const id = (n: number) => `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('migration agreement-countries', () => {
  it('works out the countries of a register of the step before, counting removed agreements out', async () => {
    const dataDir = tempDir();
    const db = openDatabase(databasePath(dataDir));
    migrate(db, MIGRATIONS.slice(0, STEP), null);
    const org = db.prepare(`INSERT INTO organisations (id, name, kind, country, created_at, updated_at, updated_by) VALUES (?, ?, 'university', ?, '${AT}', '${AT}', 'kim')`);
    org.run(id(1), 'KAIST', 'KR');
    org.run(id(2), 'Seongnam City', 'KR');
    org.run(id(3), 'HKUST', 'HK');
    org.run(id(4), 'Somewhere', '');
    const agreement = db.prepare(
      `INSERT INTO agreements (id, reference_no, kind, title, status, created_at, updated_at, updated_by, deleted_at) VALUES (?, ?, 'mou', ?, 'draft', '${AT}', '${AT}', 'kim', ?)`,
    );
    agreement.run(id(11), 'MOU-2025-001', 'Two in Korea', null);
    agreement.run(id(12), 'MOU-2025-002', 'Korea and Hong Kong', null);
    agreement.run(id(13), 'MOU-2025-003', 'Removed', AT);
    const party = db.prepare(
      `INSERT INTO agreement_parties (id, agreement_id, organisation_id, position, created_at, updated_at, updated_by, deleted_at) VALUES (?, ?, ?, ?, '${AT}', '${AT}', 'kim', ?)`,
    );
    party.run(id(21), id(11), id(1), 0, null);
    party.run(id(22), id(11), id(2), 1, null);
    party.run(id(23), id(12), id(1), 0, null);
    party.run(id(24), id(12), id(3), 1, null);
    party.run(id(25), id(12), id(4), 2, null);
    party.run(id(26), id(12), id(2), 3, AT); // a party taken off: no longer counts
    party.run(id(27), id(13), id(3), 0, null);
    db.close();

    const t = openTestCore({ dataDir, now: fixedClock('2026-03-01') });
    const listed = async (country: string) => (await t.call('agreements:list', { country, sort: 'title', dir: 'asc', limit: 10 })).rows.map((a) => a.title);
    expect(await listed('KR')).toEqual(['Korea and Hong Kong', 'Two in Korea']);
    expect(await listed('HK')).toEqual(['Korea and Hong Kong']);
    expect((await t.call('agreements:list', { country: 'HK', limit: 10 })).total).toBe(1);
    t.core.close();

    const check = openDatabase(databasePath(dataDir), { readonly: true });
    expect(
      check.prepare('SELECT c.country, a.id AS a, c.parties FROM agreement_countries c JOIN agreements a ON a.row_key = c.agreement_key ORDER BY 1, 2').all(),
    ).toEqual([
      { country: 'HK', a: id(12), parties: 1 },
      { country: 'HK', a: id(13), parties: 1 },
      { country: 'KR', a: id(11), parties: 2 },
      { country: 'KR', a: id(12), parties: 1 },
    ]);
    expect(check.prepare('SELECT country, n FROM agreement_country_tally ORDER BY 1').all()).toEqual([
      { country: 'HK', n: 1 },
      { country: 'KR', n: 2 },
    ]);
    check.close();
  });
});
