import { fieldIssue, type FieldIssue } from './errors';
import { defineLifecycle } from './lifecycle/define-lifecycle';
import type { AgreementStatus } from './models/agreement';

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

/** Signing needs a date and a signatory (and, with a document, a signing record) for every party. */
function activationProblems(facts: LifecycleFacts): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (!facts.signedOn) problems.push(fieldIssue('signedOn', 'agreement.signedOnRequired'));
  facts.parties.forEach((party, index) => {
    if (party.signatories.length === 0) {
      problems.push(fieldIssue(`parties.${index}.signatories`, 'agreement.partyNoSignatory', { party: party.organisationName }));
    } else if (facts.signedPartyIds && !facts.signedPartyIds.includes(party.organisationId)) {
      problems.push(fieldIssue(`parties.${index}.signing`, 'agreement.partyNoSigningRecord', { party: party.organisationName }));
    }
  });
  return problems;
}

/**
 * The one place agreement status rules live. The renderer uses them to offer only legal moves and
 * say why a move is blocked; main checks them again before it writes.
 */
export const agreementLifecycle = defineLifecycle<AgreementStatus, LifecycleFacts>({
  noun: 'agreement',
  moves: {
    draft: ['negotiation', 'awaiting_signature'],
    negotiation: ['draft', 'awaiting_signature', 'terminated'],
    awaiting_signature: ['negotiation', 'active', 'terminated'],
    active: ['expired', 'terminated', 'renewed'],
    expired: ['renewed'],
    terminated: [],
    renewed: [],
  },
  guards: {
    active: activationProblems,
    renewed: (facts) =>
      facts.followOnCount === 0 ? [fieldIssue('to', 'agreement.renewalNeedsFollowOn')] : [],
  },
});

/** The legal moves from each status, in the order they are offered. */
export const TRANSITIONS = agreementLifecycle.moves;

/** Statuses in which the signed terms are fixed: change them with an addendum, not an edit. */
export const SIGNED_STATUSES: readonly AgreementStatus[] = ['active', 'expired', 'terminated', 'renewed'];

export function isSigned(status: AgreementStatus): boolean {
  return SIGNED_STATUSES.includes(status);
}

/**
 * Why `facts` cannot move to `to`; empty when it can. `signedOn` is the date given with the move, if
 * any. Every problem is a sentence a user can act on.
 */
export function transitionProblems(
  facts: LifecycleFacts,
  to: AgreementStatus,
  signedOn?: string | null,
): FieldIssue[] {
  return agreementLifecycle.problems({ ...facts, signedOn: signedOn ?? facts.signedOn }, to);
}

/** Plain English status words for messages built in shared code (the UI uses its own catalog). */
export function statusLabel(status: AgreementStatus): string {
  return agreementLifecycle.label(status);
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
