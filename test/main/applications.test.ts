import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import type { ListQuery, Sql } from '../../electron/main/db/record-table';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { applicationTable } from '../../electron/main/records/applications';
import type { ChannelInput } from '../../shared/ipc/contract';
import { APPLICATION_SORTS, APPLICATION_STATUSES } from '../../shared/models/application';
import { openTestCore, tempDir, type TestCore } from './fixtures';
import { makeApplication, makeIntake, makeProgram } from './program-fixtures';
import { listStatements } from './list-statements';

/** The HKUST GZ MSc's 2026 intake and two applicants. */
async function screeningRound(t: TestCore) {
  const { program, president } = await makeProgram(t);
  const intake = await makeIntake(t, program.id);
  const jiwoo = await t.call('people:create', { name: 'Park Ji-woo', altNames: [{ name: '박지우', lang: 'ko' }] });
  const mei = await t.call('people:create', { name: 'Chan Mei' });
  return { program, intake, jiwoo, mei, president };
}

describe('applications', () => {
  it('start as submitted, naming their applicant, intake and program', async () => {
    const t = openTestCore();
    const { intake, jiwoo } = await screeningRound(t);
    const application = await makeApplication(t, intake.id, jiwoo.id, { score: 87.5, reviewerNotes: 'Strong in linear algebra.' });
    expect(application).toMatchObject({
      status: 'submitted',
      applicantName: 'Park Ji-woo',
      intakeName: '2026 intake',
      programName: 'HKUST GZ MSc',
      submittedOn: '2026-04-10',
      score: 87.5,
    });
    expect(await t.call('applications:get', { id: application.id })).toEqual(application);
  });

  it('need an applicant and an intake that exist, each named at its field', async () => {
    const t = openTestCore();
    const { intake, jiwoo, mei } = await screeningRound(t);
    await t.call('people:delete', { id: mei.id, reason: 'Entered by mistake' });
    const noApplicant = await t.send('applications:create', { applicantId: mei.id, intakeId: intake.id, submittedOn: '2026-04-10' });
    expect(noApplicant).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Choose an existing person.', issues: [{ path: 'applicantId', message: 'Choose an existing person.' }] },
    });
    const application = await makeApplication(t, intake.id, jiwoo.id);
    const spare = await makeIntake(t, intake.programId, { name: 'Spare' });
    await t.call('intakes:delete', { id: spare.id, reason: 'Entered by mistake' });
    const bothGone = await t.send('applications:update', {
      id: application.id,
      values: { applicantId: mei.id, intakeId: spare.id, submittedOn: '2026-04-10' },
    });
    expect(bothGone).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'applicantId' }, { path: 'intakeId', message: 'Choose an existing intake.' }] } });
    expect((await t.call('applications:get', { id: application.id })).applicantId).toBe(jiwoo.id);
  });

  it('keep the score between 0 and 100, to one decimal, or none', async () => {
    const t = openTestCore();
    const { intake, jiwoo } = await screeningRound(t);
    const issue = async (score: number) => {
      const result = await t.send('applications:create', { applicantId: jiwoo.id, intakeId: intake.id, submittedOn: '2026-04-10', score });
      return result.ok ? null : result.error.issues?.map((i) => [i.path, i.message]);
    };
    expect(await issue(100.5)).toEqual([['score', 'At most 100.']]);
    expect(await issue(-1)).toEqual([['score', 'At least 0.']]);
    expect(await issue(87.25)).toEqual([['score', 'Give the score with one decimal at most, e.g. 87.5.']]);
    expect(await issue(100)).toBeNull();
    expect(await issue(0)).toBeNull();
    expect((await makeApplication(t, intake.id, jiwoo.id)).score).toBeNull();
  });

  it('move along their lifecycle, refusing moves it does not allow with a sentence', async () => {
    const t = openTestCore();
    const { intake, jiwoo } = await screeningRound(t);
    const application = await makeApplication(t, intake.id, jiwoo.id);
    const early = await t.send('applications:transition', { id: application.id, to: 'accepted' });
    expect(early).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: 'An application that is submitted cannot become accepted.' } });
    expect((await t.call('applications:transition', { id: application.id, to: 'screening' })).status).toBe('screening');
    const twice = await t.send('applications:transition', { id: application.id, to: 'screening' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: 'The application is already screening.' } });
    const accepted = await t.call('applications:transition', { id: application.id, to: 'accepted' });
    expect(accepted.status).toBe('accepted');
    // A decision is final: no withdrawing or rejecting an accepted application.
    for (const to of ['withdrawn', 'rejected', 'screening'] as const) {
      expect(await t.send('applications:transition', { id: application.id, to })).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    }
    const [last] = (await t.call('audit:list', { entityId: application.id })).rows;
    expect(last).toMatchObject({ action: 'transition', before: { status: 'screening' }, after: { status: 'accepted' } });
  });

  it('may be withdrawn before a decision, and an edit never moves the status', async () => {
    const t = openTestCore();
    const { intake, jiwoo, mei } = await screeningRound(t);
    const submitted = await makeApplication(t, intake.id, jiwoo.id);
    expect((await t.call('applications:transition', { id: submitted.id, to: 'withdrawn' })).status).toBe('withdrawn');
    const screened = await makeApplication(t, intake.id, mei.id);
    await t.call('applications:transition', { id: screened.id, to: 'screening' });
    const edited = await t.call('applications:update', { id: screened.id, values: { applicantId: mei.id, intakeId: intake.id, submittedOn: '2026-04-09', score: 91 } });
    expect(edited).toMatchObject({ status: 'screening', score: 91, submittedOn: '2026-04-09' });
    // A move made on a stale copy is refused like a stale edit.
    const stale = await t.send('applications:transition', { id: screened.id, to: 'rejected', expectedUpdatedAt: screened.updatedAt });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keep their applicant and intake from being deleted under them', async () => {
    const t = openTestCore();
    const { intake, jiwoo } = await screeningRound(t);
    const application = await makeApplication(t, intake.id, jiwoo.id);
    expect(await t.send('people:delete', { id: jiwoo.id, reason: 'Entered by mistake' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This person still has 1 application; delete it first.' },
    });
    expect(await t.send('intakes:delete', { id: intake.id, reason: 'Entered by mistake' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This intake still has 1 application; delete it first.' },
    });
    expect((await t.call('people:get', { id: jiwoo.id })).name).toBe('Park Ji-woo');
    await t.call('applications:delete', { id: application.id, reason: 'Entered by mistake' });
    await t.call('intakes:delete', { id: intake.id, reason: 'Entered by mistake' });
    await t.call('people:delete', { id: jiwoo.id, reason: 'Entered by mistake' });
    expect((await t.call('applications:list', {})).total).toBe(0);
  });

  it('are found by their applicant’s names and intake, following renames', async () => {
    const t = openTestCore();
    const { intake, jiwoo } = await screeningRound(t);
    await makeApplication(t, intake.id, jiwoo.id, { reviewerNotes: 'Topology olympiad' });
    const found = async (search: string) => (await t.call('applications:list', { search })).total;
    expect([await found('박지우'), await found('olympiad'), await found('2026 intake')]).toEqual([1, 1, 1]);
    await t.call('people:update', { id: jiwoo.id, values: { ...jiwoo, name: 'Park Jiwoo Grace' } });
    await t.call('intakes:update', { id: intake.id, values: { ...intake, name: 'September cohort' } });
    expect([await found('Grace'), await found('September'), await found('2026 intake')]).toEqual([1, 1, 0]);
  });

  it('list an intake’s or a person’s, by status, best score first with the unscored last', async () => {
    const t = openTestCore();
    const { program, intake, jiwoo, mei, president } = await screeningRound(t);
    const other = await makeIntake(t, program.id, { name: '2027 intake', applicationsOpenOn: null, applicationsCloseOn: null, screeningStartsOn: null, screeningEndsOn: null, startsOn: '2027-09-01' });
    const a = await makeApplication(t, intake.id, jiwoo.id, { score: 72 });
    const b = await makeApplication(t, intake.id, mei.id, { score: 91.5, submittedOn: '2026-04-20' });
    const c = await makeApplication(t, intake.id, president.id);
    const d = await makeApplication(t, other.id, jiwoo.id, { score: 99, submittedOn: '2026-05-01' });
    await t.call('applications:transition', { id: b.id, to: 'screening' });
    const ids = async (query: ChannelInput<'applications:list'>) => (await t.call('applications:list', query)).rows.map((row) => row.id);
    expect(await ids({ intakeId: intake.id, sort: 'score', dir: 'desc' })).toEqual([b.id, a.id, c.id]);
    expect(await ids({ intakeId: intake.id, sort: 'score', dir: 'asc' })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ applicantId: jiwoo.id, sort: 'submittedOn', dir: 'desc' })).toEqual([d.id, a.id]);
    expect(await ids({ statuses: ['screening'] })).toEqual([b.id]);
    expect(await ids({ intakeId: intake.id, statuses: ['submitted'], sort: 'submittedOn', dir: 'asc' })).toEqual([a.id, c.id]);
  });
});

/** A register with many applications, planned by SQLite after ANALYZE, as the list plans test does for agreements. */
describe('application lists at scale', () => {
  const TODAY = '2026-04-15';
  function seed(db: Db): void {
    const at = '2026-01-01T00:00:00.000Z';
    db.transaction(() => {
      db.prepare(`INSERT INTO programs (id, name, created_at, updated_at, updated_by) VALUES ('pr', 'MSc', ?, ?, 'seed')`).run(at, at);
      const intake = db.prepare(`INSERT INTO intakes (id, program_id, name, created_at, updated_at, updated_by) VALUES (?, 'pr', ?, ?, ?, 'seed')`);
      const person = db.prepare(`INSERT INTO people (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'seed')`);
      const application = db.prepare(
        `INSERT INTO applications (id, applicant_id, intake_id, status, submitted_on, score, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'seed')`,
      );
      for (let i = 0; i < 40; i += 1) intake.run(`i${i}`, `Intake ${i}`, at, at);
      for (let i = 0; i < 2000; i += 1) person.run(`p${i}`, `Person ${i}`, at, at);
      for (let i = 0; i < 6000; i += 1) {
        const updated = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        const day = `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
        application.run(`a${i}`, `p${i % 2000}`, `i${i % 40}`, APPLICATION_STATUSES[i % 5], day, i % 3 ? (i * 7) % 101 : null, updated, updated);
      }
    })();
    refreshStatistics(db, { full: true });
  }
  const db = openDatabase(path.join(tempDir(), 'applications.sqlite'));
  migrate(db, MIGRATIONS, null);
  seed(db);

  const plan = ({ sql, params }: Sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  const query = (over: Partial<ListQuery>): ListQuery => ({ search: '', sort: 'submittedOn', dir: 'desc', offset: 0, limit: 50, ...over });

  it('reads every filter and sort’s page from an index, in order', () => {
    const filters: Array<Partial<ListQuery>> = [{}, { intakeId: 'i3' }, { statuses: ['screening'] }, { statuses: ['submitted', 'screening'] }, { intakeId: 'i3', statuses: ['accepted', 'rejected'] }];
    const problems = filters.flatMap((filter) =>
      APPLICATION_SORTS.flatMap((sort) =>
        (['asc', 'desc'] as const).flatMap((dir) => {
          const lines = listStatements(applicationTable.listSql(query({ ...filter, sort, dir }), TODAY)).flatMap(([, sql]) => plan(sql));
          const bad = lines.filter((line) => /^SCAN a\b/.test(line) || line.includes('TEMP B-TREE FOR ORDER BY'));
          return bad.length ? [`${JSON.stringify({ ...filter, sort, dir })}: ${bad.join(' | ')}`] : [];
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('finds a person’s applications and counts the references a delete checks through indexes', () => {
    const { page } = applicationTable.listSql(query({ applicantId: 'p7' }), TODAY);
    expect(plan(page).join(' | ')).toMatch(/applications_applicant/);
    const referrers = (column: string) =>
      plan({ sql: `SELECT id FROM applications WHERE ${column} = ? AND deleted_at IS NULL`, params: ['x'] }).join(' | ');
    expect(referrers('applicant_id')).toMatch(/USING (COVERING )?INDEX applications_applicant/);
    // Any of the intake's indexes serves (migration 13 adds one by status, for a program's funnel).
    expect(referrers('intake_id')).toMatch(/USING (COVERING )?INDEX applications_intake_/);
  });
});

describe('a screening board’s bulk move', () => {
  it('moves every chosen application in one go, audited like single moves', async () => {
    const t = openTestCore();
    const { intake, jiwoo, mei } = await screeningRound(t);
    const a = await makeApplication(t, intake.id, jiwoo.id);
    const b = await makeApplication(t, intake.id, mei.id);
    const moved = await t.call('applications:transitionMany', { to: 'screening', moves: [a, b].map((x) => ({ id: x.id, expectedUpdatedAt: x.updatedAt })) });
    expect(moved.map((x) => [x.id, x.status])).toEqual([
      [a.id, 'screening'],
      [b.id, 'screening'],
    ]);
    expect((await t.call('audit:list', { entityId: b.id })).rows[0]).toMatchObject({ action: 'transition', after: { status: 'screening' } });
  });

  it('moves none when any cannot move, naming each row that cannot and why', async () => {
    const t = openTestCore();
    const { intake, jiwoo, mei, president } = await screeningRound(t);
    const a = await makeApplication(t, intake.id, jiwoo.id);
    const b = await makeApplication(t, intake.id, mei.id);
    const c = await makeApplication(t, intake.id, president.id);
    await t.call('applications:transition', { id: a.id, to: 'screening' });
    const staleB = await t.call('applications:transition', { id: b.id, to: 'screening' });
    await t.call('applications:update', { id: b.id, values: { applicantId: mei.id, intakeId: intake.id, submittedOn: '2026-04-10', score: 70 } });
    const refused = await t.send('applications:transitionMany', {
      to: 'accepted',
      moves: [{ id: a.id }, { id: b.id, expectedUpdatedAt: staleB.updatedAt }, { id: c.id }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'ILLEGAL_TRANSITION',
        message: '2 applications cannot become accepted, so none was changed. They are named below.',
        issues: [
          { path: 'moves.1', message: 'Chan Mei’s application was changed meanwhile; reload and try again.' },
          { path: 'moves.2', message: 'An application that is submitted cannot become accepted.' },
        ],
      },
    });
    // All or nothing: the one that could move did not.
    expect((await t.call('applications:get', { id: a.id })).status).toBe('screening');
    expect((await t.send('applications:transitionMany', { to: 'accepted', moves: [{ id: a.id }, { id: a.id }] })).ok).toBe(false);
  });
});

describe('the applicants export', () => {
  it('writes an intake’s applicants, best score first, as formula-safe CSV with labels and as escaped Markdown', async () => {
    const t = openTestCore();
    const { intake, jiwoo, mei } = await screeningRound(t);
    await makeApplication(t, intake.id, jiwoo.id, { score: 72, reviewerNotes: '=HYPERLINK("x")' });
    const b = await makeApplication(t, intake.id, mei.id, { score: 91.5, reviewerNotes: 'Strong *maths* | <b>' });
    await t.call('applications:transition', { id: b.id, to: 'screening' });
    const csv = await t.call('applications:export', { intakeId: intake.id, format: 'csv' });
    expect(csv.fileName).toMatch(/^applicants-2026-intake-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.split('\r\n')).toEqual([
      '\uFEFFApplicant,Status,Score,Submitted,Reviewer notes',
      'Chan Mei,Screening,91.5,10 April 2026,Strong *maths* | <b>',
      `Park Ji-woo,Submitted,72,10 April 2026,"'=HYPERLINK(""x"")"`,
      '',
    ]);
    const md = Buffer.from((await t.call('applications:export', { intakeId: intake.id, format: 'markdown' })).contentBase64, 'base64').toString('utf8');
    expect(md).toContain('# Applicants: 2026 intake (HKUST GZ MSc)');
    expect(md).toContain('| Chan Mei | Screening | 91\\.5 | 10 April 2026 | Strong \\*maths\\* \\| \\<b\\> |');
  });
});
