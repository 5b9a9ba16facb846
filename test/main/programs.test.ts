import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeParties, openTestCore } from './fixtures';
import { makeIntake, makeProgram } from './program-fixtures';

describe('programs', () => {
  it('keeps phases, eligibility, sponsors, agreements and a scholarship by part, with totals per currency', async () => {
    const t = openTestCore();
    const { program, kaist, agreement } = await makeProgram(t);
    expect(program).toMatchObject({
      name: 'HKUST GZ MSc',
      fields: ['Computer science', 'Mathematics'],
      totalMonths: 24,
      sponsors: [{ id: kaist.id, name: 'KAIST' }],
      agreements: [{ id: agreement.id, name: `${agreement.referenceNo} — AI talent agreement` }],
      scholarshipTotals: [{ currency: 'KRW', amountMinor: 100_000_000 }],
      intakeCount: 0,
      latestStartOn: null,
    });
    expect(await t.call('programs:get', { id: program.id })).toEqual(program);
  });

  it('stores money exactly per currency and never adds different currencies together', async () => {
    const t = openTestCore();
    const { program } = await makeProgram(t, {
      scholarship: [
        { kind: 'tuition', amountMinor: 50_000_000, currency: 'KRW' },
        { kind: 'stipend', amountMinor: 1_234_567, currency: 'HKD' },
        { kind: 'other', amountMinor: 25_000_000, currency: 'KRW' },
        { kind: 'other', amountMinor: 99, currency: 'USD' },
      ],
    });
    expect(program.scholarshipTotals).toEqual([
      { currency: 'KRW', amountMinor: 75_000_000 },
      { currency: 'HKD', amountMinor: 1_234_567 },
      { currency: 'USD', amountMinor: 99 },
    ]);
    // A fraction of a minor unit is refused with a sentence, not rounded.
    const fraction = await t.send('programs:update', {
      id: program.id,
      values: { name: program.name, scholarship: [{ kind: 'tuition', amountMinor: 1.5, currency: 'KRW' }] },
    });
    expect(fraction).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'values.scholarship.0.amountMinor', message: expect.stringMatching(/whole minor units/) }] } });
    // And the table itself refuses a REAL, whoever writes it.
    const db = new Database(t.dbFile);
    expect(() =>
      db
        .prepare(`INSERT INTO program_scholarship (id, program_id, kind, amount_minor, currency, position, created_at, updated_at, updated_by)
          VALUES ('x', ?, 'other', 1.5, 'KRW', 9, 'a', 'a', 'b')`)
        .run(program.id),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('refuses sponsors and agreements that do not exist, naming the row, and the same sponsor twice', async () => {
    const t = openTestCore();
    const { kaist } = await makeParties(t);
    const missing = '0190a0b0-0000-7000-8000-000000000999';
    const gone = await t.send('programs:create', { name: 'MSc', sponsorIds: [kaist.id, missing] });
    expect(gone).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'sponsorIds.1' }] } });
    const twice = await t.send('programs:create', { name: 'MSc', sponsorIds: [kaist.id, kaist.id] });
    expect(twice).toMatchObject({ ok: false, error: { issues: [{ path: 'sponsorIds.1', message: 'This organisation is already a sponsor.' }] } });
    const noAgreement = await t.send('programs:create', { name: 'MSc', agreementIds: [missing] });
    expect(noAgreement).toMatchObject({ ok: false, error: { issues: [{ path: 'agreementIds.0', message: 'Choose an existing agreement.' }] } });
    expect((await t.call('programs:list', {})).total).toBe(0);
  });

  it('finds programs by agreement, by sponsor and by the words of their phases and sponsors', async () => {
    const t = openTestCore();
    const { program, agreement, kaist, city } = await makeProgram(t);
    await t.call('programs:create', { name: 'Startup internships', sponsorIds: [city.id] });
    const names = async (query: Parameters<typeof t.call<'programs:list'>>[1]) => (await t.call('programs:list', query)).rows.map((p) => p.name);
    expect(await names({ agreementId: agreement.id })).toEqual(['HKUST GZ MSc']);
    expect(await names({ sponsorId: city.id })).toEqual(['Startup internships']);
    expect(await names({ search: 'Guangzhou' })).toEqual(['HKUST GZ MSc']);
    expect(await names({ search: 'KAIST' })).toEqual(['HKUST GZ MSc']);
    expect(await names({ sort: 'name', dir: 'desc' })).toEqual(['Startup internships', 'HKUST GZ MSc']);
    // Dropping a sponsor in an edit unlinks it: the filter no longer finds the program.
    await t.call('programs:update', { id: program.id, expectedUpdatedAt: program.updatedAt, values: { ...program, sponsorIds: [] } });
    expect(await names({ sponsorId: kaist.id })).toEqual([]);
    expect(await names({ agreementId: agreement.id })).toEqual(['HKUST GZ MSc']);
  });

  it('refuses an edit made from a stale copy', async () => {
    const t = openTestCore();
    const { program } = await makeProgram(t);
    await t.call('programs:update', { id: program.id, values: { ...program, notes: 'first' } });
    const stale = await t.send('programs:update', { id: program.id, expectedUpdatedAt: program.updatedAt, values: { ...program, notes: 'second' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('cannot be deleted while it has intakes', async () => {
    const t = openTestCore();
    const { program } = await makeProgram(t);
    const intake = await makeIntake(t, program.id);
    const refused = await t.send('programs:delete', { id: program.id, reason: 'Entered by mistake' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'HKUST GZ MSc still has 1 intake; delete it first.' } });
    await t.call('intakes:delete', { id: intake.id, reason: 'Entered by mistake' });
    await t.call('programs:delete', { id: program.id, reason: 'Entered by mistake' });
    expect(await t.send('programs:get', { id: program.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps its sponsor and the agreement that created it from being deleted under it', async () => {
    const t = openTestCore();
    const { program, kaist, agreement } = await makeProgram(t);
    expect(agreement.status).toBe('draft');
    const sponsor = await t.send('organisations:delete', { id: kaist.id, reason: 'Entered by mistake' });
    expect(sponsor).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('1 program') } });
    const creator = await t.send('agreements:delete', { id: agreement.id, reason: 'Entered by mistake' });
    expect(creator).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'agreement.linkedFromPrograms', params: { count: 1 } } });
    await t.call('programs:delete', { id: program.id, reason: 'Entered by mistake' });
    await t.call('agreements:delete', { id: agreement.id, reason: 'Entered by mistake' });
    expect(await t.send('agreements:get', { id: agreement.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('can own documents', async () => {
    const t = openTestCore();
    const { program } = await makeProgram(t);
    expect(await t.call('documents:list', { owner: { kind: 'program', id: program.id } })).toEqual([]);
  });
});

describe('intakes', () => {
  it('belong to a program, which counts them and shows the latest start', async () => {
    const t = openTestCore();
    const { program } = await makeProgram(t);
    const intake = await makeIntake(t, program.id);
    await makeIntake(t, program.id, { name: '2027 intake', applicationsOpenOn: '2027-04-01', applicationsCloseOn: '2027-04-30', screeningStartsOn: null, screeningEndsOn: null, startsOn: '2027-09-01' });
    expect(intake).toMatchObject({ programId: program.id, programName: 'HKUST GZ MSc', places: 10, startsOn: '2026-09-01' });
    expect(await t.call('programs:get', { id: program.id })).toMatchObject({ intakeCount: 2, latestStartOn: '2027-09-01' });
    const listed = await t.call('intakes:list', { programId: program.id, sort: 'startsOn', dir: 'desc' });
    expect(listed.rows.map((i) => i.name)).toEqual(['2027 intake', '2026 intake']);
  });

  it('keeps its dates in order, naming the date that is wrong', async () => {
    const t = openTestCore();
    const { program } = await makeProgram(t);
    const closeFirst = await t.send('intakes:create', { programId: program.id, name: 'x', applicationsOpenOn: '2026-04-30', applicationsCloseOn: '2026-04-01' });
    expect(closeFirst).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'applicationsCloseOn', message: 'Applications close before they open.' }] } });
    const startEarly = await t.send('intakes:create', { programId: program.id, name: 'x', screeningEndsOn: '2026-06-15', startsOn: '2026-06-01' });
    expect(startEarly).toMatchObject({ ok: false, error: { issues: [{ path: 'startsOn', message: 'The cohort starts before screening ends.' }] } });
    const noPlaces = await t.send('intakes:create', { programId: program.id, name: 'x', places: 0 });
    expect(noPlaces).toMatchObject({ ok: false, error: { issues: [{ path: 'places' }] } });
  });

  it('needs a program that exists', async () => {
    const t = openTestCore();
    const { program } = await makeProgram(t);
    await t.call('programs:delete', { id: program.id, reason: 'Entered by mistake' });
    const orphan = await t.send('intakes:create', { programId: program.id, name: '2026 intake' });
    expect(orphan).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'programId', message: 'Choose an existing program.' }] } });
  });

  it('lists the intakes taking applications today, and follows a rename of the program in search', async () => {
    const t = openTestCore({ now: () => new Date('2026-04-15T03:00:00Z') });
    const { program } = await makeProgram(t);
    await makeIntake(t, program.id);
    await makeIntake(t, program.id, { name: 'Autumn', applicationsOpenOn: '2026-10-01', applicationsCloseOn: '2026-10-31', screeningStartsOn: null, screeningEndsOn: null, startsOn: '2027-02-01' });
    expect((await t.call('intakes:list', { openForApplications: true })).rows.map((i) => i.name)).toEqual(['2026 intake']);
    expect((await t.call('intakes:list', { openForApplications: false })).total).toBe(2);
    await t.call('programs:update', { id: program.id, values: { ...program, name: 'Upstage AI MSc' } });
    expect((await t.call('intakes:list', { search: 'Upstage' })).total).toBe(2);
  });
});

describe('program and intake lists use an index for every filter and sort', () => {
  function plan(file: string, sql: string): string {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from(sql.matchAll(/\?/g), () => 10)) as Array<{ detail: string }>).map((row) => row.detail).join(' | ');
    } finally {
      db.close();
    }
  }
  // The kit's id query: WHERE <live AND filters> ORDER BY <sort>, id LIMIT/OFFSET.
  const ids = (table: string, alias: string, where: string, order: string) =>
    `SELECT ${alias}.id FROM ${table} ${alias} WHERE ${alias}.deleted_at IS NULL${where} ORDER BY ${order}, ${alias}.id LIMIT ? OFFSET ?`;

  it.each([
    ['programs by name', ids('programs', 'pr', '', 'pr.name COLLATE NOCASE'), /programs_name/],
    ['programs by last change', ids('programs', 'pr', '', 'pr.updated_at'), /programs_updated/],
    [
      'programs of an agreement',
      ids('programs', 'pr', ` AND pr.id IN (SELECT program_id FROM program_agreements WHERE agreement_id = 'a' AND deleted_at IS NULL)`, 'pr.name COLLATE NOCASE'),
      /program_agreements_agreement/,
    ],
    [
      'programs of a sponsor',
      ids('programs', 'pr', ` AND pr.id IN (SELECT program_id FROM program_sponsors WHERE organisation_id = 'o' AND deleted_at IS NULL)`, 'pr.name COLLATE NOCASE'),
      /program_sponsors_organisation/,
    ],
    ['intakes of a program by start', ids('intakes', 'i', ` AND i.program_id = 'p'`, 'i.starts_on'), /intakes_program/],
    ['intakes by start', ids('intakes', 'i', '', 'i.starts_on'), /intakes_starts/],
    ['intakes by closing date', ids('intakes', 'i', '', 'i.applications_close_on'), /intakes_closes/],
    ['intakes by name', ids('intakes', 'i', '', 'i.name COLLATE NOCASE'), /intakes_name/],
    ['intakes by last change', ids('intakes', 'i', '', 'i.updated_at'), /intakes_updated/],
    ['intakes open today', ids('intakes', 'i', ` AND i.applications_close_on >= '2026-04-15' AND (i.applications_open_on IS NULL OR i.applications_open_on <= '2026-04-15')`, 'i.starts_on'), /intakes_(closes|starts)/],
  ])('%s', (_name, sql, index) => {
    const t = openTestCore();
    expect(plan(t.dbFile, sql)).toMatch(index);
    expect(plan(t.dbFile, sql)).not.toMatch(/SCAN (pr|i)(?! USING)/);
    // With no filter, or a program's intakes, the order is the index's own: no sorting step.
    if (!/ IN \(|applications_close_on >=/.test(sql)) expect(plan(t.dbFile, sql)).not.toMatch(/TEMP B-TREE/);
  });

  it('reads an agreement’s programs and a program’s links through their indexes', () => {
    const t = openTestCore();
    expect(plan(t.dbFile, `SELECT program_id FROM program_agreements WHERE agreement_id = 'a' AND deleted_at IS NULL`)).toMatch(/program_agreements_agreement/);
    expect(plan(t.dbFile, `SELECT id FROM program_sponsors WHERE program_id = 'p' AND deleted_at IS NULL ORDER BY position, id`)).toMatch(/program_sponsors_program/);
    expect(plan(t.dbFile, `SELECT id FROM program_scholarship WHERE program_id = 'p' AND deleted_at IS NULL ORDER BY position, id`)).toMatch(/program_scholarship_program/);
    expect(plan(t.dbFile, `SELECT count(*) FROM intakes i WHERE i.program_id = 'p' AND i.deleted_at IS NULL`)).toMatch(/intakes_program/);
  });
});
