import { describe, expect, it } from 'vitest';
import { fixedClock, openTestCore } from './fixtures';
import { makeForum } from './event-fixtures';
import { makeCentre } from './project-fixtures';

describe('outcomes: what fulfils a cooperation item', () => {
  it('links a project, one of its outputs and a program to items, and lists them by agreement and by record', async () => {
    const t = openTestCore();
    const { centre, agreement, kaist } = await makeCentre(t);
    const program = await t.call('programs:create', { name: 'Startup internships', sponsorIds: [kaist.id] });
    const [establish, space] = agreement.items;
    const a = await t.call('outcomes:link', { itemId: establish.id, subject: { kind: 'project', id: centre.id }, note: 'The centre opened in October 2019.' });
    const b = await t.call('outcomes:link', { itemId: space.id, subject: { kind: 'output', id: centre.outputs[0].id } });
    const c = await t.call('outcomes:link', { itemId: agreement.items[3].id, subject: { kind: 'program', id: program.id } });
    expect(a).toMatchObject({
      agreementId: agreement.id,
      agreementName: `${agreement.referenceNo} — ${agreement.title}`,
      itemDescription: establish.description,
      itemRemoved: false,
      subject: { kind: 'project', id: centre.id, name: centre.title, recordId: centre.id, context: '' },
      note: 'The centre opened in October 2019.',
    });
    // An output shows on its project's page, and says which project it came from.
    expect(b.subject).toEqual({ kind: 'output', id: centre.outputs[0].id, name: 'Seongnam startup AI survey', recordId: centre.id, context: centre.title });

    expect((await t.call('outcomes:list', { agreementId: agreement.id })).map((o) => o.id)).toEqual([a.id, b.id, c.id]);
    expect((await t.call('outcomes:list', { subject: { kind: 'project', id: centre.id } })).map((o) => o.id)).toEqual([a.id, b.id]);
    expect((await t.call('outcomes:list', { subject: { kind: 'program', id: program.id } })).map((o) => o.id)).toEqual([c.id]);
    expect(await t.send('outcomes:list', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ message: 'Say which agreement, or which record, to list outcomes for.' }] } });
  });

  it('links a held forum to the item it fulfils: it shows in what the agreement produced and on the event’s side', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { agreement, city } = await makeCentre(t);
    const forum = await makeForum(t, { agreementId: agreement.id, organiserIds: [city.id] });
    const forums = agreement.items[2];
    const link = await t.call('outcomes:link', { itemId: forums.id, subject: { kind: 'event', id: forum.id }, note: 'Monthly since January' });
    expect(link.subject).toEqual({ kind: 'event', id: forum.id, name: 'Seongnam AI Forum', recordId: forum.id, context: '' });
    const produced = await t.call('outcomes:produced', { agreementId: agreement.id });
    expect(produced.items.find((i) => i.item.id === forums.id)?.outcomes.map((o) => [o.subject.kind, o.subject.name])).toEqual([['event', 'Seongnam AI Forum']]);
    expect((await t.call('outcomes:list', { subject: { kind: 'event', id: forum.id } })).map((o) => o.itemDescription)).toEqual(['Hold AI forums']);
  });

  it('links an internship to the item it fulfils, named by its intern with the host as context', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { agreement, city } = await makeCentre(t);
    const intern = await t.call('people:create', { name: 'Choi Min-seo' });
    const internship = await t.call('placements:create', { internId: intern.id, hostId: city.id, agreementId: agreement.id, startsOn: '2026-03' });
    const item = agreement.items[0];
    const link = await t.call('outcomes:link', { itemId: item.id, subject: { kind: 'placement', id: internship.id }, note: 'Startup internship' });
    expect(link.subject).toEqual({ kind: 'placement', id: internship.id, name: 'Choi Min-seo', recordId: internship.id, context: 'Seongnam City' });
    const produced = await t.call('outcomes:produced', { agreementId: agreement.id });
    expect(produced.items.find((i) => i.item.id === item.id)?.outcomes.map((o) => o.subject.kind)).toContain('placement');
    expect((await t.call('outcomes:list', { subject: { kind: 'placement', id: internship.id } })).map((o) => o.itemDescription)).toEqual([item.description]);
    const missing = await t.send('outcomes:link', { itemId: item.id, subject: { kind: 'placement', id: intern.id }, note: '' });
    expect(missing).toMatchObject({ ok: false, error: { message: 'That internship does not exist or was deleted.' } });
  });

  it('refuses a missing item, a missing record and the same link twice, each with a sentence', async () => {
    const t = openTestCore();
    const { centre, agreement } = await makeCentre(t);
    const missing = '0190a0b0-0000-7000-8000-000000000999';
    expect(await t.send('outcomes:link', { itemId: missing, subject: { kind: 'project', id: centre.id } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'itemId', message: 'That cooperation item does not exist or was removed from its agreement.' }] },
    });
    expect(await t.send('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'output', id: missing } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'subject.id', message: 'That output does not exist or was deleted.' }] },
    });
    expect(await t.send('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'award' as never, id: centre.id } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'subject.kind', message: 'Choose a project, an output, a program, an event or an internship.' }] },
    });
    expect(await t.send('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'event', id: missing } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'subject.id', message: 'That event does not exist or was deleted.' }] },
    });
    await t.call('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'project', id: centre.id } });
    expect(await t.send('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'project', id: centre.id } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This is already linked to that cooperation item.' },
    });
    expect(await t.call('outcomes:list', { agreementId: agreement.id })).toHaveLength(1);
  });

  it('audits an unlink with the whole link, and the item can be linked again afterwards', async () => {
    const t = openTestCore();
    const { centre, agreement } = await makeCentre(t);
    const link = await t.call('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'project', id: centre.id }, note: 'Opened' });
    await t.call('outcomes:unlink', { id: link.id });
    const audit = (await t.call('audit:list', { entityId: link.id })).rows;
    expect(audit.map((r) => r.action)).toEqual(['delete', 'create']);
    expect(audit[0]).toMatchObject({ entity: 'outcome', actor: 'tester', before: { id: link.id, itemId: agreement.items[0].id, subject: { kind: 'project', id: centre.id }, note: 'Opened' }, after: null });
    expect(await t.call('outcomes:list', { agreementId: agreement.id })).toEqual([]);
    expect(await t.send('outcomes:unlink', { id: link.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await t.call('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'project', id: centre.id } });
    expect(await t.call('outcomes:list', { agreementId: agreement.id })).toHaveLength(1);
  });

  it('says per item what the agreement produced: done, on track, overdue, and nothing after a year', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { centre, agreement } = await makeCentre(t);
    await t.call('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'project', id: centre.id } });
    const produced = await t.call('outcomes:produced', { agreementId: agreement.id });
    expect(produced).toMatchObject({ agreementId: agreement.id, today: '2026-03-01', start: '2019-10-04', removed: [] });
    expect(produced.items.map((i) => [i.item.description, i.progress, i.outcomes.length])).toEqual([
      ['Establish the AI Graduate School Seongnam Research Center', 'on_track', 1],
      ['Rent research-friendly space free of charge', 'nothing_after_a_year', 0],
      ['Hold AI forums', 'done', 0],
      ['Internships with startups', 'overdue', 0],
    ]);
    // Within the first year nothing stands out yet.
    const early = openTestCore({ now: fixedClock('2020-06-01') });
    const second = await makeCentre(early);
    expect((await early.call('outcomes:produced', { agreementId: second.agreement.id })).items.map((i) => i.progress)).toEqual([
      'on_track',
      'on_track',
      'done',
      'on_track',
    ]);
  });

  it('keeps a link whose item was later removed from the agreement, apart, so it can be unlinked', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { centre, agreement } = await makeCentre(t);
    const link = await t.call('outcomes:link', { itemId: agreement.items[1].id, subject: { kind: 'project', id: centre.id } });
    const values = { ...agreement, duration: '', items: agreement.items.filter((_, i) => i !== 1) };
    await t.call('agreements:update', { id: agreement.id, values });
    const produced = await t.call('outcomes:produced', { agreementId: agreement.id });
    expect(produced.items).toHaveLength(3);
    expect(produced.removed).toEqual([expect.objectContaining({ id: link.id, itemRemoved: true, itemDescription: 'Rent research-friendly space free of charge' })]);
    await t.call('outcomes:unlink', { id: link.id });
    expect((await t.call('outcomes:produced', { agreementId: agreement.id })).removed).toEqual([]);
    // A removed item takes no new links.
    expect(await t.send('outcomes:link', { itemId: agreement.items[1].id, subject: { kind: 'project', id: centre.id } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
