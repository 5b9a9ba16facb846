import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import type { ListQuery, Sql } from '../../electron/main/db/record-table';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { awardTable, awardYearTotalsSql } from '../../electron/main/records/awards';
import { AWARD_SORTS, AWARD_STATUSES } from '../../shared/models/award';
import { openTestCore, tempDir } from './fixtures';
import { awardSetting, krwAward, screenedApplication } from './award-fixtures';
import { listStatements } from './list-statements';

describe('scholarship awards', () => {
  it('are made for an accepted application, offered first, naming applicant, intake and program, with totals per currency', async () => {
    const t = openTestCore();
    const { application } = await awardSetting(t);
    const award = await t.call('awards:create', krwAward(application.id));
    expect(award).toMatchObject({
      status: 'offered',
      applicantName: 'Park Ji-woo',
      intakeName: '2026 intake',
      programName: 'HKUST GZ MSc',
      totals: [{ currency: 'KRW', awardedMinor: 100_000_000, paidMinor: 25_000_000, plannedMinor: 75_000_000 }],
    });
    expect(award.payments.map((p) => p.paidOn)).toEqual(['2026-09-03', null, null]);
    expect(await t.call('awards:get', { id: award.id })).toEqual(award);
  });

  it('are refused at the application field for one not accepted, and a second award for the same one', async () => {
    const t = openTestCore();
    const { intake, mei, application } = await awardSetting(t);
    const screening = await screenedApplication(t, intake.id, mei.id, 'screening');
    const refused = await t.send('awards:create', krwAward(screening.id));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'applicationId', message: 'A scholarship is awarded only to an accepted application; Chan Mei’s is not accepted.' }] },
    });
    const rejected = await t.call('applications:transition', { id: screening.id, to: 'rejected' });
    expect((await t.send('awards:create', krwAward(rejected.id))).ok).toBe(false);
    await t.call('awards:create', krwAward(application.id));
    expect(await t.send('awards:create', krwAward(application.id))).toMatchObject({ ok: false, error: { issues: [{ path: 'applicationId' }] } });
    expect((await t.call('awards:list', {})).total).toBe(1);
  });

  it('refuse negative amounts, fractions of a minor unit, and payments beyond what a component awards', async () => {
    const t = openTestCore();
    const { application } = await awardSetting(t);
    const paths = async (input: Parameters<typeof krwAward>[1]) => {
      const result = await t.send('awards:create', krwAward(application.id, input));
      return result.ok ? [] : (result.error.issues ?? []).map((i) => i.path).sort();
    };
    expect(await paths({ components: [{ kind: 'tuition', amountMinor: -1, currency: 'KRW' }], payments: [] })).toEqual(['components.0.amountMinor']);
    expect(await paths({ components: [{ kind: 'tuition', amountMinor: 10.5, currency: 'USD' }], payments: [] })).toEqual(['components.0.amountMinor']);
    expect(await paths({ components: [] })).toContain('components');
    expect(
      await paths({
        components: [{ kind: 'tuition', amountMinor: 100, currency: 'KRW' }],
        payments: [
          { dueOn: '2026-09-01', component: 'tuition', amountMinor: 100, currency: 'HKD' },
          { dueOn: '2026-09-01', component: 'tuition', amountMinor: 101, currency: 'KRW' },
          { dueOn: '2026-09-01', component: 'tuition', amountMinor: -5, currency: 'KRW' },
        ],
      }),
    ).toEqual(['payments.0.component', 'payments.1.amountMinor', 'payments.2.amountMinor']);
  });

  it('move offered → accepted → paid out only once every payment is paid, and a closed award is not edited', async () => {
    const t = openTestCore();
    const { application } = await awardSetting(t);
    const award = await t.call('awards:create', krwAward(application.id));
    expect((await t.send('awards:transition', { id: award.id, to: 'paid_out' })).ok).toBe(false);
    await t.call('awards:transition', { id: award.id, to: 'accepted' });
    expect(await t.send('awards:transition', { id: award.id, to: 'paid_out' })).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION', message: '2 payments are not paid yet: give their paid date first.' },
    });
    const input = krwAward(application.id);
    const allPaid = { ...input, payments: input.payments!.map((p) => ({ ...p, paidOn: '2027-10-01' })) };
    await t.call('awards:update', { id: award.id, values: allPaid });
    const paid = await t.call('awards:transition', { id: award.id, to: 'paid_out' });
    expect(paid.status).toBe('paid_out');
    expect(await t.send('awards:update', { id: award.id, values: allPaid })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keep their application from being deleted under them, and are found by the applicant’s names', async () => {
    const t = openTestCore();
    const { application } = await awardSetting(t);
    const award = await t.call('awards:create', krwAward(application.id));
    expect(await t.send('applications:delete', { id: application.id, reason: 'Entered by mistake' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This application has 1 scholarship award; delete it first.' },
    });
    expect((await t.call('awards:list', { search: '박지우' })).rows.map((a) => a.id)).toEqual([award.id]);
    await t.call('awards:delete', { id: award.id, reason: 'Entered by mistake' });
    expect((await t.send('applications:delete', { id: application.id, reason: 'Entered by mistake' })).ok).toBe(true);
  });

  it('come back when restored, unless their application has another award by then', async () => {
    const t = openTestCore();
    const { application } = await awardSetting(t);
    const first = await t.call('awards:create', krwAward(application.id));
    await t.call('awards:delete', { id: first.id, reason: 'Entered with the wrong amounts' });
    const second = await t.call('awards:create', krwAward(application.id, { awardedOn: '2026-07-02' }));
    expect(await t.send('awards:restore', { id: first.id, reason: 'The amounts were right' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Its application has another award now; delete that one first to restore this one.' },
    });
    await t.call('awards:delete', { id: second.id, reason: 'The first one was right' });
    expect(await t.call('awards:restore', { id: first.id, reason: 'The amounts were right' })).toMatchObject({ id: first.id, awardedOn: '2026-07-01' });
    expect((await t.call('awards:list', { search: '박지우' })).rows.map((a) => a.id)).toEqual([first.id]);
  });

  it('total by currency and year, planned vs paid, never adding currencies, leaving out deleted awards and a cancelled one’s plans', async () => {
    const t = openTestCore();
    const { intake, mei, application, program } = await awardSetting(t);
    await t.call('awards:create', krwAward(application.id));
    const second = await screenedApplication(t, intake.id, mei.id);
    const hkd = await t.call('awards:create', {
      applicationId: second.id,
      awardedOn: '2026-07-01',
      components: [
        { kind: 'tuition', amountMinor: 12_000_050, currency: 'HKD' },
        { kind: 'stipend', amountMinor: 30_000_000, currency: 'KRW' },
      ],
      payments: [
        { dueOn: '2026-09-01', component: 'tuition', amountMinor: 12_000_050, currency: 'HKD', paidOn: '2026-08-30' },
        { dueOn: '2027-01-31', component: 'stipend', amountMinor: 30_000_000, currency: 'KRW' },
      ],
    });
    const expected = [
      { currency: 'HKD', year: '2026', paidMinor: 12_000_050, plannedMinor: 0 },
      { currency: 'KRW', year: '2026', paidMinor: 25_000_000, plannedMinor: 0 },
      { currency: 'KRW', year: '2027', paidMinor: 0, plannedMinor: 105_000_000 },
    ];
    expect(await t.call('awards:totals', {})).toEqual(expected);
    expect(await t.call('awards:totals', { programId: program.id })).toEqual(expected);
    const other = await t.call('programs:create', { name: 'Other program' });
    expect(await t.call('awards:totals', { programId: other.id })).toEqual([]);
    // Cancelled: what was paid stays paid, what was planned is no longer planned.
    await t.call('awards:transition', { id: hkd.id, to: 'cancelled' });
    expect(await t.call('awards:totals', {})).toEqual([expected[0], expected[1], { ...expected[2], plannedMinor: 75_000_000 }]);
    await t.call('awards:delete', { id: hkd.id, reason: 'Entered by mistake' });
    expect(await t.call('awards:totals', {})).toEqual([expected[1], { ...expected[2], plannedMinor: 75_000_000 }]);
  });
});

describe('award lists and totals at scale', () => {
  function seed(db: Db): void {
    const at = '2026-01-01T00:00:00.000Z';
    db.transaction(() => {
      db.prepare(`INSERT INTO people (id, name, created_at, updated_at, updated_by) VALUES ('p', 'Person', ?, ?, 'seed')`).run(at, at);
      const program = db.prepare(`INSERT INTO programs (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'seed')`);
      const intake = db.prepare(`INSERT INTO intakes (id, program_id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'seed')`);
      const application = db.prepare(
        `INSERT INTO applications (id, applicant_id, intake_id, status, submitted_on, created_at, updated_at, updated_by) VALUES (?, 'p', ?, 'accepted', '2026-04-01', ?, ?, 'seed')`,
      );
      const award = db.prepare(
        `INSERT INTO awards (id, application_id, program_id, status, awarded_on, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'seed')`,
      );
      const payment = db.prepare(
        `INSERT INTO award_payments (id, award_id, program_id, due_on, component, amount_minor, currency, paid_on, position, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, 'tuition', 1000, ?, ?, ?, ?, ?, 'seed')`,
      );
      for (let i = 0; i < 30; i += 1) {
        program.run(`pr${i}`, `Program ${i}`, at, at);
        intake.run(`i${i}`, `pr${i}`, `Intake ${i}`, at, at);
      }
      for (let i = 0; i < 3000; i += 1) {
        const updated = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        application.run(`ap${i}`, `i${i % 30}`, at, at);
        award.run(`aw${i}`, `ap${i}`, `pr${i % 30}`, AWARD_STATUSES[i % 4], `202${i % 7}-0${1 + (i % 9)}-15`, updated, updated);
        for (let n = 0; n < 3; n += 1) {
          payment.run(`pm${i}-${n}`, `aw${i}`, `pr${i % 30}`, `202${(i + n) % 7}-03-01`, ['KRW', 'HKD', 'USD'][(i + n) % 3], n === 0 ? '2026-03-02' : null, n, at, at);
        }
      }
    })();
    refreshStatistics(db, { full: true });
  }
  const db = openDatabase(path.join(tempDir(), 'awards.sqlite'));
  migrate(db, MIGRATIONS, null);
  seed(db);
  const plan = ({ sql, params }: Sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  const query = (over: Partial<ListQuery>): ListQuery => ({ search: '', sort: 'awardedOn', dir: 'desc', offset: 0, limit: 50, ...over });

  it('reads every filter and sort’s page from an index, in order', () => {
    const filters: Array<Partial<ListQuery>> = [{}, { programId: 'pr3' }, { statuses: ['offered'] }, { statuses: ['offered', 'accepted'] }, { programId: 'pr3', statuses: ['accepted', 'paid_out'] }];
    const problems = filters.flatMap((filter) =>
      AWARD_SORTS.flatMap((sort) =>
        (['asc', 'desc'] as const).flatMap((dir) => {
          const bad = listStatements(awardTable.listSql(query({ ...filter, sort, dir }), '2026-04-15'))
            .flatMap(([, sql]) => plan(sql))
            .filter((line) => /^SCAN aw\b/.test(line) || line.includes('TEMP B-TREE'));
          return bad.length ? [`${JSON.stringify({ ...filter, sort, dir })}: ${bad.join(' | ')}`] : [];
        }),
      ),
    );
    expect(problems).toEqual([]);
    const { page } = awardTable.listSql(query({ applicationId: 'ap7' }), '2026-04-15');
    expect(plan(page).join(' | ')).toMatch(/awards_application/);
  });

  it('totals a program’s money by currency and year from its index, and everyone’s from the totals index in group order, without sorting', () => {
    const one = plan(awardYearTotalsSql('pr3')).join(' | ');
    expect(one).toMatch(/SEARCH p USING (COVERING )?INDEX award_payments_program_totals \(program_id=\?\)/);
    expect(one).not.toMatch(/TEMP B-TREE/);
    // Everyone's totals read every live payment (the answer depends on each), but in group order from the totals index.
    const all = plan(awardYearTotalsSql()).join(' | ');
    expect(all).toMatch(/SCAN p USING (COVERING )?INDEX award_payments_totals\b/);
    expect(all).not.toMatch(/TEMP B-TREE/);
  });
});
