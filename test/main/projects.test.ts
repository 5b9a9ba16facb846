import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tinyPdf } from './document-fixtures';
import { fixedClock, makeParties, openTestCore } from './fixtures';
import { makeCentre } from './project-fixtures';

describe('research projects and centres', () => {
  it('keeps partners, named team and headcounts, agreements, places, budget, milestones and outputs', async () => {
    const t = openTestCore();
    const { centre, school, city, professor, agreement } = await makeCentre(t);
    expect(centre).toMatchObject({
      kind: 'centre',
      status: 'proposed',
      partners: [
        { organisationId: school.id, name: 'KAIST AI Graduate School', role: 'Runs the centre' },
        { organisationId: city.id, name: 'Seongnam City', role: 'Provides the space free of charge' },
      ],
      team: [{ personId: professor.id, name: 'Choi Jae-sik', role: 'Director', principal: true }],
      headcounts: [
        { count: 2, role: 'professors' },
        { count: 34, role: 'graduate students' },
      ],
      agreements: [{ id: agreement.id, name: `${agreement.referenceNo} — Agreement on the AI Graduate School Seongnam Research Center` }],
      places: [
        { name: 'Research-friendly space in Seongnam (rent-free)', fromOn: '2019-10-04', toOn: null, planned: false },
        { name: 'Seongnam Global ICT Convergence Planet, Pangyo 2 Techno Valley', fromOn: null, toOn: null, planned: true },
      ],
      milestones: [
        { title: 'Open the centre', dueOn: '2019-10-04', doneOn: '2019-10-04' },
        { title: 'Move to Pangyo', dueOn: '2025-12-31', doneOn: null },
      ],
      outputs: [
        { kind: 'paper', title: 'Seongnam startup AI survey', date: '2021-05-01', identifier: '10.1234/seongnam.2021' },
        { kind: 'talk', title: 'AI forum keynote', date: null, identifier: 'https://example.org/forum' },
      ],
    });
    expect(await t.call('projects:get', { id: centre.id })).toEqual(centre);
  });

  it('totals the budget per currency, never across currencies, and stores only whole minor units', async () => {
    const t = openTestCore();
    const { centre } = await makeCentre(t);
    expect(centre.budgetTotals).toEqual([
      { currency: 'KRW', amountMinor: 350_000_000 },
      { currency: 'HKD', amountMinor: 1_234_567 },
    ]);
    const half = await t.send('projects:update', {
      id: centre.id,
      values: { ...centre, budget: [{ organisationId: centre.budget[0].organisationId, amountMinor: 0.5, currency: 'KRW' }] },
    });
    expect(half).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'values.budget.0.amountMinor', message: expect.stringMatching(/whole minor units/) }] } });
    const db = new Database(t.dbFile);
    expect(() =>
      db
        .prepare(`INSERT INTO project_budget (id, project_id, organisation_id, amount_minor, currency, position, created_at, updated_at, updated_by)
          VALUES ('x', ?, ?, 1.5, 'KRW', 9, 'a', 'a', 'b')`)
        .run(centre.id, centre.budget[0].organisationId),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('names each missing partner, person or agreement at its own row, and refuses a wrong identifier', async () => {
    const t = openTestCore();
    const { kaist } = await makeParties(t);
    const missing = '0190a0b0-0000-7000-8000-000000000999';
    const gone = await t.send('projects:create', {
      title: 'Joint research',
      partners: [{ organisationId: kaist.id }, { organisationId: missing }],
      team: [{ personId: missing }],
      agreementIds: [missing],
    });
    expect(gone).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'project.referencesMissing' } });
    expect(gone.ok ? [] : gone.error.issues?.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'partners.1.organisationId: Choose an existing organisation.',
      'team.0.personId: Choose an existing person.',
      'agreementIds.0: Choose an existing agreement.',
    ]);
    const patent = await t.send('projects:create', { title: 'X', outputs: [{ kind: 'patent', title: 'Method', identifier: '10.1234/not-a-patent' }] });
    expect(patent).toMatchObject({ ok: false, error: { issues: [{ path: 'outputs.0.identifier', key: 'output.identifierPatent' }] } });
    expect((await t.call('projects:list', {})).total).toBe(0);
  });

  it('keeps an output’s identity when it is edited, and refuses to drop one that fulfils a cooperation item', async () => {
    const t = openTestCore();
    const { centre, agreement } = await makeCentre(t);
    const [paper, talk] = centre.outputs;
    const fixed = await t.call('projects:update', {
      id: centre.id,
      expectedUpdatedAt: centre.updatedAt,
      values: { ...centre, outputs: [{ ...paper, title: 'Seongnam startup AI survey (revised)' }, talk] },
    });
    expect(fixed.outputs.map((o) => o.id)).toEqual([paper.id, talk.id]);
    await t.call('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'output', id: paper.id } });

    const dropped = await t.send('projects:update', { id: centre.id, values: { ...fixed, outputs: [talk] } });
    expect(dropped).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '“Seongnam startup AI survey (revised)” fulfils a cooperation item; unlink it there before removing the output.' },
    });
    expect((await t.call('projects:get', { id: centre.id })).outputs).toHaveLength(2);
    // An output nothing points at goes, as a tombstone.
    const kept = await t.call('projects:update', { id: centre.id, values: { ...fixed, outputs: [fixed.outputs[0]] } });
    expect(kept.outputs.map((o) => o.id)).toEqual([paper.id]);
    const db = new Database(t.dbFile, { readonly: true });
    expect(db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM project_outputs WHERE id = ?').get(talk.id)).toEqual({ gone: 1 });
    db.close();
  });

  it('moves proposed → active → completed, refusing each blocked move with a sentence, and audits each move', async () => {
    const t = openTestCore();
    const { centre } = await makeCentre(t, { startsOn: null });
    const noStart = await t.send('projects:transition', { id: centre.id, to: 'active' });
    expect(noStart).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: 'Give the date the project started before marking it active.' } });
    const skip = await t.send('projects:transition', { id: centre.id, to: 'completed' });
    expect(skip).toMatchObject({ ok: false, error: { message: 'A research project that is proposed cannot become completed.' } });

    const started = await t.call('projects:update', { id: centre.id, values: { ...centre, startsOn: '2019-10-04' } });
    const active = await t.call('projects:transition', { id: centre.id, to: 'active', expectedUpdatedAt: started.updatedAt });
    expect(active.status).toBe('active');
    const open = await t.send('projects:transition', { id: centre.id, to: 'completed' });
    expect(open).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: '1 milestone is not done: mark it done, or stop the project instead.' } });
    const done = await t.call('projects:update', {
      id: centre.id,
      values: { ...active, milestones: active.milestones.map((m) => ({ ...m, doneOn: m.doneOn ?? '2026-01-15' })) },
    });
    expect((await t.call('projects:transition', { id: centre.id, to: 'completed' })).status).toBe('completed');
    // An edit keeps the status; only a transition moves it.
    expect((await t.call('projects:update', { id: centre.id, values: { ...done, notes: 'Closed' } })).status).toBe('completed');
    const moves = (await t.call('audit:list', { entityId: centre.id, limit: 50 })).rows.filter((r) => r.action === 'transition');
    expect(moves.map((r) => (r.after as { status: string }).status)).toEqual(['completed', 'active']);
  });

  it('finds projects by agreement, partner, status, kind and the words of headcounts, places and outputs', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { centre, agreement, school, city } = await makeCentre(t);
    await t.call('projects:create', { title: 'Joint research on future AI', startsOn: '2022-03-01', partners: [{ organisationId: city.id }] });
    await t.call('projects:create', { title: 'Unscheduled idea' });
    const titles = async (query: Parameters<typeof t.call<'projects:list'>>[1]) => (await t.call('projects:list', query)).rows.map((p) => p.title);
    expect(await titles({ agreementId: agreement.id })).toEqual([centre.title]);
    expect(await titles({ organisationId: school.id })).toEqual([centre.title]);
    expect(await titles({ organisationId: city.id })).toEqual([centre.title, 'Joint research on future AI']);
    expect(await titles({ kind: 'centre' })).toEqual([centre.title]);
    expect(await titles({ search: 'graduate students' })).toEqual([centre.title]);
    expect(await titles({ search: 'Pangyo' })).toEqual([centre.title]);
    expect(await titles({ search: 'seongnam.2021' })).toEqual([centre.title]);
    // By start, the unscheduled one last in both directions.
    expect(await titles({ sort: 'startsOn', dir: 'asc' })).toEqual([centre.title, 'Joint research on future AI', 'Unscheduled idea']);
    expect(await titles({ sort: 'startsOn', dir: 'desc' })).toEqual(['Joint research on future AI', centre.title, 'Unscheduled idea']);
    await t.call('projects:transition', { id: centre.id, to: 'active' });
    expect(await titles({ status: 'active' })).toEqual([centre.title]);
    expect(await titles({ status: 'proposed' })).toEqual(['Joint research on future AI', 'Unscheduled idea']);
  });

  it('owns documents, and cannot be deleted while it or its outputs fulfil a cooperation item', async () => {
    const t = openTestCore();
    const { centre, agreement } = await makeCentre(t);
    const report = await t.call('documents:add', { owner: { kind: 'project', id: centre.id }, fileName: 'annual-report.pdf', contentBase64: tinyPdf('report').toString('base64') });
    expect((await t.call('documents:list', { owner: { kind: 'project', id: centre.id } })).map((d) => d.id)).toEqual([report.id]);

    const link = await t.call('outcomes:link', { itemId: agreement.items[1].id, subject: { kind: 'output', id: centre.outputs[1].id } });
    const refused = await t.send('projects:delete', { id: centre.id, reason: 'Entered by mistake' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'AI Graduate School Seongnam Research Center fulfils 1 cooperation item; unlink it first.' } });
    await t.call('outcomes:unlink', { id: link.id });
    expect(await t.call('projects:delete', { id: centre.id, reason: 'Entered by mistake' })).toEqual({ id: centre.id });
    expect(await t.send('projects:get', { id: centre.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That research project does not exist or was deleted.' } });
  });
});
