import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import type { AgreementDetail } from '../../shared/models/agreement';
import { makeParties, openTestCore, type TestCore } from './fixtures';

const valuesOf = (a: AgreementDetail) => ({ ...a, duration: a.termText });

/**
 * The country filter reads what the triggers of migration 18 keep. After every kind of change, the
 * kept sets and counts must equal what the parties and organisations say, worked out the slow way.
 */
function keptAndTruth(t: TestCore) {
  const db = openDatabase(t.dbFile, { readonly: true });
  try {
    const kept = db
      .prepare('SELECT c.country, a.id, c.parties FROM agreement_countries c JOIN agreements a ON a.row_key = c.agreement_key ORDER BY 1, 2')
      .all();
    const truth = db
      .prepare(
        `SELECT o.country, a.id, count(*) AS parties FROM agreement_parties ap
           JOIN organisations o ON o.row_key = ap.organisation_key JOIN agreements a ON a.row_key = ap.agreement_key
          WHERE ap.deleted_at IS NULL AND o.country <> '' GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all();
    const tally = db.prepare('SELECT country, n FROM agreement_country_tally WHERE n <> 0 ORDER BY 1').all();
    const live = db
      .prepare(
        `SELECT c.country, count(*) AS n FROM agreement_countries c JOIN agreements a ON a.row_key = c.agreement_key
          WHERE a.deleted_at IS NULL GROUP BY 1 ORDER BY 1`,
      )
      .all();
    return { kept, truth, tally, live };
  } finally {
    db.close();
  }
}

function expectConsistent(t: TestCore) {
  const { kept, truth, tally, live } = keptAndTruth(t);
  expect(kept).toEqual(truth);
  expect(tally).toEqual(live);
}

const countryTotal = async (t: TestCore, country: string) => (await t.call('agreements:list', { country, limit: 50 })).total;

describe('agreements by country', () => {
  it('follows parties, organisations that move, removals and restores', async () => {
    const t = openTestCore();
    const { kaist, city, president, mayor } = await makeParties(t);
    const hkust = await t.call('organisations:create', { name: 'HKUST', kind: 'university', country: 'HK' });
    const make = (title: string, orgs: string[]) =>
      t.call('agreements:create', {
        kind: 'mou',
        title,
        parties: orgs.map((organisationId) => ({ organisationId, signatories: [] })),
      });
    // Two Korean parties in one agreement count it once.
    const both = await make('Seongnam and KAIST', [kaist.id, city.id]);
    const mixed = await make('KAIST and HKUST', [kaist.id, hkust.id]);
    expectConsistent(t);
    expect([await countryTotal(t, 'KR'), await countryTotal(t, 'HK'), await countryTotal(t, 'DE')]).toEqual([2, 1, 0]);

    // A party replaced: the agreement leaves Hong Kong.
    const edited = await t.call('agreements:update', {
      id: mixed.id,
      values: { ...valuesOf(mixed), parties: [mixed.parties[0], { organisationId: city.id, signatories: [] }] },
    });
    expectConsistent(t);
    expect(await countryTotal(t, 'HK')).toBe(0);
    expect((await t.call('agreements:list', { country: 'KR', limit: 50 })).rows.map((a) => a.id).sort()).toEqual([both.id, edited.id].sort());

    // HKUST does not matter now; the city moving to Germany takes both agreements along (KAIST keeps them in Korea).
    const cityNow = await t.call('organisations:get', { id: city.id });
    await t.call('organisations:update', { id: city.id, values: { ...cityNow, country: 'DE' } });
    expectConsistent(t);
    expect([await countryTotal(t, 'KR'), await countryTotal(t, 'DE')]).toEqual([2, 2]);

    // A removed agreement leaves every count; restored, it comes back.
    await t.call('agreements:remove', { id: both.id, reason: 'entered twice' });
    expectConsistent(t);
    expect([await countryTotal(t, 'KR'), await countryTotal(t, 'DE')]).toEqual([1, 1]);
    await t.call('agreements:restore', { id: both.id, reason: 'it was not a duplicate' });
    expectConsistent(t);
    expect([await countryTotal(t, 'KR'), await countryTotal(t, 'DE')]).toEqual([2, 2]);
    expect(president.id && mayor.id).toBeTruthy();
  });

  it('lists a country the same whether it walks the register or starts from the matches', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeParties(t);
    const far = await t.call('organisations:create', { name: 'Universität Heidelberg', kind: 'university', country: 'DE' });
    for (let i = 0; i < 30; i += 1) {
      await t.call('agreements:create', {
        kind: 'mou',
        title: `Agreement ${String(i).padStart(2, '0')}`,
        parties: [{ organisationId: i % 10 === 0 ? far.id : kaist.id, signatories: [] }, { organisationId: city.id, signatories: [] }],
      });
    }
    // Three German agreements among thirty start from the matches; thirty Korean ones walk.
    const german = await t.call('agreements:list', { country: 'DE', sort: 'title', dir: 'asc', limit: 2 });
    expect(german.total).toBe(3);
    expect(german.rows.map((a) => a.title)).toEqual(['Agreement 00', 'Agreement 10']);
    const next = await t.call('agreements:list', { country: 'DE', sort: 'title', dir: 'asc', limit: 2, after: german.next });
    expect(next.rows.map((a) => a.title)).toEqual(['Agreement 20']);
    const korean = await t.call('agreements:list', { country: 'KR', sort: 'title', dir: 'desc', limit: 3 });
    expect(korean.total).toBe(30);
    expect(korean.rows.map((a) => a.title)).toEqual(['Agreement 29', 'Agreement 28', 'Agreement 27']);
  });
});
