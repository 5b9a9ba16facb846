import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import type { ListQuery, RecordTable, Sql } from '../../electron/main/db/record-table';
import { HISTORY_QUERIES } from '../../electron/main/db/repos/agreement-history-repo';
import { TERM_QUERIES, agreementTable } from '../../electron/main/db/repos/agreement-repo';
import { organisationTable } from '../../electron/main/records/organisations';
import { personTable } from '../../electron/main/records/people';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { AGREEMENT_KINDS, AGREEMENT_SORTS, AGREEMENT_STATUSES } from '../../shared/models/agreement';
import { ORGANISATION_KINDS } from '../../shared/models/organisation';
import { tempDir } from './fixtures';
import { listStatements, pageIds } from './list-statements';

/**
 * Every list the UI offers, planned by SQLite over a register of a few thousand rows after
 * ANALYZE: the page's ids must come from an index in sort order (no SCAN of the record table, no
 * temp B-tree sorting every match), and counts from an index or the tally. A new filter or sort
 * without its index fails here.
 */
const TODAY = '2026-03-01';
const AGREEMENTS = 3000;

function seed(db: Db): { orgId: string } {
  const at = '2026-01-01T00:00:00.000Z';
  const org = db.prepare(
    `INSERT INTO organisations (id, name, kind, country, created_at, updated_at, updated_by, row_key) VALUES (?, ?, ?, ?, ?, ?, 'seed', ?)`,
  );
  const person = db.prepare(
    `INSERT INTO people (id, name, organisation_id, created_at, updated_at, updated_by, row_key) VALUES (?, ?, ?, ?, ?, 'seed', ?)`,
  );
  const agreement = db.prepare(
    `INSERT INTO agreements (id, reference_no, kind, title, status, signed_on, expires_on, ends_on, term_kind, created_at, updated_at, updated_by, row_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed', ?)`,
  );
  const party = db.prepare(
    `INSERT INTO agreement_parties (id, agreement_key, organisation_key, position, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, 'seed')`,
  );
  const countries = ['KR', 'CN', 'HK', 'US', 'DE', 'JP'];
  db.transaction(() => {
    for (let i = 0; i < 600; i += 1) {
      org.run(`o${i}`, `Org ${i}`, ORGANISATION_KINDS[i % ORGANISATION_KINDS.length], countries[i % countries.length], at, at, i + 1);
      person.run(`p${i}`, `Person ${i}`, `o${i}`, at, at, i + 1);
    }
    for (let i = 0; i < AGREEMENTS; i += 1) {
      const day = `20${String(20 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
      const updated = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      // Some expiries known to the month only (they end on the month's last day), some terms renewing by themselves.
      const expires = i % 4 ? day.replace(/^20(\d\d)/, (_, y: string) => `20${Number(y) + 3}`) : null;
      const written = expires && i % 3 === 0 ? expires.slice(0, 7) : expires;
      const ends = written && written.length === 7 ? `${written}-28` : written;
      agreement.run(
        `a${i}`,
        `MOU-2026-${String(i).padStart(4, '0')}`,
        AGREEMENT_KINDS[i % AGREEMENT_KINDS.length],
        `Agreement ${(i * 7919) % AGREEMENTS}`,
        AGREEMENT_STATUSES[i % AGREEMENT_STATUSES.length],
        i % 5 ? day : null,
        written,
        ends,
        i % 10 === 0 ? 'auto_renewing' : 'fixed',
        updated,
        updated,
        i + 1,
      );
      // Row keys are one more than each loop's index (migration 25).
      party.run(`ap${i}a`, i + 1, (i % 600) + 1, 0, at, at);
      party.run(`ap${i}b`, i + 1, ((i * 7) % 600) + 1, 1, at, at);
    }
  })();
  refreshStatistics(db, { full: true });
  return { orgId: 'o3' };
}

function plan(db: Db, { sql, params }: Sql): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
}

const query = (over: Partial<ListQuery>): ListQuery => ({ search: '', sort: 'updatedAt', dir: 'desc', offset: 0, limit: 50, ...over });

/** Problems with one list's plans: a scan of the record table, or a sort of all its matches. */
type Listed = Pick<RecordTable<never, unknown>, 'listSql'> & { spec: { alias: string } };

function problems(db: Db, table: Listed, q: ListQuery, options: { sortAllowed?: boolean; fromMatches?: boolean } = {}): string[] {
  const { alias } = table.spec;
  const found: string[] = [];
  for (const [what, lines] of listStatements(table.listSql(q, TODAY, options.fromMatches)).map(([name, sql]) => [name, plan(db, sql)] as const)) {
    for (const line of lines) {
      if (new RegExp(`^SCAN ${alias}\\b`).test(line)) found.push(`${what}: ${line}`);
      // A filter through another table must seek it, never read it whole.
      if (/^\s*SCAN (ap|c|agreement_parties|agreement_countries)\b/.test(line.replace(/^[|`-]+/, ''))) found.push(`${what}: ${line}`);
      // A sort of the matches, whole or the tie-break part ("FOR RIGHT PART OF ORDER BY").
      if (!options.sortAllowed && (what === 'page' || what === 'rest') && /TEMP B-TREE FOR .*ORDER BY/.test(line)) found.push(`${what}: ${line}`);
    }
  }
  return found.length ? [`${JSON.stringify(q)}`, ...found] : [];
}

describe('list query plans at scale', () => {
  const db = openDatabase(path.join(tempDir(), 'plans.sqlite'));
  migrate(db, MIGRATIONS, null);
  const { orgId } = seed(db);

  it('serves every agreement filter and sort from an index, both directions', () => {
    const filters: Array<Partial<ListQuery>> = [
      {},
      { statuses: ['active'] },
      { statuses: ['active', 'expired', 'draft'] },
      { kinds: ['mou'] },
      { kinds: ['mou'], statuses: ['active'] },
    ];
    const found = filters.flatMap((filter) =>
      AGREEMENT_SORTS.flatMap((sort) => (['asc', 'desc'] as const).flatMap((dir) => problems(db, agreementTable, query({ ...filter, sort, dir })))),
    );
    expect(found).toEqual([]);
  });

  it('walks the sort order testing a partner or a country per agreement, or sorts their few matches, never the register', () => {
    const found = [{ partnerId: orgId }, { country: 'DE' }, { country: 'DE', statuses: ['active'] }].flatMap((filter) =>
      AGREEMENT_SORTS.flatMap((sort) =>
        (['asc', 'desc'] as const).flatMap((dir) => [
          // Walking: the sort index gives the order, each agreement is one seek into the parties or countries.
          ...problems(db, agreementTable, query({ ...filter, sort, dir })),
          // Starting from the matches: read by id, then sorted.
          ...problems(db, agreementTable, query({ ...filter, sort, dir }), { sortAllowed: true, fromMatches: true }),
        ]),
      ),
    );
    expect(found).toEqual([]);
    const { count, page } = agreementTable.listSql(query({ partnerId: orgId }), TODAY, true);
    expect(plan(db, page).join(' ')).toMatch(/SEARCH a USING INDEX sqlite_autoindex_agreements_1 \(id=\?\).*agreement_parties_organisation/);
    // The partner's count is its tally's rows (migration 23); with a filter the tally does not hold, its matches are counted by id.
    expect(count.sql).toContain('agreement_partner_tally');
    expect(plan(db, count).join(' ')).toMatch(/^SEARCH agreement_partner_tally USING PRIMARY KEY \(organisation_id=\?/);
    const withKind = agreementTable.listSql(query({ partnerId: orgId, kinds: ['mou'] }), TODAY, true).count;
    expect(plan(db, withKind).join(' ')).toMatch(/SEARCH a USING INDEX sqlite_autoindex_agreements_1 \(id=\?\)/);
    expect(agreementTable.listSql(query({ country: 'DE' }), TODAY).count.sql).toContain('agreement_country_tally');
  });

  it('starts from the matches when they are few beside the register, and walks when they are common', () => {
    const total = (filter: Partial<ListQuery>) => {
      const { count } = agreementTable.listSql(query(filter), TODAY);
      return (db.prepare(count.sql).get(...count.params) as { n: number }).n;
    };
    const partner = total({ partnerId: orgId });
    const country = total({ country: 'DE' });
    expect(partner).toBeGreaterThan(0);
    expect(partner).toBeLessThan(20);
    expect(country).toBe(500); // a sixth of the agreements have their parties in Germany
    expect(agreementTable.startsFromMatches(db, query({ partnerId: orgId }), TODAY, partner)).toBe(true);
    expect(agreementTable.startsFromMatches(db, query({ country: 'DE' }), TODAY, country)).toBe(false);
    // No filter that can start from its matches: always the walk.
    expect(agreementTable.startsFromMatches(db, query({ statuses: ['active'] }), TODAY, 3)).toBe(false);
    // Either way the list is the same rows in the same order.
    for (const filter of [{ partnerId: orgId }, { country: 'DE' }]) {
      for (const sort of AGREEMENT_SORTS) {
        const q = query({ ...filter, sort, limit: 40 });
        const ids = (fromMatches: boolean) => pageIds(db, agreementTable.listSql(q, TODAY, fromMatches), q);
        expect(ids(true)).toEqual(ids(false));
      }
    }
  });

  it('counts a search in the search index alone, and pages it by the sort order testing each agreement’s key', () => {
    const key = db.prepare('UPDATE agreements SET search_key = ? WHERE id = ?');
    const row = db.prepare('INSERT INTO agreement_search (rowid, body) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < AGREEMENTS; i += 1) {
        const k = i + 1;
        key.run(k, `a${i}`);
        row.run(k, `MOU-2026-${String(i).padStart(4, '0')} Agreement ${(i * 7919) % AGREEMENTS}${i % 100 === 0 ? ' zeppelin' : ''}`);
      }
    })();
    const n = ({ sql, params }: Sql) => (db.prepare(sql).get(...params) as { n: number }).n;
    const ids = (q: ListQuery, fromMatches = false) => pageIds(db, agreementTable.listSql(q, TODAY, fromMatches), q);
    // The count reads the trigram index (or its text, for a word under three characters) and nothing else.
    const countReads = (search: string) => {
      const { count } = agreementTable.listSql(query({ search }), TODAY);
      expect(count.sql).not.toMatch(/\bagreements\b/);
      return plan(db, count).filter((line) => /^(SCAN|SEARCH) /.test(line.replace(/^[|`-]+/, '').trim()));
    };
    for (const search of ['Agreement', 'zeppelin Agreement', 'zeppelin 00', 'Ag 00']) {
      const reads = countReads(search);
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.filter((line) => !/ agreement_search VIRTUAL TABLE|^(SCAN|SEARCH) agreement_search_content( USING INTEGER PRIMARY KEY \(rowid=\?\))?$|^SCAN \(subquery-\d+\)$/.test(line))).toEqual([]);
    }
    // Short words beside a long one read the text of its matches only; short words alone, the text once.
    expect(countReads('zeppelin 00')).toContain('SEARCH agreement_search_content USING INTEGER PRIMARY KEY (rowid=?)');
    expect(countReads('Ag 00').filter((line) => line.includes('agreement_search_content'))).toEqual(['SCAN agreement_search_content']);
    expect(n(agreementTable.listSql(query({ search: 'Agreement' }), TODAY).count)).toBe(AGREEMENTS);
    expect(n(agreementTable.listSql(query({ search: 'zeppelin Agreement' }), TODAY).count)).toBe(30);
    expect(n(agreementTable.listSql(query({ search: 'zeppelin 00' }), TODAY).count)).toBe(30); // every hundredth ends in 00
    expect(n(agreementTable.listSql(query({ search: 'Ag 00' }), TODAY).count)).toBe(ids(query({ search: 'Ag 00', limit: 10_000 })).length);
    // With another filter, the records are counted (the index knows nothing of statuses).
    const active = agreementTable.listSql(query({ search: 'zeppelin', statuses: ['active'] }), TODAY).count;
    expect(active.sql).toMatch(/\bagreements\b/);
    expect(n(active)).toBe(ids(query({ search: 'zeppelin', statuses: ['active'], limit: 1000 })).length);
    for (const sort of AGREEMENT_SORTS) {
      // Walking: the sort index gives the order, each agreement's key (on its row) is looked up among the matches read once.
      expect(problems(db, agreementTable, query({ search: 'Agreement', sort }))).toEqual([]);
      expect(problems(db, agreementTable, query({ search: 'Ag', sort }))).toEqual([]); // a short word tests each walked row's text
      const walk = plan(db, agreementTable.listSql(query({ search: 'Agreement', sort }), TODAY).page).join(' | ');
      expect(walk).toContain('LIST SUBQUERY');
      expect(walk).not.toContain('agreements_search_key');
      // Few matches: read by id and sorted; the same rows in the same order either way.
      expect(problems(db, agreementTable, query({ search: 'zeppelin', sort }), { sortAllowed: true, fromMatches: true })).toEqual([]);
      for (const search of ['zeppelin', 'zeppelin 00']) {
        const page = (fromMatches: boolean) => ids(query({ search, sort, limit: 20 }), fromMatches);
        expect(page(true)).toHaveLength(20);
        expect(page(true)).toEqual(page(false));
      }
    }
    expect(agreementTable.startsFromMatches(db, query({ search: 'zeppelin' }), TODAY, 30)).toBe(true);
    expect(agreementTable.startsFromMatches(db, query({ search: 'Agreement' }), TODAY, AGREEMENTS)).toBe(false);
  });

  it('finds the expiring agreements through their index, sorting only the window', () => {
    const found = AGREEMENT_SORTS.flatMap((sort) => problems(db, agreementTable, query({ expiringWithinDays: 90, sort }), { sortAllowed: true }));
    expect(found).toEqual([]);
    // Sorted by expiry, the window is the index range itself; the auto-renewing ones come from theirs.
    expect(problems(db, agreementTable, query({ expiringWithinDays: 90, sort: 'expiresOn', dir: 'asc' }))).toEqual([]);
    const { count } = agreementTable.listSql(query({ expiringWithinDays: 90, sort: 'expiresOn', dir: 'asc' }), TODAY);
    expect(plan(db, count).join(' | ')).toMatch(/agreements_status_by_expires_asc.*agreements_renewing_ends/);
  });

  it('merges a multi-status filter instead of sorting its matches', () => {
    const { page } = agreementTable.listSql(query({ statuses: ['active', 'expired'], sort: 'title', dir: 'asc' }), TODAY);
    expect(plan(db, page)).toContain('MERGE (UNION ALL)');
  });

  it('counts unfiltered, status and kind lists from the tally', () => {
    for (const filter of [{}, { statuses: ['active', 'draft'] }, { kinds: ['mou'] }]) {
      const { count } = agreementTable.listSql(query(filter), TODAY);
      expect(count.sql).toContain('agreement_tally');
      const n = (db.prepare(count.sql).get(...count.params) as { n: number }).n;
      const q = query({ ...filter, limit: 100_000 });
      expect(n).toBe(pageIds(db, agreementTable.listSql(q, TODAY), q).length);
    }
  });

  it('serves the organisation and people lists from indexes', () => {
    const found = [
      ...['name', 'kind', 'country', 'updatedAt'].flatMap((sort) =>
        [{}, { kind: 'company' }, { country: 'KR' }].flatMap((filter) =>
          // Organisations filtered by one column and sorted by another sort that filter's matches.
          problems(db, organisationTable, query({ ...filter, sort, dir: 'asc' }), { sortAllowed: Object.keys(filter).length > 0 && sort !== 'name' }),
        ),
      ),
      ...['name', 'updatedAt'].flatMap((sort) => problems(db, personTable, query({ sort, dir: 'desc' }))),
      ...problems(db, personTable, query({ organisationId: orgId, sort: 'name' })),
    ];
    expect(found).toEqual([]);
  });

  it('serves the start-up job, the home overview, removed agreements and status history from indexes', () => {
    const params: Record<string, unknown[]> = {
      expiringBetween: [TODAY, '2026-06-01'],
      renewalDue: [{ today: TODAY }],
      expiringCount: [TODAY, '2026-06-01'],
      renewalDueCount: [{ today: TODAY }],
      endedTerms: [TODAY],
      removedCount: [],
      removedPage: [50, 0],
      statusBeforeLastChange: ['a1'],
      corrections: ['a1'],
    };
    const found = Object.entries({ ...TERM_QUERIES, ...HISTORY_QUERIES }).flatMap(([name, sql]) =>
      plan(db, { sql, params: params[name] })
        // A full pass over the register or the log (SCAN without an index) is what must not happen.
        .filter((detail) => /^SCAN (agreements|a|audit_log|l)\b(?! USING (COVERING )?INDEX)/.test(detail))
        .map((detail) => `${name}: ${detail}`),
    );
    expect(found).toEqual([]);
    expect(plan(db, { sql: TERM_QUERIES.endedTerms, params: [TODAY] }).join(' ')).toContain('agreements_active_ends');
    expect(plan(db, { sql: TERM_QUERIES.removedPage, params: [50, 0] }).join(' ')).toContain('agreements_removed');
    expect(plan(db, { sql: TERM_QUERIES.renewalDue, params: [{ today: TODAY }] }).join(' ')).toContain('agreements_renewal_notice_on');
  });
});
