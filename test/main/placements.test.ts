import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import type { ListQuery, Sql } from '../../electron/main/db/record-table';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { evaluationTable } from '../../electron/main/records/evaluations';
import { hireTable } from '../../electron/main/records/hires';
import { placementTable } from '../../electron/main/records/placements/index';
import { REMINDER_SQL } from '../../electron/main/records/placements/placement-views';
import { EVALUATION_SORTS } from '../../shared/models/evaluation';
import { HIRE_SORTS } from '../../shared/models/hire';
import { PLACEMENT_SORTS, PLACEMENT_STATUSES } from '../../shared/models/placement';
import { openTestCore, type TestCore, tempDir } from './fixtures';
import { makePlacement } from './placement-fixtures';
import { makeProgram } from './program-fixtures';
import { listStatements } from './list-statements';

/** The HKUST GZ MSc, its agreement, an intern and a supervisor at the host. */
async function internship(t: TestCore) {
  const made = await makeProgram(t);
  const intern = await t.call('people:create', { name: 'Park Ji-woo', altNames: [{ name: '박지우', lang: 'ko' }] });
  const host = await t.call('organisations:create', { name: 'Upstage', kind: 'company', country: 'KR' });
  const supervisor = await t.call('people:create', { name: 'Kim Min-jun', organisationId: host.id });
  return { ...made, intern, host, supervisor };
}

describe('placements', () => {
  it('start active, naming intern, host, supervisor, program and agreement', async () => {
    const t = openTestCore();
    const { intern, host, supervisor, program, agreement } = await internship(t);
    const placement = await makePlacement(t, intern.id, host.id, { supervisorId: supervisor.id, programId: program.id, agreementId: agreement.id });
    expect(placement).toMatchObject({
      status: 'active',
      internName: 'Park Ji-woo',
      hostName: 'Upstage',
      supervisorName: 'Kim Min-jun',
      programName: 'HKUST GZ MSc',
      agreementTitle: 'AI talent agreement',
      stipendMinor: 3_000_000,
      stipendCurrency: 'KRW',
      evaluationCount: 0,
    });
    expect(await t.call('placements:get', { id: placement.id })).toEqual(placement);
  });

  it('exist without a program or agreement (a startup internship), and keep dates as precisely as known', async () => {
    const t = openTestCore();
    const { intern, host } = await internship(t);
    const placement = await makePlacement(t, intern.id, host.id, { startsOn: '2026-07', endsOn: '2026', stipendMinor: null, stipendCurrency: null });
    expect(placement).toMatchObject({ programId: null, programName: null, agreementId: null, startsOn: '2026-07', endsOn: '2026', stipendMinor: null });
  });

  it('refuse an end before the start, a negative stipend and an amount without its currency, each at its field', async () => {
    const t = openTestCore();
    const { intern, host } = await internship(t);
    const early = await t.send('placements:create', { internId: intern.id, hostId: host.id, startsOn: '2026-09-01', endsOn: '2026-08' });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'endsOn', message: 'The end comes before the start.' }] } });
    // The same month may end on a day of it: no day that June stands for makes them certainly out of order.
    expect((await t.call('placements:create', { internId: intern.id, hostId: host.id, startsOn: '2026-06', endsOn: '2026-06-30' })).endsOn).toBe('2026-06-30');
    const negative = await t.send('placements:create', { internId: intern.id, hostId: host.id, startsOn: '2026', stipendMinor: -1, stipendCurrency: 'KRW' });
    expect(negative).toMatchObject({ ok: false, error: { issues: [{ path: 'stipendMinor', message: 'An amount cannot be negative.' }] } });
    // The one money rule's bound: 10^15 won is a slip of the zeros, refused at the stipend.
    const slip = await t.send('placements:create', { internId: intern.id, hostId: host.id, startsOn: '2026', stipendMinor: 10 ** 15, stipendCurrency: 'KRW' });
    expect(slip).toMatchObject({ ok: false, error: { issues: [{ path: 'stipendMinor' }] } });
    const noCurrency = await t.send('placements:create', { internId: intern.id, hostId: host.id, startsOn: '2026', stipendMinor: 100 });
    expect(noCurrency).toMatchObject({ ok: false, error: { issues: [{ path: 'stipendCurrency' }] } });
  });

  it('need an intern and host that exist, each named at its field', async () => {
    const t = openTestCore();
    const { intern, host } = await internship(t);
    const gone = await t.call('people:create', { name: 'Gone' });
    await t.call('people:delete', { id: gone.id, reason: 'Entered by mistake' });
    const missing = await t.send('placements:create', { internId: gone.id, hostId: host.id, startsOn: '2026' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'internId', message: 'Choose an existing person.' }] } });
    expect((await makePlacement(t, intern.id, host.id)).status).toBe('active');
  });

  it('move active → completed → not hired, or leave early, refusing other moves with a sentence', async () => {
    const t = openTestCore();
    const { intern, host } = await internship(t);
    const placement = await makePlacement(t, intern.id, host.id);
    const skip = await t.send('placements:transition', { id: placement.id, to: 'not_hired' });
    expect(skip).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: 'A placement that is active cannot become not hired.' } });
    expect((await t.call('placements:transition', { id: placement.id, to: 'completed' })).status).toBe('completed');
    expect((await t.call('placements:transition', { id: placement.id, to: 'not_hired' })).status).toBe('not_hired');
    const left = await makePlacement(t, intern.id, host.id);
    expect((await t.call('placements:transition', { id: left.id, to: 'left_early' })).status).toBe('left_early');
    expect(await t.send('placements:transition', { id: left.id, to: 'completed' })).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    const [last] = (await t.call('audit:list', { entityId: left.id })).rows;
    expect(last).toMatchObject({ action: 'transition', before: { status: 'active' }, after: { status: 'left_early' } });
  });

  it('refuse a move to hired until an evaluation is recorded', async () => {
    const t = openTestCore();
    const { intern, host } = await internship(t);
    const placement = await makePlacement(t, intern.id, host.id);
    await t.call('placements:transition', { id: placement.id, to: 'completed' });
    const hired = await t.send('placements:transition', { id: placement.id, to: 'hired' });
    expect(hired).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION', message: 'Record at least one evaluation of the internship before marking it hired.', issues: [{ path: 'to' }] },
    });
    expect((await t.call('placements:get', { id: placement.id })).status).toBe('completed');
  });

  it('keep the people, host, program and agreement they name from being deleted under them', async () => {
    const t = openTestCore();
    const { intern, host, supervisor, program, agreement } = await internship(t);
    const placement = await makePlacement(t, intern.id, host.id, { supervisorId: supervisor.id, programId: program.id });
    const other = await t.call('agreements:create', { kind: 'mou', title: 'City agreement', parties: [{ organisationId: host.id }, { organisationId: agreement.parties[0].organisationId }] });
    await makePlacement(t, intern.id, host.id, { agreementId: other.id });
    expect(await t.send('people:delete', { id: intern.id, reason: 'Entered by mistake' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This person still has 2 placements; delete them first.' },
    });
    expect(await t.send('people:delete', { id: supervisor.id, reason: 'Entered by mistake' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.send('programs:delete', { id: program.id, reason: 'Entered by mistake' })).toMatchObject({ ok: false, error: { message: 'This program still has 1 placement; delete it first.' } });
    expect(await t.send('agreements:delete', { id: other.id, reason: 'Entered by mistake' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await t.call('placements:delete', { id: placement.id, reason: 'Entered by mistake' });
    expect((await t.call('placements:list', { internId: intern.id })).total).toBe(1);
  });

  it('are found by their intern’s names and host, and filtered by host, supervisor, status and start range', async () => {
    const t = openTestCore();
    const { intern, host, supervisor } = await internship(t);
    const startup = await t.call('organisations:create', { name: 'Seongnam startup', kind: 'company', country: 'KR' });
    const a = await makePlacement(t, intern.id, host.id, { supervisorId: supervisor.id, startsOn: '2026-09' });
    const b = await makePlacement(t, intern.id, startup.id, { startsOn: '2025-03-02', endsOn: null });
    const ids = async (query: object) => (await t.call('placements:list', query)).rows.map((row) => row.id);
    expect(await ids({ search: '박지우' })).toHaveLength(2);
    expect(await ids({ search: 'startup' })).toEqual([b.id]);
    expect(await ids({ hostId: startup.id })).toEqual([b.id]);
    expect(await ids({ supervisorId: supervisor.id })).toEqual([a.id]);
    await t.call('placements:transition', { id: b.id, to: 'left_early' });
    expect(await ids({ statuses: ['left_early'] })).toEqual([b.id]);
    // September 2026 starts in a range that holds any of its days, and not in one that ends before it.
    expect(await ids({ startsFrom: '2026-09-30', startsTo: '2026-12-31' })).toEqual([a.id]);
    expect(await ids({ startsFrom: '2026-01-01', startsTo: '2026-08-31' })).toEqual([]);
    // Newest start first by default; an open end sorts last.
    expect(await ids({})).toEqual([a.id, b.id]);
    expect(await ids({ sort: 'endsOn', dir: 'asc' })).toEqual([a.id, b.id]);
    expect(await ids({ sort: 'endsOn', dir: 'desc' })).toEqual([a.id, b.id]);
  });
});

/** A register with many placements, planned by SQLite after ANALYZE, as the list plans test does for agreements. */
describe('placement lists at scale', () => {
  const TODAY = '2026-04-15';
  function seed(db: Db): void {
    const at = '2026-01-01T00:00:00.000Z';
    db.transaction(() => {
      const org = db.prepare(`INSERT INTO organisations (id, name, kind, country, created_at, updated_at, updated_by) VALUES (?, ?, 'company', 'KR', ?, ?, 'seed')`);
      const person = db.prepare(`INSERT INTO people (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'seed')`);
      const placement = db.prepare(
        `INSERT INTO placements (id, intern_id, host_id, supervisor_id, status, starts_on, ends_on, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed')`,
      );
      for (let i = 0; i < 200; i += 1) org.run(`o${i}`, `Org ${i}`, at, at);
      for (let i = 0; i < 3000; i += 1) person.run(`p${i}`, `Person ${i}`, at, at);
      for (let i = 0; i < 6000; i += 1) {
        const updated = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        const start = `20${20 + (i % 7)}-0${1 + (i % 9)}${i % 4 ? `-${String(1 + (i % 28)).padStart(2, '0')}` : ''}`;
        placement.run(`pl${i}`, `p${i % 3000}`, `o${i % 200}`, i % 3 ? `p${(i * 7) % 3000}` : null, PLACEMENT_STATUSES[i % 5], start, i % 5 ? `20${21 + (i % 7)}` : null, updated, updated);
      }
    })();
    refreshStatistics(db, { full: true });
  }
  const db = openDatabase(path.join(tempDir(), 'placements.sqlite'));
  migrate(db, MIGRATIONS, null);
  seed(db);

  const plan = ({ sql, params }: Sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  const query = (over: Partial<ListQuery>): ListQuery => ({ search: '', sort: 'startsOn', dir: 'desc', offset: 0, limit: 50, ...over });

  it('reads every filter and sort’s page from an index, in order', () => {
    const range = { startsFrom: '2023-01-01', startsTo: '2023-12-31' };
    const filters: Array<Partial<ListQuery>> = [
      {},
      range,
      { hostId: 'o3' },
      { supervisorId: 'p7' },
      { statuses: ['active'] },
      { statuses: ['completed', 'hired'] },
      { hostId: 'o3', ...range },
      { statuses: ['active', 'completed'], ...range },
    ];
    const problems = filters.flatMap((filter) =>
      PLACEMENT_SORTS.flatMap((sort) =>
        (['asc', 'desc'] as const).flatMap((dir) => {
          // The unfiltered index carries the start before the rowid (for the start range), so the
          // placements without an end (a descending page's rest) are sorted by rowid: those only.
          const openEnded = (what: string) => what === 'rest' && !['hostId', 'supervisorId', 'statuses'].some((key) => key in filter);
          const lines = listStatements(placementTable.listSql(query({ ...filter, sort, dir }), TODAY)).flatMap(([what, sql]) =>
            plan(sql).filter((line) => !(openEnded(what) && line === 'USE TEMP B-TREE FOR ORDER BY')),
          );
          const bad = lines.filter((line) => /^SCAN pl\b/.test(line) || line.includes('TEMP B-TREE FOR ORDER BY'));
          return bad.length ? [`${JSON.stringify({ ...filter, sort, dir })}: ${bad.join(' | ')}`] : [];
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('lists a person’s, a program’s and an agreement’s placements, and counts what a delete checks, through indexes', () => {
    for (const [filter, index] of [
      ['internId', 'placements_intern'],
      ['programId', 'placements_program'],
      ['agreementId', 'placements_agreement'],
    ] as const) {
      const { page } = placementTable.listSql(query({ [filter]: 'x' }), TODAY);
      expect(plan(page).join(' | ')).toMatch(new RegExp(index));
    }
    const referrers = (column: string) => plan({ sql: `SELECT id FROM placements WHERE ${column} = ? AND deleted_at IS NULL`, params: ['x'] }).join(' | ');
    for (const column of ['intern_id', 'host_id', 'supervisor_id', 'program_id', 'agreement_id']) {
      expect(referrers(column)).toMatch(/USING (COVERING )?INDEX placements_/);
    }
  });
});

/** Evaluations, hires, a program's funnel and the reminders, planned over a register of thousands after ANALYZE. */
describe('evaluation and hire lists, funnel and reminders at scale', () => {
  const TODAY = '2026-04-15';
  const db = openDatabase(path.join(tempDir(), 'outcomes.sqlite'));
  migrate(db, MIGRATIONS, null);
  const at = '2026-01-01T00:00:00.000Z';
  db.transaction(() => {
    // Spread over organisations and programs, so each filter picks out a few rows as in a real register.
    const org = db.prepare(`INSERT INTO organisations (id, name, kind, country, created_at, updated_at, updated_by) VALUES (?, ?, 'company', 'KR', ?, ?, 'seed')`);
    const program = db.prepare(`INSERT INTO programs (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'seed')`);
    for (let i = 0; i < 50; i += 1) org.run(`o${i}`, `Org ${i}`, at, at);
    for (let i = 0; i < 10; i += 1) program.run(`pr${i}`, `Program ${i}`, at, at);
    const intake = db.prepare(`INSERT INTO intakes (id, program_id, name, applications_close_on, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'seed')`);
    const person = db.prepare(`INSERT INTO people (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'seed')`);
    const placement = db.prepare(
      `INSERT INTO placements (id, intern_id, host_id, program_id, status, starts_on, ends_on, evaluation_due_on, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, '2026-01', ?, ?, ?, ?, 'seed')`,
    );
    const evaluation = db.prepare(
      `INSERT INTO placement_evaluations (id, placement_id, evaluated_on, evaluator_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'seed')`,
    );
    const hire = db.prepare(`INSERT INTO hires (id, person_id, organisation_id, hired_on, kind, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'seed')`);
    const application = db.prepare(
      `INSERT INTO applications (id, applicant_id, intake_id, status, submitted_on, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, '2026-04-10', ?, ?, 'seed')`,
    );
    for (let i = 0; i < 40; i += 1) intake.run(`i${i}`, `pr${i % 10}`, `Intake ${i}`, `2026-0${1 + (i % 9)}-15`, at, at);
    for (let i = 0; i < 2000; i += 1) person.run(`p${i}`, `Person ${i}`, at, at);
    for (let i = 0; i < 4000; i += 1) {
      const day = `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
      placement.run(`pl${i}`, `p${i % 2000}`, `o${i % 50}`, i % 4 ? null : `pr${i % 10}`, PLACEMENT_STATUSES[i % 5], day, day, at, at);
      evaluation.run(`e${i}`, `pl${i}`, day, `p${(i * 3) % 2000}`, at, at);
      hire.run(`h${i}`, `p${i % 2000}`, `o${i % 50}`, day, ['intern_hired', 'graduate_hired', 'expert_joined'][i % 3], at, at);
      application.run(`a${i}`, `p${i % 2000}`, `i${i % 40}`, ['submitted', 'screening', 'accepted', 'rejected', 'withdrawn'][i % 5], at, at);
    }
  })();
  refreshStatistics(db, { full: true });
  const plan = ({ sql, params }: Sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  const bad = (lines: string[], alias: string) => lines.filter((line) => new RegExp(`^SCAN ${alias}\\b`).test(line) || line.includes('TEMP B-TREE FOR ORDER BY'));

  it('reads every evaluation and hire list page from an index, in order', () => {
    const problems: string[] = [];
    for (const filter of [{}, { placementId: 'pl3' }, { evaluatorId: 'p7' }]) {
      for (const sort of EVALUATION_SORTS) {
        for (const dir of ['asc', 'desc'] as const) {
          const sql = evaluationTable.listSql({ search: '', sort, dir, offset: 0, limit: 50, ...filter }, TODAY);
          problems.push(...bad(listStatements(sql).flatMap(([, s]) => plan(s)), 'ev').map((line) => `${JSON.stringify({ ...filter, sort, dir })}: ${line}`));
        }
      }
    }
    for (const filter of [{}, { personId: 'p3' }, { organisationId: 'o3' }, { kind: 'expert_joined' }, { placementId: 'pl3' }, { programId: 'pr3' }, { agreementId: 'x' }]) {
      for (const sort of HIRE_SORTS) {
        for (const dir of ['asc', 'desc'] as const) {
          // Hires of a placement, program or agreement are sections sorted by date only.
          if (sort !== 'hiredOn' && ('placementId' in filter || 'programId' in filter || 'agreementId' in filter)) continue;
          const sql = hireTable.listSql({ search: '', sort, dir, offset: 0, limit: 50, ...filter }, TODAY);
          problems.push(...bad(listStatements(sql).flatMap(([, s]) => plan(s)), 'hi').map((line) => `${JSON.stringify({ ...filter, sort, dir })}: ${line}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('counts a program’s funnel and lists reminders through indexes, never scanning placements or applications', () => {
    const run = (sql: string, ...params: unknown[]) => plan({ sql, params }).join(' | ');
    const funnelApplications = run(
      `SELECT a.status, count(*) AS n FROM intakes i JOIN applications a ON a.intake_id = i.id AND a.deleted_at IS NULL WHERE i.program_id = ? AND i.deleted_at IS NULL GROUP BY a.status`,
      'pr3',
    );
    expect(funnelApplications).toMatch(/applications_intake_status/);
    expect(run('SELECT status, count(*) AS n FROM placements WHERE program_id = ? AND deleted_at IS NULL GROUP BY status', 'pr3')).toMatch(
      /USING (COVERING )?INDEX placements_program_status/,
    );
    const reminders = run(REMINDER_SQL.ending, '2026', '2026-05-15', '2026-04-15');
    expect(reminders).toMatch(/placements_status_by_ends_asc/);
    expect(reminders).not.toMatch(/TEMP B-TREE/);
    const due = run(REMINDER_SQL.due, '2026-05-15');
    expect(due).toMatch(/placements_evaluation_due/);
    expect(due).not.toMatch(/TEMP B-TREE/);
  });
});
