import { describe, expect, it } from 'vitest';
import { fieldIssue } from '../../shared/errors';
import { defineLifecycle } from '../../shared/lifecycle/define-lifecycle';

/**
 * Applications (the next record type) defined with the same definer as agreements: this is the
 * proof that a new lifecycle is a spec, not a copy of the agreement rules.
 */
type ApplicationStatus = 'submitted' | 'screening' | 'accepted' | 'rejected' | 'withdrawn';
type ApplicationFacts = { status: ApplicationStatus; decisionNote: string; interviewedOn: string | null };

const applications = defineLifecycle<ApplicationStatus, ApplicationFacts>({
  noun: 'application',
  moves: {
    submitted: ['screening', 'withdrawn'],
    screening: ['accepted', 'rejected', 'withdrawn'],
    accepted: [],
    rejected: [],
    withdrawn: [],
  },
  guards: {
    // A record type of the future, with sentences the catalog does not have yet: passed through as plain text.
    accepted: (facts) => (facts.interviewedOn ? [] : [fieldIssue('interviewedOn', 'message.plain', { text: 'Record the interview first.' })]),
    rejected: (facts) => (facts.decisionNote.trim() ? [] : [fieldIssue('decisionNote', 'message.plain', { text: 'Say why it was rejected.' })]),
  },
});

const facts = (status: ApplicationStatus, extra: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  status,
  decisionNote: '',
  interviewedOn: null,
  ...extra,
});

describe('defineLifecycle, used for applications', () => {
  it('lists the statuses and offers the legal next ones in order', () => {
    expect(applications.statuses).toEqual(['submitted', 'screening', 'accepted', 'rejected', 'withdrawn']);
    expect(applications.next('screening')).toEqual(['accepted', 'rejected', 'withdrawn']);
    expect(applications.canMove('submitted', 'screening')).toBe(true);
    expect(applications.canMove('submitted', 'accepted')).toBe(false);
    expect(applications.statuses.filter(applications.isFinal)).toEqual(['accepted', 'rejected', 'withdrawn']);
  });

  it('words a move to the same status and an illegal move in the record’s own noun', () => {
    expect(applications.problems(facts('screening'), 'screening')).toEqual([
      {
        path: 'to',
        key: 'lifecycle.already',
        params: { noun: 'application', status: 'screening' },
        message: 'The application is already screening.',
      },
    ]);
    expect(applications.problems(facts('submitted', { interviewedOn: '2026-03-02' }), 'accepted')).toEqual([
      {
        path: 'to',
        key: 'lifecycle.cannotBecome',
        params: { article: 'an', noun: 'application', from: 'submitted', to: 'accepted' },
        message: 'An application that is submitted cannot become accepted.',
      },
    ]);
    expect(applications.problems(facts('withdrawn'), 'screening')).toMatchObject([
      { path: 'to', message: 'An application that is withdrawn cannot become screening.' },
    ]);
  });

  it('adds the guard’s problems to a legal move, and only to moves into that status', () => {
    expect(applications.problems(facts('screening'), 'accepted')).toMatchObject([
      { path: 'interviewedOn', message: 'Record the interview first.' },
    ]);
    expect(applications.problems(facts('screening', { interviewedOn: '2026-03-02' }), 'accepted')).toEqual([]);
    expect(applications.problems(facts('screening'), 'rejected').map((p) => p.path)).toEqual(['decisionNote']);
    expect(applications.problems(facts('screening'), 'withdrawn')).toEqual([]);
  });

  it('does not run a guard for a move that is illegal anyway', () => {
    const problems = applications.problems(facts('submitted'), 'rejected');
    expect(problems.map((p) => p.path)).toEqual(['to']);
  });

  it('finds the shortest legal path, or says there is none', () => {
    expect(applications.path('submitted', 'accepted')).toEqual(['screening', 'accepted']);
    expect(applications.path('submitted', 'withdrawn')).toEqual(['withdrawn']);
    expect(applications.path('screening', 'screening')).toEqual([]);
    expect(applications.path('accepted', 'screening')).toBeNull();
    expect(applications.path('rejected', 'accepted')).toBeNull();
  });

  it('every step of a path is a legal move', () => {
    for (const from of applications.statuses) {
      for (const to of applications.statuses) {
        const steps = applications.path(from, to);
        if (!steps) continue;
        let at = from;
        for (const step of steps) {
          expect(applications.canMove(at, step), `${from} → ${to} via ${at} → ${step}`).toBe(true);
          at = step;
        }
        expect(at).toBe(to);
      }
    }
  });
});

describe('defineLifecycle, wording', () => {
  it('uses "A" before a consonant and turns underscores into spaces', () => {
    const projects = defineLifecycle<'proposed' | 'active' | 'completed' | 'stopped_early'>({
      noun: 'research project',
      moves: { proposed: ['active'], active: ['completed', 'stopped_early'], completed: [], stopped_early: [] },
    });
    expect(projects.problems({ status: 'proposed' }, 'completed')).toMatchObject([
      { path: 'to', message: 'A research project that is proposed cannot become completed.' },
    ]);
    expect(projects.problems({ status: 'stopped_early' }, 'stopped_early')[0].message).toBe(
      'The research project is already stopped early.',
    );
    expect(projects.label('stopped_early')).toBe('stopped early');
  });
});

describe('defineLifecycle, refusing a broken spec', () => {
  it('refuses a move to a status the lifecycle does not list', () => {
    const moves = { open: ['closed'], shut: [] } as unknown as { open: Array<'open' | 'shut'>; shut: Array<'open' | 'shut'> };
    expect(() => defineLifecycle({ noun: 'door', moves })).toThrow(/open → closed/);
  });

  it('refuses a move from a status to itself', () => {
    expect(() => defineLifecycle<'open' | 'shut'>({ noun: 'door', moves: { open: ['open', 'shut'], shut: [] } })).toThrow(
      /goes nowhere/,
    );
  });

  it('refuses a status listed twice among the moves from one status', () => {
    expect(() => defineLifecycle<'open' | 'shut'>({ noun: 'door', moves: { open: ['shut', 'shut'], shut: [] } })).toThrow(
      /repeat/,
    );
  });
});

describe('defineLifecycle: records entered from the office’s records', () => {
  type Status = 'draft' | 'active' | 'closed';
  type Facts = { status: Status; signed: boolean };
  const records = defineLifecycle<Status, Facts>({
    noun: 'agreement',
    moves: { draft: ['active'], active: ['closed'], closed: [] },
    fromRecords: {
      active: (facts) => (facts.signed ? [] : [fieldIssue('signed', 'message.plain', { text: 'Say who signed.' })]),
      closed: () => [],
    },
  });

  it('lets any record start in the first status', () => {
    expect(records.entryProblems({ status: 'draft', signed: false }, false)).toEqual([]);
    expect(records.statusesFromRecords).toEqual(['active', 'closed']);
  });

  it('lets only a record entered from records start further on, in one step', () => {
    expect(records.entryProblems({ status: 'closed', signed: false }, true)).toEqual([]);
    expect(records.entryProblems({ status: 'closed', signed: false }, false, 'enteredAs')).toEqual([
      {
        path: 'enteredAs',
        key: 'lifecycle.startsAs',
        params: { noun: 'agreement', first: 'draft', status: 'closed' },
        message: 'A new agreement starts as draft; only one entered from records can start as closed.',
      },
    ]);
  });

  it('asks what entering that status needs', () => {
    expect(records.entryProblems({ status: 'active', signed: false }, true).map((issue) => issue.message)).toEqual(['Say who signed.']);
    expect(records.entryProblems({ status: 'active', signed: true }, true)).toEqual([]);
  });

  it('refuses a status no record can be entered in', () => {
    const none = defineLifecycle<Status, Facts>({ noun: 'agreement', moves: { draft: ['active'], active: ['closed'], closed: [] } });
    expect(none.entryProblems({ status: 'active', signed: true }, true).map((issue) => issue.key)).toEqual(['lifecycle.notFromRecords']);
  });
});
