import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { REPORT_SQL, type ReportQuery } from '../../electron/main/records/reports/report-queries';
import { REPORT_LIST_ROWS } from '../../shared/models/report';
import { forumSeries } from './event-fixtures';
import { fixedClock, openTestCore, tempDir, type TestCore } from './fixtures';
import { makeCentre } from './project-fixtures';

/**
 * KAIST–Seongnam: the 2019 research-centre agreement and its centre (budget in KRW from the city,
 * HKD from KAIST's graduate school, a 2021 paper and an undated talk), an exchange MOU known only to
 * be signed in 2019 (money in KRW and USD) that expired in June 2021, and the city's AI forum from
 * November 2019, four meetings with December's cancelled.
 */
async function reportRegister(t: TestCore) {
  const made = await makeCentre(t);
  const exchange = await t.call('agreements:create', {
    kind: 'mou',
    title: 'Student exchange MOU',
    signedOn: '2019',
    expiresOn: '2021-06-30',
    termKind: 'fixed',
    statusFromRecords: 'expired',
    signatoriesRecorded: false,
    parties: [{ organisationId: made.kaist.id }, { organisationId: made.city.id }],
    contributions: [
      { organisationId: made.kaist.id, kind: 'money', amountMinor: 5_000_000, currency: 'KRW', description: 'Scholarships' },
      { organisationId: made.kaist.id, kind: 'money', amountMinor: 1_000_000, currency: 'USD', description: 'Travel' },
    ],
  });
  const forum = await t.call(
    'events:create',
    forumSeries({
      startsOn: '2019-11-14',
      endsOn: '2019-11-14',
      recurrence: { freq: 'monthly', byDay: [{ weekday: 'TH', ordinal: 2 }], count: 4 },
      exceptions: [{ occurrenceOn: '2019-12-12', kind: 'cancelled' }],
      organiserIds: [made.city.id],
      agreementId: made.agreement.id,
    }),
  );
  // A student of the graduate school interns at the city's office from July 2020 (hosted by the city, not KAIST).
  const student = await t.call('people:create', { name: 'Choi Min-seo' });
  const internship = await t.call('placements:create', { internId: student.id, hostId: made.city.id, agreementId: made.agreement.id, startsOn: '2020-07' });
  return { ...made, exchange, forum, internship };
}

const zero = { agreementsSigned: 0, agreementsExpiring: 0, events: 0, outputs: 0, placements: 0 };

describe('the yearly report', () => {
  it('counts a year per month, keeps a date known only to the year apart, and never adds currencies together', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { agreement, exchange, forum } = await reportRegister(t);
    const report = await t.call('reports:figures', { year: 2019 });
    expect(report.periods.map((p) => p.period)).toEqual(['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09', '2019-10', '2019-11', '2019-12']);
    expect(report.periods[9].counts).toEqual({ ...zero, agreementsSigned: 1 });
    // December's forum was cancelled: only November's meeting was held.
    expect(report.periods[10].counts).toEqual({ ...zero, events: 1 });
    expect(report.periods[11].counts).toEqual(zero);
    // The exchange MOU is known only to be signed in 2019: counted in the year, in no month.
    expect(report.unplaced).toEqual({ ...zero, agreementsSigned: 1 });
    expect(report.totals).toEqual({ ...zero, agreementsSigned: 2, events: 1 });
    // Listed in date order, where a year comes before its months and days.
    expect(report.items.map((i) => [i.figure, i.date, i.target.id])).toEqual([
      ['agreementsSigned', '2019', exchange.id],
      ['agreementsSigned', '2019-10-04', agreement.id],
      ['events', '2019-11-14', forum.id],
    ]);
    // Its wall-clock time in its own zone, as given.
    expect(report.items[2]).toMatchObject({ startTime: '19:00', timeZone: 'Asia/Seoul', context: 'AI Graduate School Seongnam Research Center' });
    expect(report.money).toEqual([
      { currency: 'HKD', agreementsMinor: 0, projectsMinor: 1_234_567, totalMinor: 1_234_567, byPeriod: [{ period: '2019-10', minor: 1_234_567 }] },
      { currency: 'KRW', agreementsMinor: 5_000_000, projectsMinor: 350_000_000, totalMinor: 355_000_000, byPeriod: [{ period: '2019-10', minor: 350_000_000 }] },
      { currency: 'USD', agreementsMinor: 1_000_000, projectsMinor: 0, totalMinor: 1_000_000, byPeriod: [] },
    ]);
    expect(report.years[0]).toBe(2027);
    expect(report.years.at(-1)).toBe(2019);

    const later = await t.call('reports:figures', { year: 2021 });
    expect(later.totals).toEqual({ ...zero, agreementsExpiring: 1, outputs: 1 });
    expect(later.periods[5].counts.agreementsExpiring).toBe(1);
    expect(later.periods[4].counts.outputs).toBe(1);
    expect(later.money).toEqual([]);
  });

  it('gives a partner’s figures per year, through its sub-organisations, agreements and projects', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, city } = await reportRegister(t);
    const report = await t.call('reports:figures', { organisationId: kaist.id });
    expect(report.organisation).toEqual({ id: kaist.id, name: 'KAIST' });
    expect(report.units).toEqual(['KAIST AI Graduate School']);
    expect(report.periods).toEqual([
      { period: '2019', counts: { ...zero, agreementsSigned: 2, events: 1 } },
      { period: '2020', counts: { ...zero, events: 2 } },
      { period: '2021', counts: { ...zero, agreementsExpiring: 1, outputs: 1 } },
    ]);
    // The talk has no date: counted, not placed.
    expect(report.unplaced).toEqual({ ...zero, outputs: 1 });
    // KAIST's own money only: the city's KRW budget for the centre is the city's.
    expect(report.money.map((m) => [m.currency, m.agreementsMinor, m.projectsMinor])).toEqual([
      ['HKD', 0, 1_234_567],
      ['KRW', 5_000_000, 0],
      ['USD', 1_000_000, 0],
    ]);

    const cityIn2020 = await t.call('reports:figures', { year: 2020, organisationId: city.id });
    // The city hosts the internship: it counts for the city, in its month, and not for KAIST above.
    expect(cityIn2020.totals).toEqual({ ...zero, events: 2, placements: 1 });
    expect(cityIn2020.periods.find((p) => p.counts.placements > 0)?.period).toBe('2020-07');
    expect(cityIn2020.items.find((i) => i.figure === 'placements')).toMatchObject({ title: 'Choi Min-seo', context: 'Seongnam City', date: '2020-07' });
    const in2020 = await t.call('reports:figures', { year: 2020 });
    expect(in2020.totals.placements).toBe(1);
    expect(cityIn2020.periods.filter((p) => p.counts.events > 0).map((p) => p.period)).toEqual(['2020-01', '2020-02']);
  });

  it('exports the report as escaped Markdown that says its figures in words', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist } = await reportRegister(t);
    await t.call('projects:create', { title: 'Robots *and* <b>agents</b>', startsOn: '2019-03-02', partners: [{ organisationId: kaist.id, role: '' }], outputs: [{ kind: 'software', title: '# not a heading', date: '2019-04-01', identifier: 'https://example.org/x' }] });
    const file = await t.call('reports:export', { year: 2019, organisationId: kaist.id, format: 'markdown' });
    expect(file.fileName).toBe('report-2019-KAIST.md');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('# Report for 2019: KAIST');
    expect(text).toContain('| Month | Agreements signed | Agreements expiring | Events held | Research outputs | Internships started |');
    expect(text).toContain('| October 2019 | 1 | 0 | 0 | 0 | 0 |');
    expect(text).toContain('| Month not known | 1 | 0 | 0 | 0 | 0 |');
    expect(text).toContain('| KRW | 5,000,000 KRW | 0 KRW | 5,000,000 KRW |');
    expect(text).toContain('- **\\# not a heading** · 1 April 2019 · Robots \\*and\\* \\<b\\>agents\\</b\\>');
    expect(text).not.toContain('<b>');
  });

  it('lists the first records of each figure on the page, counts them all, and exports every one', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const kaist = await t.call('organisations:create', { name: 'KAIST', kind: 'university', country: 'KR' });
    const city = await t.call('organisations:create', { name: 'Seongnam City', kind: 'city', country: 'KR' });
    const many = REPORT_LIST_ROWS + 5;
    for (let i = 0; i < many; i += 1) {
      await t.call('agreements:create', {
        kind: 'mou',
        title: `Signed ${String(i).padStart(3, '0')}`,
        signedOn: `2019-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        statusFromRecords: 'active',
        signatoriesRecorded: false,
        parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
      });
    }
    const page = await t.call('reports:figures', { year: 2019 });
    expect(page.totals.agreementsSigned).toBe(many);
    expect(page.items.filter((i) => i.figure === 'agreementsSigned')).toHaveLength(REPORT_LIST_ROWS);
    // The first by date: none left out is earlier than the last listed.
    const listed = page.items.filter((i) => i.figure === 'agreementsSigned');
    expect(listed.map((i) => i.date)).toEqual([...listed.map((i) => i.date)].sort());

    const file = await t.call('reports:export', { year: 2019, format: 'markdown' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    for (let i = 0; i < many; i += 1) expect(text).toContain(`Signed ${String(i).padStart(3, '0')}`);
  }, 60_000);

  it('asks for a year, a partner or both', async () => {
    const t = openTestCore();
    expect(await t.send('reports:figures', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'year', message: 'Choose a year, a partner or both.' }] } });
    expect(await t.send('reports:figures', { organisationId: '0190a0b0-0000-7000-8000-000000000999' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('report query plans at scale', () => {
  function seed(db: Db): void {
    const at = '2026-01-01T00:00:00.000Z';
    const run = (sql: string) => db.prepare(sql);
    const org = run(`INSERT INTO organisations (id, name, kind, created_at, updated_at, updated_by) VALUES (?, ?, 'university', ?, ?, 's')`);
    const agreement = run(`INSERT INTO agreements (id, reference_no, kind, title, status, signed_on, expires_on, created_at, updated_at, updated_by)
      VALUES (?, ?, 'mou', ?, 'active', ?, ?, ?, ?, 's')`);
    const contribution = run(`INSERT INTO contributions (id, agreement_id, organisation_id, kind, amount_minor, currency, position, created_at, updated_at, updated_by)
      VALUES (?, ?, ?, 'money', 1000, 'KRW', 0, ?, ?, 's')`);
    const project = run(`INSERT INTO projects (id, kind, status, title, starts_on, created_at, updated_at, updated_by) VALUES (?, 'project', 'active', ?, ?, ?, ?, 's')`);
    const budget = run(`INSERT INTO project_budget (id, project_id, organisation_id, amount_minor, currency, position, created_at, updated_at, updated_by)
      VALUES (?, ?, ?, 500, 'HKD', 0, ?, ?, 's')`);
    const output = run(`INSERT INTO project_outputs (id, project_id, kind, title, published_on, position, created_at, updated_at, updated_by) VALUES (?, ?, 'paper', ?, ?, 0, ?, ?, 's')`);
    const person = run(`INSERT INTO people (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 's')`);
    const placement = run(`INSERT INTO placements (id, intern_id, host_id, status, starts_on, created_at, updated_at, updated_by) VALUES (?, ?, ?, 'active', ?, ?, ?, 's')`);
    const day = (i: number) => `${2000 + (i % 26)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
    db.transaction(() => {
      for (let i = 0; i < 500; i += 1) org.run(`o${i}`, `Org ${i}`, at, at);
      for (let i = 0; i < 8000; i += 1) {
        agreement.run(`a${i}`, `MOU-${i}`, `Agreement ${i}`, day(i), day(i + 60), at, at);
        contribution.run(`c${i}`, `a${i}`, `o${i % 500}`, at, at);
      }
      for (let i = 0; i < 3000; i += 1) {
        project.run(`pj${i}`, `Project ${i}`, day(i), at, at);
        budget.run(`pb${i}`, `pj${i}`, `o${i % 500}`, at, at);
        output.run(`x${i}a`, `pj${i}`, `Paper ${i}`, day(i + 3), at, at);
        output.run(`x${i}b`, `pj${i}`, `Talk ${i}`, null, at, at);
        person.run(`pe${i}`, `Intern ${i}`, at, at);
        placement.run(`pl${i}`, `pe${i}`, `o${i % 500}`, day(i + 5), at, at);
      }
    })();
    refreshStatistics(db, { full: true });
  }

  const YEAR = ['2019', '2019-12-31'];
  const PARAMS: Record<ReportQuery, unknown[]> = {
    signedInYear: YEAR,
    expiringInYear: YEAR,
    outputsInYear: YEAR,
    contributionsInYear: YEAR,
    budgetInYear: YEAR,
    partnerOutputs: ['["pj3","pj803"]'],
    partnerBudget: ['["o3","o303"]'],
    placementsInYear: YEAR,
    partnerPlacements: ['["o3","o303"]'],
    firstSigned: [],
  };

  it('reads a year, or a partner’s rows, through an index: no table scan, no sort of the register', () => {
    const db = openDatabase(path.join(tempDir(), 'report-plans.sqlite'));
    migrate(db, MIGRATIONS, null);
    seed(db);
    const problems: string[] = [];
    for (const [name, sql] of Object.entries(REPORT_SQL) as Array<[ReportQuery, string]>) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...PARAMS[name]) as Array<{ detail: string }>).map((row) => row.detail);
      for (const line of plan) if (/^SCAN (?!json_each)|TEMP B-TREE/.test(line)) problems.push(`${name}: ${line}`);
      expect(plan.some((line) => line.startsWith('SEARCH')), `${name}: ${plan.join(' / ')}`).toBe(true);
    }
    expect(problems).toEqual([]);
    db.close();
  }, 60_000);
});
