import { describe, it, expect } from 'vitest';
import {
  SIGNED_STATUSES,
  TRANSITIONS,
  agreementLifecycle,
  entryProblems,
  isSigned,
  statusLabel,
  transitionProblems,
  type LifecycleFacts,
} from '../../shared/lifecycle';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../shared/models/agreement';

const orgIds: Record<string, string> = { KAIST: 'org-kaist', 'Acme Robotics': 'org-acme', HKUST: 'org-hkust' };

function party(organisationName: string, signatories: unknown[]) {
  return { organisationId: orgIds[organisationName], organisationName, signatories };
}

/** Facts that satisfy every precondition, so only the move itself can be the problem. */
function complete(status: AgreementStatus): LifecycleFacts {
  return {
    status,
    signedOn: '2026-06-13',
    parties: [
      party('KAIST', [{ personId: 'a' }]),
      party('Acme Robotics', [{ personId: 'b' }]),
    ],
    followOnCount: 1,
  };
}

const allPairs = AGREEMENT_STATUSES.flatMap((from) => AGREEMENT_STATUSES.map((to) => [from, to] as const));

describe('TRANSITIONS', () => {
  it('has an entry for every status and only names real statuses', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...AGREEMENT_STATUSES].sort());
    for (const targets of Object.values(TRANSITIONS)) {
      for (const to of targets) expect(AGREEMENT_STATUSES).toContain(to);
    }
  });

  it('never lists a move to the same status', () => {
    for (const status of AGREEMENT_STATUSES) expect(TRANSITIONS[status]).not.toContain(status);
  });

  it('makes terminated and renewed final', () => {
    expect(TRANSITIONS.terminated).toEqual([]);
    expect(TRANSITIONS.renewed).toEqual([]);
  });

  it('only reaches active through awaiting signature', () => {
    const into = AGREEMENT_STATUSES.filter((from) => TRANSITIONS[from].includes('active'));
    expect(into).toEqual(['awaiting_signature']);
  });

  it('never returns a signed agreement to an unsigned status', () => {
    for (const from of SIGNED_STATUSES) {
      for (const to of TRANSITIONS[from]) expect(isSigned(to)).toBe(true);
    }
  });
});

describe('transitionProblems', () => {
  const illegal = allPairs.filter(([from, to]) => from === to || !TRANSITIONS[from].includes(to));
  const legal = allPairs.filter(([from, to]) => from !== to && TRANSITIONS[from].includes(to));

  it('has both legal and illegal pairs to check', () => {
    expect(illegal.length + legal.length).toBe(AGREEMENT_STATUSES.length ** 2);
    expect(legal.length).toBeGreaterThan(0);
  });

  it.each(illegal)('refuses %s → %s even when the facts are complete', (from, to) => {
    const problems = transitionProblems(complete(from), to, '2026-06-13');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].path).toBe('to');
    expect(problems[0].message).toContain(statusLabel(to));
  });

  it.each(legal)('allows %s → %s when the facts are complete', (from, to) => {
    expect(transitionProblems(complete(from), to)).toEqual([]);
  });

  it('says the agreement is already in that status', () => {
    const [problem] = transitionProblems(complete('draft'), 'draft');
    expect(problem.message).toMatch(/already draft/);
  });

  it('names both statuses, in words, when a move is not allowed', () => {
    const [problem] = transitionProblems(complete('draft'), 'active');
    expect(problem.message).toContain('draft');
    expect(problem.message).toContain('active');
    const [other] = transitionProblems(complete('terminated'), 'awaiting_signature');
    expect(other.message).toContain('awaiting signature');
  });

  describe('activating', () => {
    it('needs a signed date', () => {
      const facts = { ...complete('awaiting_signature'), signedOn: null };
      const problems = transitionProblems(facts, 'active');
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe('signedOn');
    });

    it('accepts the signed date given with the move', () => {
      const facts = { ...complete('awaiting_signature'), signedOn: null };
      expect(transitionProblems(facts, 'active', '2026-06-13')).toEqual([]);
    });

    it('accepts the signed date already on the agreement', () => {
      expect(transitionProblems(complete('awaiting_signature'), 'active', null)).toEqual([]);
      expect(transitionProblems(complete('awaiting_signature'), 'active', undefined)).toEqual([]);
    });

    it('needs a signatory for every party and names the party lacking one', () => {
      const facts: LifecycleFacts = {
        ...complete('awaiting_signature'),
        parties: [
          party('KAIST', [{ personId: 'a' }]),
          party('Acme Robotics', []),
          party('HKUST', [{ personId: 'c' }]),
        ],
      };
      const problems = transitionProblems(facts, 'active');
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe('parties.1.signatories');
      expect(problems[0].message).toContain('Acme Robotics');
      expect(problems[0].message).not.toContain('KAIST');
    });

    it('reports every missing piece at once', () => {
      const facts: LifecycleFacts = {
        status: 'awaiting_signature',
        signedOn: null,
        parties: [
          party('KAIST', []),
          party('Acme Robotics', []),
        ],
        followOnCount: 0,
      };
      const problems = transitionProblems(facts, 'active');
      expect(problems.map((p) => p.path).sort()).toEqual(['parties.0.signatories', 'parties.1.signatories', 'signedOn']);
    });

    it('does not ask for signatories or a date for other moves', () => {
      const facts: LifecycleFacts = {
        status: 'awaiting_signature',
        signedOn: null,
        parties: [
          party('KAIST', []),
          party('Acme Robotics', []),
        ],
        followOnCount: 0,
      };
      expect(transitionProblems(facts, 'negotiation')).toEqual([]);
      expect(transitionProblems(facts, 'terminated')).toEqual([]);
    });
  });

  describe('activating an agreement with a signed document', () => {
    const withDocument = (signedPartyIds: string[]): LifecycleFacts => ({
      ...complete('awaiting_signature'),
      signedPartyIds,
    });

    it('passes when every party has a signing record', () => {
      expect(transitionProblems(withDocument(['org-acme', 'org-kaist']), 'active')).toEqual([]);
    });

    it('names the party without a signing record', () => {
      const problems = transitionProblems(withDocument(['org-kaist']), 'active');
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe('parties.1.signing');
      expect(problems[0].message).toContain('Acme Robotics');
    });

    it('asks every party for a record when none has one', () => {
      expect(transitionProblems(withDocument([]), 'active').map((p) => p.path)).toEqual([
        'parties.0.signing',
        'parties.1.signing',
      ]);
    });

    it('reports a missing signatory rather than a missing record for the same party', () => {
      const facts: LifecycleFacts = {
        ...withDocument(['org-kaist']),
        parties: [party('KAIST', [{ personId: 'a' }]), party('Acme Robotics', [])],
      };
      expect(transitionProblems(facts, 'active').map((p) => p.path)).toEqual(['parties.1.signatories']);
    });

    it('does not ask for signing records on other moves', () => {
      expect(transitionProblems(withDocument([]), 'terminated')).toEqual([]);
    });
  });

  describe('renewing', () => {
    it.each(['active', 'expired'] as const)('from %s needs a follow-on agreement', (from) => {
      const problems = transitionProblems({ ...complete(from), followOnCount: 0 }, 'renewed');
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toMatch(/follow-on/);
      expect(transitionProblems({ ...complete(from), followOnCount: 2 }, 'renewed')).toEqual([]);
    });
  });
});

describe('isSigned', () => {
  it.each(['active', 'expired', 'terminated', 'renewed'] as const)('%s is signed', (status) => {
    expect(isSigned(status)).toBe(true);
  });

  it.each(['draft', 'negotiation', 'awaiting_signature'] as const)('%s is not signed', (status) => {
    expect(isSigned(status)).toBe(false);
  });
});

describe('agreementLifecycle.path', () => {
  // The routes main used to keep by hand for the demo data and imports: the definer must find the same.
  it.each([
    ['draft', []],
    ['negotiation', ['negotiation']],
    ['awaiting_signature', ['awaiting_signature']],
    ['active', ['awaiting_signature', 'active']],
    ['expired', ['awaiting_signature', 'active', 'expired']],
    ['renewed', ['awaiting_signature', 'active', 'renewed']],
    ['terminated', ['negotiation', 'terminated']],
  ] as const)('walks a draft to %s through %j', (target, steps) => {
    expect(agreementLifecycle.path('draft', target)).toEqual(steps);
  });

  it('walks on from where an agreement already is, and never back out of a final status', () => {
    expect(agreementLifecycle.path('negotiation', 'active')).toEqual(['awaiting_signature', 'active']);
    expect(agreementLifecycle.path('expired', 'renewed')).toEqual(['renewed']);
    expect(agreementLifecycle.path('terminated', 'active')).toBeNull();
    expect(agreementLifecycle.path('active', 'draft')).toBeNull();
  });
});

describe('agreements entered from records', () => {
  const parties = [party('KAIST', []), party('Acme Robotics', [{ personId: 'b' }])];
  const facts = (status: AgreementStatus, extra: Partial<LifecycleFacts> = {}) => ({ status, signedOn: null, parties, ...extra });

  it('may start active, expired or terminated, with no signed date and no status steps', () => {
    expect(agreementLifecycle.statusesFromRecords).toEqual(['active', 'expired', 'terminated']);
    for (const status of ['active', 'expired', 'terminated'] as const) {
      expect(entryProblems(facts(status, { signatoriesRecorded: false }), true)).toEqual([]);
    }
  });

  it('only when entered from records: a new agreement starts as a draft', () => {
    expect(entryProblems(facts('draft'), false)).toEqual([]);
    expect(entryProblems(facts('active', { signatoriesRecorded: false }), false).map((i) => i.key)).toEqual(['lifecycle.startsAs']);
    expect(entryProblems(facts('renewed'), true).map((i) => i.key)).toEqual(['lifecycle.notFromRecords']);
  });

  it('asks who signed for each party, unless the records do not name the signatories', () => {
    expect(entryProblems(facts('expired'), true)).toEqual([
      {
        path: 'parties.0.signatories',
        key: 'agreement.partyNoSignatoryFromRecords',
        params: { party: 'KAIST' },
        message: 'KAIST has no signatory; add who signed, or say that the records do not name the signatories.',
      },
    ]);
  });

  it('refuses "active" for a term already over by its dates, at the end of its month', () => {
    const over = facts('active', { signatoriesRecorded: false, currentEnd: '2019-06', today: '2019-07-01' });
    expect(entryProblems(over, true).map((i) => i.message)).toEqual([
      'Its term ran until June 2019, which has passed; enter it as expired, or correct the expiry.',
    ]);
    expect(entryProblems({ ...over, today: '2019-06-30' }, true)).toEqual([]);
  });
});
