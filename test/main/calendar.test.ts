import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar';
import { occurrencesBetween } from '../../shared/event-occurrences';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import type { Sql } from '../../electron/main/db/record-table';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { DATED_QUERIES, eventIdsSql } from '../../electron/main/records/calendar';
import { eventTable } from '../../electron/main/records/events';
import { EVENT_KINDS, EVENT_SORTS } from '../../shared/models/event';
import { forumSeries, makeDayEvent, makeForum } from './event-fixtures';
import { makeAgreement, openTestCore, tempDir } from './fixtures';
import { makeIntake, makeProgram } from './program-fixtures';
import { listStatements } from './list-statements';

describe('calendar:range', () => {
  it('puts events (series expanded), intake dates, item due dates and agreement dates on their days, each linking to its record', async () => {
    const t = openTestCore();
    const { agreement } = await makeAgreement(t, {
      signedOn: '2026-06-02',
      effectiveOn: '2026-06-15',
      expiresOn: '2029-06-14',
      renewalNoticeDays: 1096,
      items: [
        { description: 'Open the research center', dueOn: '2026-06-30' },
        { description: 'Dropped idea', dueOn: '2026-06-30', status: 'dropped' },
      ],
    });
    await t.call('agreements:transition', { id: agreement.id, to: 'awaiting_signature' });
    await t.call('agreements:transition', { id: agreement.id, to: 'active' });
    const { program } = await makeProgram(t);
    const intake = await makeIntake(t, program.id, { applicationsCloseOn: '2026-06-20', startsOn: '2026-09-01' });
    const forum = await makeForum(t, { exceptions: [{ occurrenceOn: '2026-07-09', kind: 'moved', startsOn: '2026-06-25', startTime: '18:00', endsOn: '2026-06-25', endTime: '20:00' }] });
    const fair = await makeDayEvent(t, '2026-05-29', { endsOn: '2026-06-03', kind: 'exhibition', title: 'AI fair' });

    const june = await t.call('calendar:range', { from: '2026-06-01', to: '2026-06-30' });
    expect(june.entries.map((e) => [e.startsOn, e.kind, e.title, e.target.area, e.target.id])).toEqual([
      ['2026-05-29', 'event', 'AI fair', 'events', fair.id],
      ['2026-06-02', 'agreementSigned', `${agreement.referenceNo} — ${agreement.title}`, 'agreements', agreement.id],
      ['2026-06-11', 'event', 'Seongnam AI Forum', 'events', forum.id],
      ['2026-06-14', 'renewalNotice', `${agreement.referenceNo} — ${agreement.title}`, 'agreements', agreement.id],
      ['2026-06-15', 'agreementEffective', `${agreement.referenceNo} — ${agreement.title}`, 'agreements', agreement.id],
      ['2026-06-20', 'applicationsClose', intake.name, 'intakes', intake.id],
      ['2026-06-25', 'event', 'Seongnam AI Forum', 'events', forum.id],
      ['2026-06-30', 'itemDue', 'Open the research center', 'agreements', agreement.id],
    ]);
    expect(june.entries.find((e) => e.startsOn === '2026-06-11')).toMatchObject({ startTime: '19:00', endTime: '21:00', timeZone: 'Asia/Seoul', occurrenceOn: '2026-06-11', moved: false });
    expect(june.entries.find((e) => e.startsOn === '2026-06-25')).toMatchObject({ occurrenceOn: '2026-07-09', moved: true, startTime: '18:00' });
    expect(june.entries.find((e) => e.kind === 'applicationsClose')?.context).toBe(program.name);
    expect(new Set(june.entries.map((e) => e.key)).size).toBe(june.entries.length);
    // July: the forum's own July date was moved away; the intake and the expiry are further off.
    expect((await t.call('calendar:range', { from: '2026-07-01', to: '2026-07-31' })).entries).toEqual([]);
    const expiry = (await t.call('calendar:range', { from: '2029-06-14', to: '2029-06-14' })).entries;
    expect(expiry.filter((e) => e.kind !== 'event').map((e) => e.kind)).toEqual(['agreementExpires']);
  });

  it('refuses a range that ends before it starts or is longer than it may be', async () => {
    const t = openTestCore();
    expect(await t.send('calendar:range', { from: '2026-06-30', to: '2026-06-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'to', message: 'The range ends before it starts.' }] },
    });
    expect(await t.send('calendar:range', { from: '2020-01-01', to: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'to', message: 'Ask for at most 800 days at a time.' }] },
    });
  });

  it('finds exactly the events with an occurrence in any range, whatever their length, through the index', async () => {
    const t = openTestCore();
    const lengths = [0, 0, 1, 3, 6, 7, 8, 20, 31, 40, 200, 366, 400, 900];
    for (const [i, days] of lengths.entries()) await makeDayEvent(t, addDays('2026-01-01', i * 37), { endsOn: addDays('2026-01-01', i * 37 + days), title: `Event ${i}` });
    await makeForum(t);
    await makeForum(t, forumSeries({ title: 'Weekly seminar', startsOn: '2026-03-02', endsOn: '2026-03-02', recurrence: { freq: 'weekly', count: 10 } }));
    const all = (await t.call('events:list', { limit: 100 })).rows;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 60 }), async (offset, width) => {
        const range = { from: addDays('2026-01-01', offset), to: addDays('2026-01-01', offset + width) };
        const expected = all.filter((event) => occurrencesBetween(event, range).length > 0).map((e) => e.title).sort();
        const found = (await t.call('calendar:range', range)).entries.map((e) => e.title);
        expect([...new Set(found)].sort()).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * Problems with a statement's plan: a table scanned, or searched on nothing but `deleted_at` (which
 * reads every live row). Each table must be read by a date range or by its primary key.
 */
function scans(db: Db, { sql, params }: Sql): string[] {
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  return plan.filter((line) => /^SCAN /.test(line) || (/^SEARCH /.test(line) && !/[<>]\?|\(id=\?\)/.test(line)));
}

describe('calendar query plans at scale', () => {
  it('reads a month through indexes on every dated column, never scanning the register', () => {
    const db = openDatabase(path.join(tempDir(), 'calendar.sqlite'));
    migrate(db, MIGRATIONS, null);
    const at = '2026-01-01T00:00:00.000Z';
    const stamps = [at, at, 'seed'];
    const insertAgreement = db.prepare(
      `INSERT INTO agreements (id, reference_no, kind, title, status, signed_on, effective_on, expires_on, renewal_notice_days, created_at, updated_at, updated_by)
       VALUES (?, ?, 'mou', ?, 'active', ?, ?, ?, 90, ?, ?, ?)`,
    );
    const insertItem = db.prepare(
      `INSERT INTO cooperation_items (id, agreement_id, description, due_on, position, created_at, updated_at, updated_by) VALUES (?, ?, 'item', ?, 0, ?, ?, ?)`,
    );
    const insertEvent = db.prepare(
      `INSERT INTO events (id, kind, title, all_day, starts_on, ends_on, time_zone, recurrence, starts_at, ends_at, first_on, last_on, span_class, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, 1, ?, ?, 'Asia/Seoul', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < 5000; i += 1) {
        const day = addDays('2015-01-01', i % 4000);
        insertAgreement.run(`a${i}`, `MOU-${i}`, `Agreement ${i}`, day, day, addDays(day, 1095), ...stamps);
        insertItem.run(`ci${i}`, `a${i}`, addDays(day, 200), ...stamps);
      }
      for (let i = 0; i < 20000; i += 1) {
        const day = addDays('2015-01-01', i % 4000);
        const span = [0, 3, 20, 200, 500][i % 5];
        const series = i % 400 === 0;
        insertEvent.run(`e${i}`, EVENT_KINDS[i % EVENT_KINDS.length], `Event ${i}`, day, addDays(day, span), series ? '{"freq":"weekly","interval":1,"byDay":[],"count":null,"until":null}' : null, at, at, day, series ? null : addDays(day, span), [0, 1, 2, 3, 4][i % 5], ...stamps);
      }
    })();
    refreshStatistics(db, { full: true });
    const month = { from: '2024-06-01', to: '2024-07-12' };

    const found = [...scans(db, eventIdsSql(month)), ...DATED_QUERIES.flatMap((q) => scans(db, { sql: q.sql, params: [month.from, month.to] }))];
    expect(found).toEqual([]);
    // And the events it reads are the month's, not the register's: a single event's lookup stays
    // within the window plus the longest event of its class.
    const { sql, params } = eventIdsSql(month);
    const ids = db.prepare(sql).all(...params) as Array<{ id: string }>;
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(1200);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    expect(plan).toContain('USING INDEX events_single_days');
    expect(plan).toContain('USING INDEX events_series_days');

    // The events register: every sort from an index; a kind's or an agreement's events by start too.
    const listProblems: string[] = [];
    for (const sort of EVENT_SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        for (const filter of [{}, { kind: 'forum' }, { agreementId: 'a7' }, { organisationId: 'o1' }]) {
          const filtered = Object.keys(filter).length > 0;
          for (const [what, statementSql] of listStatements(eventTable.listSql({ search: '', sort, dir, offset: 0, limit: 50, ...filter }, '2026-01-01'))) {
            for (const { detail } of db.prepare(`EXPLAIN QUERY PLAN ${statementSql.sql}`).all(...statementSql.params) as Array<{ detail: string }>) {
              const sorted = detail.includes('TEMP B-TREE FOR ORDER BY');
              // Filtered lists sorted by something other than start sort only that filter's events.
              if (/^SCAN ev\b/.test(detail) || (sorted && (!filtered || (sort === 'startsAt' && !('organisationId' in filter))))) {
                listProblems.push(`${JSON.stringify({ sort, dir, ...filter })} ${what}: ${detail}`);
              }
            }
          }
        }
      }
    }
    expect(listProblems).toEqual([]);
    db.close();
  }, 60_000);
});
