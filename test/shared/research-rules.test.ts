import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar';
import { lastDayOf } from '../../shared/precise-date';
import { fieldIssuesFromZod } from '../../shared/messages/zod-issues';
import { OutputInput, ProjectInput } from '../../shared/models/project';
import { lineageOrder } from '../../shared/partner-lineage';
import { itemProgress, quietSince, quietStartsBy, type ItemProgressFacts } from '../../shared/research/item-progress';
import { milestoneStatus } from '../../shared/research/milestone-status';
import { identifierFits, identifierHref, identifierKind } from '../../shared/research/output-identifier';
import { projectLifecycle } from '../../shared/research/project-lifecycle';

describe('milestone status', () => {
  it('is done once it has a done date, slipped the day after its due date, due until then', () => {
    expect(milestoneStatus({ dueOn: '2026-03-01', doneOn: null }, '2026-02-28')).toBe('due');
    expect(milestoneStatus({ dueOn: '2026-03-01', doneOn: null }, '2026-03-01')).toBe('due');
    expect(milestoneStatus({ dueOn: '2026-03-01', doneOn: null }, '2026-03-02')).toBe('slipped');
    // Done late is done; done early is done.
    expect(milestoneStatus({ dueOn: '2026-03-01', doneOn: '2026-04-15' }, '2026-05-01')).toBe('done');
    expect(milestoneStatus({ dueOn: '2026-03-01', doneOn: '2026-01-10' }, '2026-02-01')).toBe('done');
  });
});

describe('what a cooperation item has produced', () => {
  const item = (extra: Partial<ItemProgressFacts> = {}): ItemProgressFacts => ({
    status: 'planned',
    dueOn: null,
    outcomeCount: 0,
    agreementStart: '2019-10-04',
    ...extra,
  });

  it('stands out with nothing linked a year after the agreement took effect, and not a day before', () => {
    expect(itemProgress(item(), '2020-10-03')).toBe('on_track');
    expect(itemProgress(item(), '2020-10-04')).toBe('nothing_after_a_year');
    expect(itemProgress(item(), '2026-03-01')).toBe('nothing_after_a_year');
    // One outcome is enough to be on track.
    expect(itemProgress(item({ outcomeCount: 1 }), '2026-03-01')).toBe('on_track');
    // An unsigned agreement has no year to count.
    expect(itemProgress(item({ agreementStart: null }), '2026-03-01')).toBe('on_track');
  });

  it('is overdue past its due date unless done, and done or dropped items never stand out', () => {
    expect(itemProgress(item({ dueOn: '2020-01-01', outcomeCount: 3 }), '2020-01-02')).toBe('overdue');
    expect(itemProgress(item({ dueOn: '2020-01-01' }), '2020-01-01')).toBe('on_track');
    expect(itemProgress(item({ dueOn: '2020-01-01', status: 'done' }), '2026-01-01')).toBe('done');
    expect(itemProgress(item({ status: 'done' }), '2026-01-01')).toBe('done');
    expect(itemProgress(item({ status: 'dropped' }), '2026-01-01')).toBe('dropped');
    expect(itemProgress(item({ status: 'in_progress', outcomeCount: 0 }), '2026-01-01')).toBe('nothing_after_a_year');
  });

  it('counts a year from 29 February to 28 February', () => {
    expect(itemProgress(item({ agreementStart: '2024-02-29' }), '2025-02-27')).toBe('on_track');
    expect(itemProgress(item({ agreementStart: '2024-02-29' }), '2025-02-28')).toBe('nothing_after_a_year');
  });

  it('counts a year from the last day a start known to its month or year may stand for', () => {
    // An imported register gives "June 2016" or "2016": the item stands out once a whole year may have passed.
    expect(itemProgress(item({ agreementStart: '2016-06' }), '2017-06-29')).toBe('on_track');
    expect(itemProgress(item({ agreementStart: '2016-06' }), '2017-06-30')).toBe('nothing_after_a_year');
    expect(itemProgress(item({ agreementStart: '2016' }), '2017-12-30')).toBe('on_track');
    expect(itemProgress(item({ agreementStart: '2016' }), '2017-12-31')).toBe('nothing_after_a_year');
    expect(itemProgress(item({ agreementStart: '2024-02' }), '2025-02-28')).toBe('nothing_after_a_year');
  });

  it('finds the starts that stand out on a day as one range of days (what the partner page counts with)', () => {
    const day = fc.integer({ min: 0, max: 12_000 }).map((n) => addDays('1998-01-01', n));
    const start = fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4)));
    fc.assert(
      fc.property(start, day, (s, today) => {
        expect(quietSince(s) <= today).toBe(lastDayOf(s) <= quietStartsBy(today));
      }),
      { numRuns: 5000 },
    );
    // The days around 29 February, where a year back is not one day.
    for (let today = '2025-02-20'; today <= '2025-03-05'; today = addDays(today, 1)) {
      for (let s = '2024-02-20'; s <= '2024-03-05'; s = addDays(s, 1)) expect(quietSince(s) <= today).toBe(s <= quietStartsBy(today));
    }
  });
});

describe('output identifiers', () => {
  it('reads DOIs, patent numbers and web addresses as people write them', () => {
    expect(identifierKind('10.1109/CVPR.2019.00123')).toBe('doi');
    expect(identifierKind('10.48550/arXiv.2312.15166')).toBe('doi');
    expect(identifierKind('KR 10-2345678')).toBe('patent');
    expect(identifierKind('US 11,234,567 B2')).toBe('patent');
    expect(identifierKind('EP3456789A1')).toBe('patent');
    expect(identifierKind('https://github.com/example/solar')).toBe('url');
    expect(identifierKind('doi 10.1234')).toBeNull();
    expect(identifierKind('10.12/abc')).toBeNull(); // a registrant code has at least four digits
    expect(identifierKind('12345')).toBeNull();
  });

  it('accepts per kind only what identifies that kind, and an empty identifier while none is known', () => {
    expect(identifierFits('paper', '10.1109/CVPR.2019.00123')).toBe(true);
    expect(identifierFits('paper', 'https://arxiv.org/abs/2312.15166')).toBe(true);
    expect(identifierFits('paper', 'KR 10-2345678')).toBe(false);
    expect(identifierFits('patent', 'KR 10-2345678')).toBe(true);
    expect(identifierFits('patent', '10.1109/CVPR.2019.00123')).toBe(false);
    expect(identifierFits('talk', 'https://youtu.be/abc')).toBe(true);
    expect(identifierFits('talk', '10.1109/CVPR.2019.00123')).toBe(false);
    expect(identifierFits('dataset', '')).toBe(true);
    expect(identifierFits('software', '  ')).toBe(true);
  });

  it('opens a DOI through doi.org and a patent number nowhere', () => {
    expect(identifierHref('10.1234/abcd')).toBe('https://doi.org/10.1234/abcd');
    expect(identifierHref('https://example.org/x')).toBe('https://example.org/x');
    expect(identifierHref('KR 10-2345678')).toBeNull();
  });

  it('refuses a wrong identifier at its field with a sentence naming what fits, keeping what was typed', () => {
    const wrong = OutputInput.safeParse({ kind: 'patent', title: 'Method', identifier: 'https://example.org/patent' });
    expect(wrong.success).toBe(false);
    if (!wrong.success) {
      expect(fieldIssuesFromZod(wrong.error.issues)).toEqual([expect.objectContaining({ path: 'identifier', key: 'output.identifierPatent', message: expect.stringContaining('KR 10-2345678') })]);
    }
    const kept = OutputInput.parse({ kind: 'paper', title: 'Paper', identifier: ' 10.1234/ABCD ' });
    expect(kept.identifier).toBe('10.1234/ABCD');
  });
});

describe('project schema', () => {
  const KAIST = '0190a0b0-0000-7000-8000-000000000001';
  const PERSON = '0190a0b0-0000-7000-8000-000000000002';

  it('refuses an end before the start, a place left before it was taken, and the same partner or person twice', () => {
    const parsed = ProjectInput.safeParse({
      title: 'Centre',
      startsOn: '2020-01-01',
      endsOn: '2019-12-31',
      places: [{ name: 'Seongnam', fromOn: '2020-01-01', toOn: '2019-01-01' }],
      partners: [{ organisationId: KAIST }, { organisationId: KAIST }],
      team: [{ personId: PERSON }, { personId: PERSON }],
      headcounts: [{ count: 0, role: 'graduate students' }],
      milestones: [{ title: 'Open', dueOn: '' }],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = fieldIssuesFromZod(parsed.error.issues);
    expect(Object.fromEntries(issues.map((i) => [i.path, i.key]))).toEqual({
      endsOn: 'dates.endBeforeStart',
      'places.0.toOn': 'dates.endBeforeStart',
      'partners.1.organisationId': 'project.duplicatePartner',
      'team.1.personId': 'project.duplicateMember',
      'headcounts.0.count': 'project.headcountNumber',
      'milestones.0.dueOn': 'milestone.dueRequired',
    });
  });

  it('keeps counts where names are unknown, and a planned move as a planned place', () => {
    const parsed = ProjectInput.parse({
      kind: 'centre',
      title: 'AI Graduate School Seongnam Research Center',
      headcounts: [
        { count: 2, role: 'professors' },
        { count: 34, role: 'graduate students' },
      ],
      places: [{ name: 'Seongnam', fromOn: '2019-10-04' }, { name: 'Pangyo 2 Techno Valley', planned: true }],
    });
    expect(parsed.headcounts).toEqual([
      { count: 2, role: 'professors' },
      { count: 34, role: 'graduate students' },
    ]);
    expect(parsed.places[1]).toEqual({ name: 'Pangyo 2 Techno Valley', fromOn: null, toOn: null, planned: true });
  });
});

describe('project lifecycle', () => {
  const facts = (status: 'proposed' | 'active' | 'completed' | 'stopped', extra: Partial<{ startsOn: string | null; milestones: Array<{ doneOn: string | null }> }> = {}) => ({
    status,
    startsOn: '2019-10-04',
    milestones: [],
    ...extra,
  });

  it('runs proposed → active → completed | stopped, and a proposal may be stopped', () => {
    expect(projectLifecycle.next('proposed')).toEqual(['active', 'stopped']);
    expect(projectLifecycle.next('active')).toEqual(['completed', 'stopped']);
    expect(projectLifecycle.isFinal('completed')).toBe(true);
    expect(projectLifecycle.isFinal('stopped')).toBe(true);
    expect(projectLifecycle.problems(facts('proposed'), 'completed')).toEqual([
      expect.objectContaining({ key: 'lifecycle.cannotBecome', message: 'A research project that is proposed cannot become completed.' }),
    ]);
  });

  it('needs a start date to run, and every milestone done to complete', () => {
    expect(projectLifecycle.problems(facts('proposed', { startsOn: null }), 'active')).toEqual([expect.objectContaining({ path: 'startsOn', key: 'project.activeNeedsStart' })]);
    expect(projectLifecycle.problems(facts('proposed'), 'active')).toEqual([]);
    const open = facts('active', { milestones: [{ doneOn: '2020-01-01' }, { doneOn: null }, { doneOn: null }] });
    expect(projectLifecycle.problems(open, 'completed')).toEqual([
      expect.objectContaining({ path: 'milestones', message: '2 milestones are not done: mark them done, or stop the project instead.' }),
    ]);
    expect(projectLifecycle.problems(open, 'stopped')).toEqual([]);
  });
});

describe('lineage order', () => {
  it('lists each agreement after the one it builds on, one level deeper, and a follow-on of another partner on its own', () => {
    const rows = [
      { id: 'c', parentId: 'b', signedOn: '2021-01-01', title: 'Addendum' },
      { id: 'b', parentId: 'a', signedOn: '2019-10-04', title: 'Research centre' },
      { id: 'a', parentId: null, signedOn: '2017-08-01', title: 'MOU' },
      { id: 'x', parentId: 'elsewhere', signedOn: '2018-01-01', title: 'Follow-on of another partner' },
      { id: 'd', parentId: null, signedOn: null, title: 'Draft' },
    ];
    expect(lineageOrder(rows).map((r) => [r.id, r.depth])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['x', 0],
      ['d', 0],
    ]);
  });

  it('still lists every agreement when parents form a loop', () => {
    const loop = [
      { id: 'a', parentId: 'b', signedOn: null, title: 'A' },
      { id: 'b', parentId: 'a', signedOn: null, title: 'B' },
    ];
    expect(lineageOrder(loop).map((r) => r.id).sort()).toEqual(['a', 'b']);
  });
});
