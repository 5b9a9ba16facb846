import { describe, expect, it } from 'vitest';
import { REMINDERS_EACH } from '../../electron/main/records/placements/placement-views';
import { tinyPdf } from './document-fixtures';
import { openTestCore, type TestCore } from './fixtures';
import { makePlacement } from './placement-fixtures';
import { makeApplication, makeIntake, makeProgram } from './program-fixtures';

/** The HKUST GZ MSc, an intern placed at Upstage under it, and the supervisor who evaluates. */
async function placed(t: TestCore) {
  const made = await makeProgram(t);
  const intern = await t.call('people:create', { name: 'Park Ji-woo' });
  const host = await t.call('organisations:create', { name: 'Upstage', kind: 'company', country: 'KR' });
  const supervisor = await t.call('people:create', { name: 'Kim Min-jun', organisationId: host.id });
  const placement = await makePlacement(t, intern.id, host.id, { supervisorId: supervisor.id, programId: made.program.id, agreementId: made.agreement.id });
  return { ...made, intern, host, supervisor, placement };
}

async function uploadForm(t: TestCore, placementId: string) {
  return t.call('documents:add', { owner: { kind: 'placement', id: placementId }, fileName: 'evaluation.pdf', contentBase64: tinyPdf('form').toString('base64') });
}

describe('evaluations', () => {
  it('are recorded with the uploaded form of their placement, and let the placement be marked hired', async () => {
    const t = openTestCore();
    const { placement, supervisor } = await placed(t);
    const form = await uploadForm(t, placement.id);
    await t.call('placements:transition', { id: placement.id, to: 'completed' });
    const evaluation = await t.call('evaluations:create', {
      placementId: placement.id,
      evaluatedOn: '2027-08-20',
      evaluatorId: supervisor.id,
      score: 92.5,
      comments: 'Would hire.',
      documentId: form.id,
    });
    expect(evaluation).toMatchObject({ internName: 'Park Ji-woo', hostName: 'Upstage', evaluatorName: 'Kim Min-jun', documentTitle: form.title, score: 92.5 });
    expect((await t.call('placements:get', { id: placement.id })).evaluationCount).toBe(1);
    expect((await t.call('placements:transition', { id: placement.id, to: 'hired' })).status).toBe('hired');
  });

  it('refuse a form that is another record’s document, at its field', async () => {
    const t = openTestCore();
    const { placement, supervisor, intern, host } = await placed(t);
    const other = await makePlacement(t, intern.id, host.id);
    const elsewhere = await uploadForm(t, other.id);
    const result = await t.send('evaluations:create', { placementId: placement.id, evaluatedOn: '2027-08-20', evaluatorId: supervisor.id, documentId: elsewhere.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'documentId' }] } });
  });

  it('are corrected and removed with an audit row, and once none is left a hire is refused again', async () => {
    const t = openTestCore();
    const { placement, supervisor } = await placed(t);
    const evaluation = await t.call('evaluations:create', { placementId: placement.id, evaluatedOn: '2027-08-20', evaluatorId: supervisor.id, score: 70 });
    const fixed = await t.call('evaluations:update', { id: evaluation.id, values: { placementId: placement.id, evaluatedOn: '2027-08-21', evaluatorId: supervisor.id, score: 75 } });
    expect(fixed.score).toBe(75);
    await t.call('evaluations:delete', { id: evaluation.id, reason: 'Entered by mistake' });
    const audit = (await t.call('audit:list', { entityId: evaluation.id })).rows.map((row) => row.action);
    expect(audit).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
    await t.call('placements:transition', { id: placement.id, to: 'completed' });
    expect(await t.send('placements:transition', { id: placement.id, to: 'hired' })).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
  });

  it('keep their placement and evaluator from being deleted under them', async () => {
    const t = openTestCore();
    const { placement, supervisor, intern } = await placed(t);
    await t.call('evaluations:create', { placementId: placement.id, evaluatedOn: '2027-08-20', evaluatorId: intern.id });
    expect(await t.send('placements:delete', { id: placement.id, reason: 'Entered by mistake' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This placement still has 1 evaluation; delete it first.' },
    });
    expect((await t.call('evaluations:list', { placementId: placement.id })).total).toBe(1);
    expect((await t.call('evaluations:list', { evaluatorId: supervisor.id })).total).toBe(0);
  });
});

describe('hires', () => {
  it('open a stretch in the person’s affiliation history that follows the hire’s edits and removal', async () => {
    const t = openTestCore();
    const { placement, intern, host, program } = await placed(t);
    const hire = await t.call('hires:create', { personId: intern.id, organisationId: host.id, hiredOn: '2027-09-01', kind: 'intern_hired', title: 'Engineer', placementId: placement.id, programId: program.id });
    expect(hire).toMatchObject({ personName: 'Park Ji-woo', organisationName: 'Upstage', programName: 'HKUST GZ MSc' });
    expect((await t.call('people:get', { id: intern.id })).affiliations).toEqual([
      { organisationId: host.id, organisationName: 'Upstage', title: 'Engineer', startedOn: '2027-09-01', endedOn: null },
    ]);
    // Known to the month only: the stretch's start is left unknown, not made up.
    await t.call('hires:update', { id: hire.id, values: { personId: intern.id, organisationId: host.id, hiredOn: '2027-09', kind: 'intern_hired', title: 'Research engineer' } });
    expect((await t.call('people:get', { id: intern.id })).affiliations).toMatchObject([{ title: 'Research engineer', startedOn: null }]);
    expect(await t.send('placements:delete', { id: placement.id, reason: 'Entered by mistake' })).toMatchObject({ ok: true });
    await t.call('hires:delete', { id: hire.id, reason: 'Entered by mistake' });
    expect((await t.call('people:get', { id: intern.id })).affiliations).toEqual([]);
    // Restored, the hire opens its stretch again.
    await t.call('hires:restore', { id: hire.id, reason: 'Deleted the wrong one' });
    expect((await t.call('people:get', { id: intern.id })).affiliations).toMatchObject([{ organisationId: host.id, title: 'Research engineer', startedOn: null }]);
  });

  it('are listed by person, organisation and kind, and keep what they name from being deleted', async () => {
    const t = openTestCore();
    const { intern, host, kaist } = await placed(t);
    const expert = await t.call('people:create', { name: 'Lee Seo-yeon', organisationId: kaist.id });
    await t.call('hires:create', { personId: intern.id, organisationId: host.id, hiredOn: '2027-09-01', kind: 'intern_hired' });
    const joined = await t.call('hires:create', { personId: expert.id, organisationId: host.id, hiredOn: '2023', kind: 'expert_joined' });
    expect((await t.call('hires:list', { organisationId: host.id })).total).toBe(2);
    expect((await t.call('hires:list', { kind: 'expert_joined' })).rows.map((h) => h.id)).toEqual([joined.id]);
    expect((await t.call('hires:list', { personId: expert.id })).rows.map((h) => h.id)).toEqual([joined.id]);
    expect(await t.send('people:delete', { id: expert.id, reason: 'Entered by mistake' })).toMatchObject({ ok: false, error: { message: 'This person still has 1 hire; delete it first.' } });
  });
});

describe('a program’s funnel', () => {
  it('counts applied → accepted → placed → completed → hired', async () => {
    const t = openTestCore();
    const { program, placement, supervisor, intern, host } = await placed(t);
    const intake = await makeIntake(t, program.id);
    const a = await makeApplication(t, intake.id, intern.id);
    await makeApplication(t, intake.id, supervisor.id);
    await t.call('applications:transition', { id: a.id, to: 'screening' });
    await t.call('applications:transition', { id: a.id, to: 'accepted' });
    await makePlacement(t, intern.id, host.id); // no program: not in the funnel
    expect(await t.call('programs:funnel', { programId: program.id })).toEqual({ applied: 2, accepted: 1, placed: 1, completed: 0, hired: 0 });
    await t.call('evaluations:create', { placementId: placement.id, evaluatedOn: '2027-08-20', evaluatorId: supervisor.id });
    await t.call('placements:transition', { id: placement.id, to: 'completed' });
    await t.call('placements:transition', { id: placement.id, to: 'hired' });
    expect(await t.call('programs:funnel', { programId: program.id })).toEqual({ applied: 2, accepted: 1, placed: 1, completed: 1, hired: 1 });
  });
});

describe('reminders', () => {
  it('list applications closing, evaluations due or overdue without one, and placements ending, by date', async () => {
    const t = openTestCore({ now: () => new Date('2026-04-20T09:00:00Z') });
    const { program, intern, host, supervisor } = await placed(t);
    await makeIntake(t, program.id); // applications close 2026-04-30
    const ending = await makePlacement(t, intern.id, host.id, { startsOn: '2025-09', endsOn: '2026-05', evaluationDueOn: '2026-04-10' });
    const evaluated = await makePlacement(t, intern.id, host.id, { startsOn: '2025-09', endsOn: '2027', evaluationDueOn: '2026-04-25' });
    await t.call('evaluations:create', { placementId: evaluated.id, evaluatedOn: '2026-04-15', evaluatorId: supervisor.id });
    const { rows: reminders, more } = await t.call('reminders:upcoming', { withinDays: 30 });
    expect(more).toEqual([]);
    expect(reminders.map((r) => [r.kind, r.on, r.overdue])).toEqual([
      ['evaluationDue', '2026-04-10', true],
      ['applicationsClose', '2026-04-30', false],
      ['placementEnds', '2026-05', false],
    ]);
    expect(reminders[0]).toMatchObject({ area: 'placements', id: ending.id, name: 'Park Ji-woo · Upstage' });
  });

  it('lists the first of each kind and says which kinds have more', async () => {
    const t = openTestCore({ now: () => new Date('2026-04-20T09:00:00Z') });
    const { intern, host } = await placed(t);
    // More evaluations overdue than the home page lists; one placement ends within the month, known to the month only.
    for (let i = 0; i < REMINDERS_EACH + 3; i += 1) {
      await makePlacement(t, intern.id, host.id, { startsOn: '2025-09', endsOn: '2027', evaluationDueOn: `2026-03-${String(1 + i).padStart(2, '0')}` });
    }
    await makePlacement(t, intern.id, host.id, { startsOn: '2025-09', endsOn: '2026-04' });
    // Ended last month (known to the month): not coming up.
    await makePlacement(t, intern.id, host.id, { startsOn: '2025-09', endsOn: '2026-03' });
    const { rows, more } = await t.call('reminders:upcoming', { withinDays: 30 });
    expect(rows.filter((r) => r.kind === 'evaluationDue')).toHaveLength(REMINDERS_EACH);
    // The earliest due come first: the first one left out is later than every one listed.
    expect(rows.filter((r) => r.kind === 'evaluationDue').at(-1)?.on).toBe(`2026-03-${String(REMINDERS_EACH).padStart(2, '0')}`);
    expect(rows.filter((r) => r.kind === 'placementEnds').map((r) => r.on)).toEqual(['2026-04']);
    expect(more).toEqual(['evaluationDue']);
  });
});

describe('the placements export', () => {
  it('writes the filtered list as formula-safe CSV with labels, and as escaped Markdown', async () => {
    const t = openTestCore();
    const { intern, host } = await placed(t);
    const sneaky = await t.call('people:create', { name: '=HYPERLINK("x")' });
    await makePlacement(t, sneaky.id, host.id, { startsOn: '2026-09', notes: '' });
    const other = await t.call('organisations:create', { name: 'Elsewhere *bold*', kind: 'company', country: 'KR' });
    await makePlacement(t, intern.id, other.id, { stipendMinor: null, stipendCurrency: null });
    const csvFile = await t.call('placements:export', { hostId: host.id, format: 'csv' });
    const csv = Buffer.from(csvFile.contentBase64, 'base64').toString('utf8');
    expect(csvFile.fileName).toMatch(/^placements-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain('Active');
    expect(csv).toContain('September 2026');
    expect(csv).toContain('3000000 KRW per month');
    expect(csv).not.toContain('Elsewhere');
    const md = Buffer.from((await t.call('placements:export', { format: 'markdown' })).contentBase64, 'base64').toString('utf8');
    expect(md).toContain('3 placements');
    expect(md).toContain('Elsewhere \\*bold\\*');
  });
});
