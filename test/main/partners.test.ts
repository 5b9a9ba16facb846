import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { refreshStatistics } from '../../electron/main/db/statistics';
import { PARTNER_REACH_SQL, PARTNER_SQL, type PartnerQuery, type PartnerReach, type PartnerReachQuery } from '../../electron/main/records/partners/partner-queries';
import { PARTNER_LIST_ROWS } from '../../shared/models/partner';
import { fixedClock, makeParties, openTestCore, tempDir, type TestCore } from './fixtures';
import { makeDayEvent, makeForum } from './event-fixtures';
import { makeCentre } from './project-fixtures';

async function partnerRegister(t: TestCore) {
  const made = await makeCentre(t);
  const { kaist, city, school, agreement } = made;
  const followOn = await t.call('agreements:create', {
    kind: 'addendum',
    title: 'Addendum on the centre’s second phase',
    parentId: agreement.id,
    signedOn: '2021-01-15',
    parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
    contributions: [
      { organisationId: kaist.id, kind: 'money', amountMinor: 5_000_000, currency: 'KRW', description: 'Matching fund' },
      { organisationId: kaist.id, kind: 'in_kind', description: 'Laboratory equipment' },
      { organisationId: city.id, kind: 'money', amountMinor: 9_000_000, currency: 'KRW' },
    ],
  });
  const program = await t.call('programs:create', { name: 'Startup internships', sponsorIds: [school.id], agreementIds: [agreement.id] });
  return { ...made, followOn, program };
}

describe('the partner page', () => {
  it('gathers a partner’s agreements with their lineage, programs, projects, people and money by currency', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, school, city: seongnam, agreement, followOn, program, centre } = await partnerRegister(t);
    const overview = await t.call('partners:overview', { organisationId: kaist.id });
    expect(overview.organisation).toEqual({ id: kaist.id, name: 'KAIST', altNames: ['카이스트'], kind: 'university', country: 'KR' });
    expect(overview.units).toEqual([{ id: school.id, name: 'KAIST AI Graduate School' }]);
    expect(overview.counts).toEqual({ agreements: 2, agreementsInForce: 0, itemsNeedingAttention: 3, projects: 1, programs: 1, events: 0, placements: 0, people: 2, otherContributions: 1 });
    expect(overview.agreements.map((a) => [a.id, a.depth, a.counterparts])).toEqual([
      [agreement.id, 0, ['Seongnam City']],
      [followOn.id, 1, ['Seongnam City']],
    ]);
    expect(overview.agreements[0].progress).toEqual({ done: 1, dropped: 0, overdue: 1, nothing_after_a_year: 2, on_track: 0 });
    expect(overview.programs).toEqual([{ id: program.id, name: 'Startup internships', sponsor: true, createdBy: [`${agreement.referenceNo} — ${agreement.title}`] }]);
    // The centre is the graduate school's: a sub-organisation's records are the partner's too.
    expect(overview.projects).toEqual([
      expect.objectContaining({
        id: centre.id,
        role: 'Runs the centre',
        headcounts: [
          { count: 2, role: 'professors' },
          { count: 34, role: 'graduate students' },
        ],
        milestones: { due: 0, done: 1, slipped: 1 },
        nextDueOn: '2025-12-31',
      }),
    ]);
    expect(overview.people.map((p) => [p.name, p.organisationName])).toEqual([
      ['Choi Jae-sik', 'KAIST AI Graduate School'],
      ['Lee Kwang-hyung', 'KAIST'],
    ]);
    // KRW from the addendum, HKD from the school's research budget: never one sum across currencies.
    expect(overview.money).toEqual([
      { currency: 'HKD', agreementsMinor: 0, projectsMinor: 1_234_567, totalMinor: 1_234_567 },
      { currency: 'KRW', agreementsMinor: 5_000_000, projectsMinor: 0, totalMinor: 5_000_000 },
    ]);
    expect(overview.otherContributions).toEqual([expect.objectContaining({ agreementId: followOn.id, kind: 'in_kind', description: 'Laboratory equipment' })]);

    // The city sees the same centre from its side, with its own role and money.
    const city = await t.call('partners:overview', { organisationId: seongnam.id });
    expect(city.projects.map((p) => p.role)).toEqual(['Provides the space free of charge']);
    expect(city.money).toEqual([{ currency: 'KRW', agreementsMinor: 9_000_000, projectsMinor: 350_000_000, totalMinor: 359_000_000 }]);
  });

  it('counts every agreement of a partner in more than the page lists, and lists the unsigned and the latest signed', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const home = await t.call('organisations:create', { name: 'Home University', kind: 'university', country: 'KR' });
    const other = await t.call('organisations:create', { name: 'Partner Company', kind: 'company', country: 'KR' });
    const made: Array<{ id: string; signedOn: string | null }> = [];
    for (let i = 0; i < PARTNER_LIST_ROWS + 10; i += 1) {
      const signed = i < PARTNER_LIST_ROWS + 7;
      const signedOn = signed ? `${2000 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-15` : null;
      const agreement = await t.call('agreements:create', {
        kind: 'mou',
        title: `Agreement ${i}`,
        signedOn,
        statusFromRecords: signed ? 'active' : null,
        signatoriesRecorded: !signed,
        parties: [{ organisationId: home.id }, { organisationId: other.id }],
        // The oldest agreement's item is long overdue: counted, though that agreement is not listed.
        items: i === 0 ? [{ description: 'Joint forum', dueOn: '2001-06-30' }] : [],
      });
      made.push({ id: agreement.id, signedOn });
    }
    const overview = await t.call('partners:overview', { organisationId: home.id });
    expect(overview.counts).toMatchObject({ agreements: PARTNER_LIST_ROWS + 10, agreementsInForce: PARTNER_LIST_ROWS + 7, itemsNeedingAttention: 1 });
    const listed = new Set(overview.agreements.map((a) => a.id));
    expect(listed.size).toBe(PARTNER_LIST_ROWS);
    // The three unsigned ones and the latest signed; the ten oldest are counted, not listed.
    expect(made.slice(10).every((a) => listed.has(a.id))).toBe(true);
    expect(made.slice(0, 10).some((a) => listed.has(a.id))).toBe(false);
    expect(overview.agreements[0].counterparts).toEqual(['Partner Company']);

    const file = await t.call('partners:report', { organisationId: home.id, format: 'markdown' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text).toContain(`- ${PARTNER_LIST_ROWS + 10} agreements (${PARTNER_LIST_ROWS + 7} in force)`);
    expect(text).toContain(`*The ${PARTNER_LIST_ROWS} unsigned and latest signed of ${PARTNER_LIST_ROWS + 10} are listed here; the register lists them all.*`);
    expect(text).toContain('1 cooperation item needs attention');
  }, 60_000);

  it('lists the partner’s events with their zones: organised by a unit, attended by its people, or held under its agreements', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, school, city, agreement, professor } = await partnerRegister(t);
    const forum = await makeForum(t, { organiserIds: [city.id], agreementId: agreement.id });
    const talk = await makeDayEvent(t, '2025-11-20', { title: 'Guest lecture', attendees: [{ personId: professor.id, role: 'speaker' }] });
    const workshop = await makeDayEvent(t, '2026-05-02', { title: 'Vision workshop', organiserIds: [school.id] });
    await makeDayEvent(t, '2026-05-03', { title: 'Someone else’s fair' });
    const overview = await t.call('partners:overview', { organisationId: kaist.id });
    expect(overview.events.map((e) => [e.id, e.series, e.held, e.nextOn])).toEqual([
      [workshop.id, false, 0, '2026-05-02'],
      [forum.id, true, 2, '2026-03-12'],
      [talk.id, false, 1, null],
    ]);
    expect(overview.events[1]).toMatchObject({ startTime: '19:00', endTime: '21:00', timeZone: 'Asia/Seoul' });
    const text = Buffer.from((await t.call('partners:report', { organisationId: kaist.id, format: 'markdown' })).contentBase64, 'base64').toString('utf8');
    expect(text).toContain('- **Seongnam AI Forum** · Forum · 8 January 2026, 19:00–21:00 (Asia/Seoul) · AI Graduate School Seongnam Research Center');
    expect(text).toContain('  - A series: 2 meetings held; next on 12 March 2026');
    expect(text).toContain('- **Guest lecture** · Workshop · 20 November 2025');
    expect(text).not.toContain('Someone else');
  });

  it('lists the internships a unit hosts or the partner’s agreements created, in the page and the report', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, school, city, agreement } = await partnerRegister(t);
    const intern = await t.call('people:create', { name: 'Choi Min-seo' });
    const other = await t.call('people:create', { name: 'Jung Ha-eun' });
    const atSchool = await t.call('placements:create', { internId: intern.id, hostId: school.id, startsOn: '2026-03', endsOn: '2026-08' });
    const atCity = await t.call('placements:create', { internId: other.id, hostId: city.id, agreementId: agreement.id, startsOn: '2025-07-01' });
    await t.call('placements:create', { internId: other.id, hostId: city.id, startsOn: '2024' });
    const overview = await t.call('partners:overview', { organisationId: kaist.id });
    expect(overview.placements).toEqual([
      { id: atSchool.id, internName: 'Choi Min-seo', hostName: school.name, status: 'active', startsOn: '2026-03', endsOn: '2026-08' },
      { id: atCity.id, internName: 'Jung Ha-eun', hostName: 'Seongnam City', status: 'active', startsOn: '2025-07-01', endsOn: null },
    ]);
    const text = Buffer.from((await t.call('partners:report', { organisationId: kaist.id, format: 'markdown' })).contentBase64, 'base64').toString('utf8');
    expect(text).toContain(`- **Choi Min-seo** · at ${school.name} · Active · March 2026 to August 2026`);
    expect(text).toContain('- **Jung Ha-eun** · at Seongnam City · Active · from 1 July 2025');
    expect(text).toContain('2 internships');
  });

  it('counts an agreement of two of its units once, and one of a sub-organisation alone', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, city } = await makeParties(t);
    const school = await t.call('organisations:create', { name: 'KAIST AI Graduate School', kind: 'faculty', country: 'KR', parentId: kaist.id });
    const make = (title: string, orgs: string[], active = false) =>
      t.call('agreements:create', {
        kind: 'mou',
        title,
        ...(active ? { signedOn: '2025-01-01', statusFromRecords: 'active' as const, signatoriesRecorded: false } : {}),
        parties: orgs.map((organisationId) => ({ organisationId })),
      });
    await make('KAIST and the city', [kaist.id, city.id]);
    await make('The school and the city', [school.id, city.id], true);
    await make('KAIST and its school', [kaist.id, school.id], true);
    // The school is in more agreements than KAIST here: the count starts from the school's.
    await make('The school again', [school.id, city.id]);
    const overview = await t.call('partners:overview', { organisationId: kaist.id });
    expect(overview.counts).toMatchObject({ agreements: 4, agreementsInForce: 2 });
    expect(overview.agreements).toHaveLength(4);
    expect((await t.call('partners:overview', { organisationId: school.id })).counts).toMatchObject({ agreements: 3, agreementsInForce: 2 });
  });

  it('reads the same rows whether it reaches the partner’s agreements from them or from the other tables', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, school, city, agreement, followOn, centre } = await partnerRegister(t);
    await makeForum(t, { organiserIds: [city.id], agreementId: agreement.id });
    await t.call('outcomes:link', { itemId: agreement.items[0].id, subject: { kind: 'project', id: centre.id } });
    const intern = await t.call('people:create', { name: 'Choi Min-seo' });
    await t.call('placements:create', { internId: intern.id, hostId: city.id, agreementId: agreement.id, startsOn: '2025-07-01' });
    // The city's own agreement, and a removed one of KAIST's: neither may reach KAIST's page either way.
    const cityOnly = await t.call('organisations:create', { name: 'Gyeonggi Province', kind: 'city', country: 'KR' });
    const theirs = await t.call('agreements:create', {
      kind: 'mou',
      title: 'Province and city',
      parties: [{ organisationId: city.id }, { organisationId: cityOnly.id }],
      items: [{ description: 'Shared office', dueOn: '2020-01-01' }],
      contributions: [{ organisationId: city.id, kind: 'money', amountMinor: 1_000, currency: 'KRW' }],
    });
    const removed = await t.call('agreements:create', {
      kind: 'mou',
      title: 'Entered twice',
      parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
      items: [{ description: 'Twice', dueOn: '2020-01-01' }],
      contributions: [{ organisationId: kaist.id, kind: 'money', amountMinor: 7, currency: 'KRW' }],
    });
    await t.call('programs:create', { name: 'Province internships', sponsorIds: [cityOnly.id], agreementIds: [theirs.id] });
    await t.call('agreements:remove', { id: removed.id, reason: 'entered twice' });
    t.core.close();

    const db = openDatabase(t.dbFile, { readonly: true });
    const units = JSON.stringify([kaist.id, school.id]);
    const rows = (reach: PartnerReach, name: PartnerReachQuery) =>
      (db.prepare(PARTNER_REACH_SQL[reach][name]).all({ units, limit: 100, from: '2019', to: '2021-12-31', today: '2026-03-01', quietBy: '2025-03-01' }) as object[]).map((row) => JSON.stringify(row)).sort();
    for (const name of Object.keys(PARTNER_REACH_SQL.few) as PartnerReachQuery[]) {
      const few = rows('few', name);
      expect(rows('wide', name), name).toEqual(few);
      expect(few.length, name).toBeGreaterThan(0);
      expect(few.join(), name).not.toContain(removed.id);
      expect(few.join(), name).not.toContain(theirs.id);
    }
    expect(rows('few', 'latest')).toEqual([agreement.id, followOn.id].map((id) => JSON.stringify({ id })).sort());
    db.close();
  });

  it('counts the items needing attention by the same rule as each agreement’s own page, at every precision of start', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, city } = await makeParties(t);
    const project = await t.call('projects:create', { title: 'Joint lab' });
    const starts: Array<{ signedOn?: string; effectiveOn?: string }> = [
      {},
      { signedOn: '2025-03-01' }, // a year ago today: quiet long enough
      { signedOn: '2025-03-02' }, // a day short
      { signedOn: '2025-02' }, // February 2025 may be its 28th: a year has passed
      { signedOn: '2025-03' }, // March 2025 may be its 31st: not yet
      { signedOn: '2024' },
      { signedOn: '2025' }, // may be 31 December 2025
      { signedOn: '2020-01-01', effectiveOn: '2025-06' }, // effective, not signed, counts
    ];
    const agreements = [];
    for (const [i, start] of starts.entries()) {
      const agreement = await t.call('agreements:create', {
        kind: 'mou',
        title: `Start ${i}`,
        ...start,
        ...(start.signedOn ? { statusFromRecords: 'active' as const, signatoriesRecorded: false } : {}),
        parties: [{ organisationId: kaist.id }, { organisationId: city.id }],
        items: [
          { description: 'Quiet' },
          { description: 'Overdue', dueOn: '2026-02-28' },
          { description: 'Due today', dueOn: '2026-03-01' },
          { description: 'Done', status: 'done', dueOn: '2020-01-01' },
          { description: 'Dropped', status: 'dropped' },
          { description: 'Linked', status: 'in_progress' },
        ],
      });
      await t.call('outcomes:link', { itemId: agreement.items[5].id, subject: { kind: 'project', id: project.id } });
      agreements.push(agreement);
    }
    // Neither a removed agreement's items nor another partner's count.
    const removed = await t.call('agreements:create', { kind: 'mou', title: 'Removed', parties: [{ organisationId: kaist.id }, { organisationId: city.id }], items: [{ description: 'x', dueOn: '2020-01-01' }] });
    await t.call('agreements:remove', { id: removed.id, reason: 'entered twice' });
    const other = await t.call('organisations:create', { name: 'Elsewhere', kind: 'company', country: 'KR' });
    await t.call('agreements:create', { kind: 'mou', title: 'Not KAIST', parties: [{ organisationId: other.id }, { organisationId: city.id }], items: [{ description: 'x', dueOn: '2020-01-01' }] });

    let expected = 0;
    const progressById = new Map<string, Record<string, number>>();
    for (const agreement of agreements) {
      const produced = await t.call('outcomes:produced', { agreementId: agreement.id });
      const counts: Record<string, number> = { done: 0, dropped: 0, overdue: 0, nothing_after_a_year: 0, on_track: 0 };
      for (const item of produced.items) counts[item.progress] += 1;
      progressById.set(agreement.id, counts);
      expected += counts.overdue + counts.nothing_after_a_year;
    }
    // One overdue item each; the two with no outcome that are not overdue stand out under three of the
    // starts (a year ago today, February 2025, 2024), not under the unsigned one, which has no start.
    expect(expected).toBe(8 + 2 * 3);
    const overview = await t.call('partners:overview', { organisationId: kaist.id });
    expect(overview.counts.itemsNeedingAttention).toBe(expected);
    for (const listed of overview.agreements) expect(listed.progress, listed.title).toEqual(progressById.get(listed.id));
  });

  it('answers NOT_FOUND with a sentence for an organisation that is not there', async () => {
    const t = openTestCore();
    expect(await t.send('partners:overview', { organisationId: '0190a0b0-0000-7000-8000-000000000999' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That organisation does not exist or was deleted.' },
    });
  });
});

describe('the partner report', () => {
  const CODE = /\b[a-z]+_[a-z_]+\b/;

  it('writes Markdown in words, not the register’s codes, with every count and currency', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist, agreement } = await partnerRegister(t);
    const file = await t.call('partners:report', { organisationId: kaist.id, format: 'markdown' });
    expect(file).toMatchObject({ fileName: 'partner-report-KAIST-2026-03-01.md', mediaType: 'text/markdown; charset=utf-8' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.split('\n')[0]).toBe('# Partner report: KAIST');
    expect(text).toContain('카이스트 · University · KR');
    expect(text).toContain(`- **${agreement.referenceNo} — Agreement on the AI Graduate School Seongnam Research Center** · MOU · Draft · signed 2019-10-04`);
    expect(text).toContain('4 cooperation items: 1 done, 1 overdue, 2 nothing after a year');
    expect(text).toContain('**AI Graduate School Seongnam Research Center** · Research centre · Proposed · since 2019-10-04');
    expect(text).toContain('Team: 2 professors, 34 graduate students');
    expect(text).toContain('Where: Research-friendly space in Seongnam (rent-free) (since 2019-10-04)');
    expect(text).toContain('Planned move: Seongnam Global ICT Convergence Planet, Pangyo 2 Techno Valley');
    expect(text).toContain('Milestones: 1 done, 1 slipped; next due 2025-12-31');
    expect(text).toContain('| KRW | 5,000,000 KRW | 0 KRW | 5,000,000 KRW |');
    expect(text).toContain('- **In kind** · Laboratory equipment');
    expect(text).not.toMatch(CODE);
    // The follow-on sits under the agreement it builds on.
    expect(text).toMatch(/\n {2}- \*\*[^\n]*Addendum on the centre’s second phase\*\* · Addendum/);
    // The export is in the organisation's history.
    expect((await t.call('audit:list', { entityId: kaist.id })).rows[0]).toMatchObject({ action: 'export', after: { report: 'partner', format: 'markdown' } });
  });

  it('never lets a name or title become Markdown or HTML', async () => {
    const t = openTestCore({ now: fixedClock('2026-03-01') });
    const { kaist } = await partnerRegister(t);
    const hostile = 'Evil *Corp* <script>alert(1)</script> [click](javascript:alert(1)) | `x` ~~gone~~ &amp;';
    await t.call('projects:create', {
      title: hostile,
      partners: [{ organisationId: kaist.id, role: '# not a heading\n- not a list\n1. not numbered' }],
      outputs: [{ kind: 'talk', title: '_emphasis_ and ![image](x.png)' }],
    });
    await t.call('people:create', { name: '> not a quote', organisationId: kaist.id });
    const text = Buffer.from((await t.call('partners:report', { organisationId: kaist.id, format: 'markdown' })).contentBase64, 'base64').toString('utf8');
    expect(text).toContain(
      '**Evil \\*Corp\\* \\<script\\>alert(1)\\</script\\> \\[click\\](javascript:alert(1)) \\| \\`x\\` \\~\\~gone\\~\\~ \\&amp;**',
    );
    // Line breaks stay, as hard breaks inside the item; what would start a block on the new line is escaped.
    expect(text).toContain('  - Role: # not a heading\\\n    \\- not a list\\\n    1\\. not numbered\n');
    expect(text).toContain('Talk: \\_emphasis\\_ and !\\[image\\](x.png)');
    expect(text).toContain('**\\> not a quote**');
    expect(text).not.toContain('<script>');
    // The only headings are the report's own.
    expect(text.split('\n').filter((line) => /^\s*#/.test(line))).toEqual([
      '# Partner report: KAIST',
      '## At a glance',
      '## Agreements',
      '## Research projects and centres',
      '## Events',
      '## Internships',
      '## Programs',
      '## People',
      '## Contributions',
    ]);
  });

  it('prints the same report to PDF through the platform’s printer, escaped as HTML', async () => {
    const printed: string[] = [];
    const t = openTestCore({
      now: fixedClock('2026-03-01'),
      platform: {
        renderPdf: async (html) => {
          printed.push(html);
          return Buffer.from('%PDF-1.7 printed');
        },
      },
    });
    const { kaist } = await partnerRegister(t);
    await t.call('projects:create', { title: '<b>Bold</b> & "quoted"', partners: [{ organisationId: kaist.id }] });
    const file = await t.call('partners:report', { organisationId: kaist.id, format: 'pdf' });
    expect(file).toMatchObject({ fileName: 'partner-report-KAIST-2026-03-01.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(file.contentBase64, 'base64').toString()).toBe('%PDF-1.7 printed');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('<strong>&#60;b&#62;Bold&#60;/b&#62; &#38; &#34;quoted&#34;</strong>');
    expect(printed[0]).not.toContain('<b>Bold');
    expect(printed[0].replace(/<[^>]+>/g, ' ')).not.toMatch(CODE);
  });
});

describe('partner query plans at scale', () => {
  /**
   * A register of thousands of agreements, projects and people after ANALYZE: each partner statement
   * must reach the partner's rows through an index (a SEARCH), never read a whole table.
   */
  function seed(db: Db): void {
    const at = '2026-01-01T00:00:00.000Z';
    const run = (sql: string) => db.prepare(sql);
    // Row keys (migration 25) are one more than each loop's index.
    const org = run(`INSERT INTO organisations (id, name, kind, parent_id, created_at, updated_at, updated_by, row_key) VALUES (?, ?, 'university', ?, ?, ?, 's', ?)`);
    const person = run(`INSERT INTO people (id, name, organisation_id, created_at, updated_at, updated_by, row_key) VALUES (?, ?, ?, ?, ?, 's', ?)`);
    const agreement = run(`INSERT INTO agreements (id, reference_no, kind, title, status, signed_on, parent_id, created_at, updated_at, updated_by, row_key)
      VALUES (?, ?, 'mou', ?, 'active', '2020-01-01', ?, ?, ?, 's', ?)`);
    const party = run(`INSERT INTO agreement_parties (id, agreement_key, organisation_key, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 's')`);
    const item = run(`INSERT INTO cooperation_items (id, agreement_id, description, position, created_at, updated_at, updated_by) VALUES (?, ?, 'item', ?, ?, ?, 's')`);
    const contribution = run(`INSERT INTO contributions (id, agreement_id, organisation_id, kind, amount_minor, currency, position, created_at, updated_at, updated_by)
      VALUES (?, ?, ?, 'money', 1000, 'KRW', 0, ?, ?, 's')`);
    const project = run(`INSERT INTO projects (id, kind, status, title, created_at, updated_at, updated_by) VALUES (?, 'project', 'active', ?, ?, ?, 's')`);
    const partner = run(`INSERT INTO project_partners (id, project_id, organisation_id, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, 0, ?, ?, 's')`);
    const link = run(`INSERT INTO project_agreements (id, project_id, agreement_id, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, 0, ?, ?, 's')`);
    const budget = run(`INSERT INTO project_budget (id, project_id, organisation_id, amount_minor, currency, position, created_at, updated_at, updated_by)
      VALUES (?, ?, ?, 500, 'HKD', 0, ?, ?, 's')`);
    const program = run(`INSERT INTO programs (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 's')`);
    const sponsor = run(`INSERT INTO program_sponsors (id, program_id, organisation_id, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, 0, ?, ?, 's')`);
    const programAgreement = run(`INSERT INTO program_agreements (id, program_id, agreement_id, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, 0, ?, ?, 's')`);
    const placement = run(`INSERT INTO placements (id, intern_id, host_id, agreement_id, status, starts_on, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'active', '2026-03', ?, ?, 's')`);
    const outcome = run(`INSERT INTO outcomes (id, agreement_id, item_id, subject_kind, subject_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, 'project', ?, ?, ?, 's')`);
    db.transaction(() => {
      for (let i = 0; i < 800; i += 1) {
        org.run(`o${i}`, `Org ${i}`, i >= 600 ? `o${i - 600}` : null, at, at, i + 1);
        person.run(`p${i}`, `Person ${i}`, `o${i}`, at, at, i + 1);
      }
      for (let i = 0; i < 5000; i += 1) {
        agreement.run(`a${i}`, `MOU-${i}`, `Agreement ${i}`, i % 3 === 0 && i > 0 ? `a${i - 1}` : null, at, at, i + 1);
        party.run(`ap${i}a`, i + 1, (i % 800) + 1, 0, at, at);
        party.run(`ap${i}b`, i + 1, ((i * 7) % 800) + 1, 1, at, at);
        item.run(`i${i}`, `a${i}`, 0, at, at);
        contribution.run(`c${i}`, `a${i}`, `o${i % 800}`, at, at);
        placement.run(`pm${i}`, `p${i % 800}`, `o${(i * 3) % 800}`, `a${i}`, at, at);
      }
      for (let i = 0; i < 3000; i += 1) {
        project.run(`pj${i}`, `Project ${i}`, at, at);
        partner.run(`pp${i}`, `pj${i}`, `o${i % 800}`, at, at);
        link.run(`pl${i}`, `pj${i}`, `a${i}`, at, at);
        budget.run(`pb${i}`, `pj${i}`, `o${(i * 3) % 800}`, at, at);
        outcome.run(`oc${i}`, `a${i}`, `i${i}`, `pj${i}`, at, at);
      }
      for (let i = 0; i < 1000; i += 1) {
        program.run(`pr${i}`, `Program ${i}`, at, at);
        sponsor.run(`ps${i}`, `pr${i}`, `o${i % 800}`, at, at);
        programAgreement.run(`pa${i}`, `pr${i}`, `a${i}`, at, at);
      }
    })();
    refreshStatistics(db, { full: true });
  }

  const PARAMS: Record<PartnerQuery, unknown[]> = {
    units: ['o3'],
    agreements: ['["o3","o603"]'],
    agreementTally: ['["o3","o603"]'],
    agreementsBeside: ['["o603"]', 'o3'],
    agreementRows: ['["a3","a803"]'],
    counterparts: ['["a3","a803"]', '["o3","o603"]'],
    listedItems: ['["a3","a803"]'],
    sponsoredPrograms: ['["o3","o603"]'],
    programNames: ['["pr3"]'],
    partnerProjects: ['["o3","o603"]'],
    fundedProjects: ['["o3","o603"]'],
    people: ['["o3","o603"]', 100],
    peopleCount: ['["o3","o603"]'],
    projectMoney: ['["o3","o603"]'],
  };

  it('reads only the partner’s rows, through an index, for every statement of the page', () => {
    const db = openDatabase(path.join(tempDir(), 'partner-plans.sqlite'));
    migrate(db, MIGRATIONS, null);
    seed(db);
    const scans: string[] = [];
    for (const [name, sql] of Object.entries(PARTNER_SQL) as Array<[PartnerQuery, string]>) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...PARAMS[name]) as Array<{ detail: string }>).map((row) => row.detail);
      // json_each is the partner's own list of ids; `unit` is the partner and its sub-organisations.
      for (const line of plan) if (/^SCAN (?!json_each|unit\b|CONSTANT ROW)/.test(line)) scans.push(`${name}: ${line}`);
      expect(plan.some((line) => line.startsWith('SEARCH')), name).toBe(true);
    }
    expect(scans).toEqual([]);

    // Reaching a few agreements: the partner's party rows, then each table through its agreement index.
    const planOf = (reach: PartnerReach, name: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${PARTNER_REACH_SQL[reach][name as PartnerReachQuery]}`).all({ units: '["o3","o603"]', limit: 100, from: '2020', to: '2020-12-31', today: '2026-03-01', quietBy: '2025-03-01' }) as Array<{ detail: string }>).map(
        (row) => row.detail,
      );
    for (const name of Object.keys(PARTNER_REACH_SQL.few)) {
      const plan = planOf('few', name);
      for (const line of plan) if (/^SCAN (?!json_each|CONSTANT ROW)/.test(line)) scans.push(`few ${name}: ${line}`);
      expect(plan.some((line) => /^SEARCH \w+ USING (COVERING )?INDEX agreement_parties_organisation_live/.test(line)), name).toBe(true);
    }
    expect(scans).toEqual([]);
    // Reaching most of the register: each statement reads its own table (never the agreements), testing
    // each row's agreement with a seek; the latest are found walking the signed index, never sorted.
    const own: Record<string, string> = { itemsNeedingAttention: 'ci', agreementPrograms: 'pa', agreementProjects: 'pa', contributions: 'c', events: 'ev', placements: 'p' };
    for (const name of Object.keys(PARTNER_REACH_SQL.wide)) {
      const plan = planOf('wide', name);
      for (const line of plan) if (/^SCAN (?!json_each|CONSTANT ROW)/.test(line) && !line.startsWith(`SCAN ${own[name]} `) && line !== `SCAN ${own[name]}`) scans.push(`wide ${name}: ${line}`);
      expect(plan.some((line) => /^SEARCH pp (EXISTS )?USING (COVERING )?INDEX agreement_parties_organisation_live/.test(line)), name).toBe(true);
    }
    expect(scans).toEqual([]);
    const latest = planOf('wide', 'latest');
    expect(latest[0]).toMatch(/^SEARCH a USING (COVERING )?INDEX agreements_by_signed_asc/);
    expect(latest.some((line) => line.includes('TEMP B-TREE'))).toBe(false);
    db.close();
  }, 60_000); // seeds thousands of rows: seconds on a loaded two-core machine
});
