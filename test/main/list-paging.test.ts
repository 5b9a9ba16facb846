import { describe, expect, it } from 'vitest';
import { AGREEMENT_SORTS, type AgreementKind, type AgreementStatus } from '../../shared/models/agreement';
import { makeParties, openTestCore, type TestCore } from './fixtures';

async function agreements(t: TestCore, n: number) {
  const { kaist, city } = await makeParties(t);
  for (let i = 0; i < n; i += 1) {
    await t.call('agreements:create', {
      kind: i % 3 ? 'mou' : 'contract',
      title: `Agreement ${(i * 7) % n}`,
      referenceNo: `REF-${String(i).padStart(2, '0')}`,
      signedOn: i % 4 ? `2025-0${1 + (i % 9)}-01` : null,
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    });
  }
}

describe('paging and counting a list', () => {
  it('walks every sort by page links and by offsets exactly as in one page, NULL dates last both ways', async () => {
    const t = openTestCore();
    await agreements(t, 13);
    // Some in negotiation, so that a two-status filter merges two walks (each in two parts when descending).
    for (const [i, row] of (await t.call('agreements:list', { sort: 'referenceNo', dir: 'asc' })).rows.entries()) {
      if (i % 3 === 1) await t.call('agreements:transition', { id: row.id, to: 'negotiation' });
    }
    const filters: Array<{ statuses?: AgreementStatus[]; kinds?: AgreementKind[] }> = [{}, { statuses: ['draft', 'negotiation'] }, { kinds: ['mou'] }];
    for (const filter of filters) {
      for (const sort of AGREEMENT_SORTS) {
        for (const dir of ['asc', 'desc'] as const) {
          const what = `${JSON.stringify(filter)} ${sort} ${dir}`;
          const all = (await t.call('agreements:list', { ...filter, sort, dir, limit: 500 })).rows.map((a) => a.id);
          const walked: string[] = [];
          let after: string | undefined;
          for (let page = 0; page < 10; page += 1) {
            const got = await t.call('agreements:list', { ...filter, sort, dir, limit: 4, after });
            walked.push(...got.rows.map((a) => a.id));
            after = got.next;
            if (!after) break;
          }
          expect(walked, what).toEqual(all);
          // Offset pages too, whether a page starts among the values, straddles the NULLs or lies past every value.
          for (const limit of [3, 4, 5]) {
            const byOffset: string[] = [];
            for (let offset = 0; offset < all.length; offset += limit) {
              byOffset.push(...(await t.call('agreements:list', { ...filter, sort, dir, limit, offset })).rows.map((a) => a.id));
            }
            expect(byOffset, `${what} by offsets of ${limit}`).toEqual(all);
          }
        }
      }
    }
    const signed = (await t.call('agreements:list', { sort: 'signedOn', dir: 'desc', limit: 500 })).rows.map((a) => a.signedOn);
    expect(signed.slice(-4)).toEqual([null, null, null, null]);
    expect((await t.call('agreements:list', { sort: 'signedOn', dir: 'asc', limit: 500 })).rows.at(-1)?.signedOn).toBeNull();
  });

  it('refuses a page link from another order with a sentence', async () => {
    const t = openTestCore();
    await agreements(t, 5);
    const { next } = await t.call('agreements:list', { sort: 'title', dir: 'asc', limit: 2 });
    const refused = await t.send('agreements:list', { sort: 'updatedAt', dir: 'asc', limit: 2, after: next });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/first page/) } });
    expect(await t.send('agreements:list', { after: 'not a link' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps totals by status and kind right through edits, transitions and deletes', async () => {
    const t = openTestCore();
    await agreements(t, 6);
    const total = async (filter: object) => (await t.call('agreements:list', { ...filter, limit: 500 })).total;
    const rows = async (filter: object) => (await t.call('agreements:list', { ...filter, limit: 500 })).rows.length;
    const [first, second] = (await t.call('agreements:list', { sort: 'referenceNo', dir: 'asc' })).rows;
    await t.call('agreements:transition', { id: first.id, to: 'negotiation' });
    await t.call('agreements:delete', { id: second.id, reason: 'Entered by mistake' });
    for (const filter of [{}, { statuses: ['draft'] }, { statuses: ['negotiation', 'draft'] }, { kinds: ['mou'] }, { kinds: ['contract'], statuses: ['draft'] }]) {
      expect(await total(filter), JSON.stringify(filter)).toBe(await rows(filter));
    }
    expect(await total({})).toBe(5);
    expect(await total({ statuses: ['negotiation'] })).toBe(1);
  });

  it('numbers the next agreement after the highest serial, past 999 and leading zeros', async () => {
    const t = openTestCore();
    const { kaist, city } = await makeParties(t);
    const make = (referenceNo?: string) =>
      t.call('agreements:create', { kind: 'mou', title: 'x', referenceNo, signedOn: '2026-05-01', parties: [{ organisationId: kaist.id }, { organisationId: city.id }] });
    expect((await make()).referenceNo).toBe('MOU-2026-001');
    await make('MOU-2026-0999');
    await make('MOU-2026-12a');
    expect((await make()).referenceNo).toBe('MOU-2026-1000');
    expect((await make()).referenceNo).toBe('MOU-2026-1001');
  });
});
