import type { FieldIssue } from './errors';
import type { AgreementStatus } from './models/agreement';

/**
 * The one place agreement status rules live. The renderer uses them to offer only legal moves and
 * say why a move is blocked; main checks them again before it writes.
 */
export const TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ['negotiation', 'awaiting_signature'],
  negotiation: ['draft', 'awaiting_signature', 'terminated'],
  awaiting_signature: ['negotiation', 'active', 'terminated'],
  active: ['expired', 'terminated', 'renewed'],
  expired: ['renewed'],
  terminated: [],
  renewed: [],
};

/** Statuses in which the signed terms are fixed: change them with an addendum, not an edit. */
export const SIGNED_STATUSES: readonly AgreementStatus[] = ['active', 'expired', 'terminated', 'renewed'];

export function isSigned(status: AgreementStatus): boolean {
  return SIGNED_STATUSES.includes(status);
}

/** What the rules need to know about an agreement; both the detail view and main's row fit it. */
export type LifecycleFacts = {
  status: AgreementStatus;
  signedOn: string | null;
  parties: ReadonlyArray<{ organisationId: string; organisationName: string; signatories: readonly unknown[] }>;
  followOnCount: number;
  /**
   * Parties with a signing record. Given when the agreement has documents attached: then every
   * party needs one before it can become active. Agreements registered from an old spreadsheet,
   * with no document, are activated on signatories and a date alone.
   */
  signedPartyIds?: readonly string[];
};

/**
 * Why `facts` cannot move to `to`; empty when it can. `signedOn` is the date given with the move, if
 * any. Every problem is a sentence a user can act on.
 */
export function transitionProblems(
  facts: LifecycleFacts,
  to: AgreementStatus,
  signedOn?: string | null,
): FieldIssue[] {
  if (facts.status === to) {
    return [{ path: 'to', message: `The agreement is already ${statusLabel(to)}.` }];
  }
  if (!TRANSITIONS[facts.status].includes(to)) {
    return [
      {
        path: 'to',
        message: `An agreement that is ${statusLabel(facts.status)} cannot become ${statusLabel(to)}.`,
      },
    ];
  }
  const problems: FieldIssue[] = [];
  if (to === 'active') {
    if (!(signedOn ?? facts.signedOn)) {
      problems.push({ path: 'signedOn', message: 'Give the date it was signed.' });
    }
    facts.parties.forEach((party, index) => {
      if (party.signatories.length === 0) {
        problems.push({
          path: `parties.${index}.signatories`,
          message: `${party.organisationName} has no signatory.`,
        });
      } else if (facts.signedPartyIds && !facts.signedPartyIds.includes(party.organisationId)) {
        problems.push({
          path: `parties.${index}.signing`,
          message: `${party.organisationName} has no signing record for the document.`,
        });
      }
    });
  }
  if (to === 'renewed' && facts.followOnCount === 0) {
    problems.push({ path: 'to', message: 'Record the follow-on agreement that renews it first.' });
  }
  return problems;
}

/** Plain English status words for messages built in shared code (the UI uses its own catalog). */
export function statusLabel(status: AgreementStatus): string {
  return status.replace('_', ' ');
}

/** The facts the rules need, from an agreement's detail, built the same way on both sides. */
export function lifecycleFacts(detail: {
  status: AgreementStatus;
  signedOn: string | null;
  parties: LifecycleFacts['parties'];
  followOns: readonly unknown[];
  documentCount: number;
  signedPartyIds: readonly string[];
}): LifecycleFacts {
  return {
    status: detail.status,
    signedOn: detail.signedOn,
    parties: detail.parties,
    followOnCount: detail.followOns.length,
    signedPartyIds: detail.documentCount > 0 ? detail.signedPartyIds : undefined,
  };
}
