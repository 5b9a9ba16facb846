import { describe, expect, it } from 'vitest';
import seed from '../../resources/demo/seed-data.json';
import { SeedData } from '../../electron/main/services/demo-service';
import { fixedClock, openTestCore } from './fixtures';

describe('demo data', () => {
  it('is offered on first run, loads all five articles through the services, and is then no longer offered', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23'), offerDemo: true });
    expect(await t.call('demo:status', {})).toEqual({ empty: true, offered: true, loaded: false });
    const loaded = await t.call('demo:load', {});
    const data = SeedData.parse(seed);
    expect(loaded).toEqual({ organisations: data.organisations.length, people: data.people.length, agreements: data.agreements.length });
    expect(await t.call('demo:status', {})).toEqual({ empty: false, offered: false, loaded: true });

    const all = await t.call('agreements:list', { limit: 100 });
    for (const expected of data.agreements) {
      const row = all.rows.find((r) => r.title === (expected as { title?: string }).title);
      expect(row, String((expected as { title?: string }).title)).toBeDefined();
      expect(row!.status).toBe(expected.status);
    }
    const gpu = (await t.call('agreements:list', { search: 'Convergence Activation' })).rows[0];
    const detail = await t.call('agreements:get', { id: gpu.id });
    expect(detail.parties.flatMap((p) => p.signatories.map((s) => s.name))).toContain('Lee Hwal-seok');
    expect(detail.items.length).toBeGreaterThanOrEqual(4);
    const followOn = all.rows.find((r) => r.title.includes('Seongnam Research Center'))!;
    expect((await t.call('agreements:get', { id: followOn.id })).ancestors).toHaveLength(1);
    expect((await t.call('agreements:list', { search: '업스테이지' })).total).toBeGreaterThanOrEqual(2);
  });

  it('includes the HKUST GZ MSc program, created by the HKUST–Upstage agreement, with its 2026 intake', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23'), offerDemo: true });
    await t.call('demo:load', {});
    const agreement = (await t.call('agreements:list', { search: 'HKUST GZ MSC' })).rows[0];
    const [program] = (await t.call('programs:list', { agreementId: agreement.id })).rows;
    expect(program).toMatchObject({
      name: expect.stringContaining('HKUST GZ MSc'),
      fields: ['Computer science', 'Mathematics'],
      totalMonths: 24,
      sponsors: [{ name: 'Upstage' }],
      scholarshipTotals: [{ currency: 'KRW', amountMinor: 100_000_000 }],
      intakeCount: 1,
      latestStartOn: '2026-09-01',
    });
    const intakes = await t.call('intakes:list', { programId: program.id });
    expect(intakes.rows).toEqual([
      expect.objectContaining({ name: '2026 intake', applicationsOpenOn: '2026-04-01', applicationsCloseOn: '2026-04-30', startsOn: '2026-09-01' }),
    ]);
  });

  it('includes sample placements marked as such: KAIST–Seongnam startup internships without a program, and one under the HKUST GZ MSc', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23'), offerDemo: true });
    await t.call('demo:load', {});
    const placements = (await t.call('placements:list', { sort: 'startsOn', dir: 'asc' })).rows;
    expect(placements.map((p) => [p.internName, p.hostName, p.programName, p.status])).toEqual([
      ['Jung Ha-eun', 'The Vault Korea', null, 'completed'],
      ['Lam Ka-yan', 'Upstage', expect.stringContaining('HKUST GZ MSc'), 'active'],
      ['Choi Min-seo', 'The Vault Korea', null, 'active'],
    ]);
    expect(placements.every((p) => p.notes.startsWith('Sample data'))).toBe(true);
    expect(placements.filter((p) => p.programId === null).every((p) => p.agreementTitle?.includes('Seongnam'))).toBe(true);
    const msc = placements.find((p) => p.programId)!;
    // The six sample applicants are the 2026 intake (one accepted); the placed intern is from an earlier cohort.
    expect(await t.call('programs:funnel', { programId: msc.programId! })).toEqual({ applied: 6, accepted: 1, placed: 1, completed: 0, hired: 0 });
  });

  it('includes the Seongnam research centre, the HKUST–Upstage and CUHK–SenseTime research, and what they fulfil', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23'), offerDemo: true });
    await t.call('demo:load', {});
    const [centre] = (await t.call('projects:list', { kind: 'centre' })).rows;
    expect(centre).toMatchObject({
      status: 'active',
      startsOn: '2019-10-04',
      headcounts: [
        { count: 2, role: 'professors' },
        { count: 34, role: 'graduate students' },
      ],
      partners: [{ name: 'KAIST AI Graduate School' }, { name: 'Seongnam City' }],
      places: [expect.objectContaining({ planned: false }), expect.objectContaining({ name: expect.stringContaining('Pangyo'), planned: true })],
    });
    const research = await t.call('agreements:list', { search: 'Seongnam Research Center' });
    const produced = await t.call('outcomes:produced', { agreementId: research.rows[0].id });
    expect(produced.items.slice(0, 2).map((i) => i.outcomes.map((o) => o.subject.name))).toEqual([[centre.title], [centre.title]]);
    expect(produced.items.slice(2).map((i) => i.progress)).toEqual(['nothing_after_a_year', 'nothing_after_a_year', 'nothing_after_a_year']);

    const cuhk = (await t.call('projects:list', { search: 'SenseTime' })).rows[0];
    expect(cuhk.outputs).toEqual([expect.objectContaining({ kind: 'talk' })]);
    expect((await t.call('outcomes:list', { subject: { kind: 'project', id: cuhk.id } })).map((o) => [o.subject.kind, o.itemDescription])).toEqual([
      ['output', expect.stringContaining('societal applications of AI')],
    ]);
    const upstage = (await t.call('organisations:list', { search: 'Upstage' })).rows.find((o) => o.name === 'Upstage')!;
    const overview = await t.call('partners:overview', { organisationId: upstage.id });
    expect(overview.projects.map((p) => p.title)).toEqual(['HKUST–Upstage joint research on future AI technologies']);
    expect(overview.programs.map((p) => p.sponsor)).toEqual([true]);
    expect(overview.money).toEqual([{ currency: 'KRW', agreementsMinor: 100_000_000, projectsMinor: 0, totalMinor: 100_000_000 }]);
  });

  it('loads only into an empty register, and all or nothing', async () => {
    const t = openTestCore();
    await t.call('demo:load', {});
    const again = await t.send('demo:load', {});
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
  });

  it('starts empty without an offer when told to', async () => {
    const t = openTestCore({ offerDemo: false });
    expect(await t.call('demo:status', {})).toMatchObject({ empty: true, offered: false });
    const dismissed = openTestCore({ offerDemo: true });
    expect(await dismissed.call('demo:dismiss', {})).toMatchObject({ offered: false });
  });
});

describe('demo events', () => {
  it('has the regular Seongnam AI forum, every seed agreement’s signing ceremony with its signatories, and the CUHK–SenseTime competition', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23'), offerDemo: true });
    await t.call('demo:load', {});
    const research = (await t.call('agreements:list', { search: 'Seongnam Research Center' })).rows[0];
    const [forum] = (await t.call('events:list', { agreementId: research.id, kind: 'forum' })).rows;
    expect(forum).toMatchObject({
      title: 'Seongnam AI Forum',
      timeZone: 'Asia/Seoul',
      recurrence: { freq: 'monthly', byDay: [{ weekday: 'TH', ordinal: 2 }], until: null },
      cooperationItem: { name: expect.stringContaining('Hold AI forums') },
    });
    const ceremonies = (await t.call('events:list', { kind: 'signing_ceremony', limit: 50 })).rows;
    const agreements = await t.call('agreements:list', { limit: 50 });
    expect(ceremonies.map((c) => c.agreementId).sort()).toEqual(agreements.rows.map((a) => a.id).sort());
    for (const ceremony of ceremonies) {
      const agreement = await t.call('agreements:get', { id: ceremony.agreementId! });
      const signatories = agreement.parties.flatMap((p) => p.signatories.map((s) => s.personId)).sort();
      expect(ceremony.attendees.filter((a) => a.role === 'signatory').map((a) => a.personId).sort(), ceremony.title).toEqual(signatories);
      expect(ceremony.startsOn).toBe(agreement.signedOn);
    }
    const [competition] = (await t.call('events:list', { kind: 'competition' })).rows;
    expect(competition.organisers.map((o) => o.name)).toEqual(['CUHK Faculty of Engineering', 'SenseTime Hong Kong']);
    // The forum is on the calendar this month, on its 2nd Thursday at 19:00 Seoul time.
    const november = await t.call('calendar:range', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.entries.filter((e) => e.kind === 'event').map((e) => [e.startsOn, e.startTime, e.title])).toEqual([['2026-11-12', '19:00', 'Seongnam AI Forum']]);
  });

  it('has fictional sample applicants, marked so, in the HKUST GZ MSc intake, and one 100,000,000 KRW award for the accepted one', async () => {
    const t = openTestCore({ now: fixedClock('2026-11-23'), offerDemo: true });
    await t.call('demo:load', {});
    const [intake] = (await t.call('intakes:list', { search: 'HKUST GZ MSc' })).rows;
    const applications = (await t.call('applications:list', { intakeId: intake.id, sort: 'score', dir: 'desc' })).rows;
    expect(applications.length).toBeGreaterThanOrEqual(5);
    expect(applications.every((a) => a.reviewerNotes.startsWith('Sample applicant — fictional.'))).toBe(true);
    for (const a of applications) expect((await t.call('people:get', { id: a.applicantId })).notes).toMatch(/^Sample applicant — fictional\./);
    expect(applications.filter((a) => a.status === 'screening').length).toBeGreaterThanOrEqual(2);
    const accepted = applications.filter((a) => a.status === 'accepted');
    const awards = (await t.call('awards:list', {})).rows;
    expect(awards.map((a) => a.applicationId)).toEqual(accepted.map((a) => a.id));
    expect(awards[0].totals).toEqual([{ currency: 'KRW', awardedMinor: 100_000_000, paidMinor: 25_000_000, plannedMinor: 75_000_000 }]);
    expect(awards[0].components.find((c) => c.kind === 'tuition')?.amountMinor).toBe(50_000_000);
  });
});
