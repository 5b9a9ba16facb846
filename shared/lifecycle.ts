import { fieldIssue, type FieldIssue } from './errors';
import { defineLifecycle } from './lifecycle/define-lifecycle';
import type { AgreementStatus } from './models/agreement';
import { describePreciseDate, hasEnded } from './precise-date';

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
  /** False when the records do not name who signed (entered from records): no signatory is asked for. */
  signatoriesRecorded?: boolean;
  /** When the term in force ends (a precise date), and today: entering as active needs a term not over. */
  currentEnd?: string | null;
  today?: string;
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

/** Entered from records: each party names who signed, unless the records do not say. */
function recordedSignatories(facts: LifecycleFacts): FieldIssue[] {
  if (facts.signatoriesRecorded === false) return [];
  return facts.parties.flatMap((party, index) =>
    party.signatories.length === 0
      ? [fieldIssue(`parties.${index}.signatories`, 'agreement.partyNoSignatoryFromRecords', { party: party.organisationName })]
      : [],
  );
}

/** In force from records: not when its term is already over by the dates (it is expired then). */
function notOver(facts: LifecycleFacts): FieldIssue[] {
  if (!facts.currentEnd || !facts.today || !hasEnded(facts.currentEnd, facts.today)) return [];
  return [fieldIssue('statusFromRecords', 'agreement.termOver', { date: describePreciseDate(facts.currentEnd) })];
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
  // An old register's agreements go straight to where they stand, with no signing steps and no
  // signed date required (registers often lack one); who signed is named or said to be unrecorded.
  fromRecords: {
    active: (facts) => [...recordedSignatories(facts), ...notOver(facts)],
    expired: recordedSignatories,
    terminated: recordedSignatories,
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
  signatoriesRecorded?: boolean;
  currentEnd?: string | null;
}): LifecycleFacts {
  return {
    status: detail.status,
    signedOn: detail.signedOn,
    parties: detail.parties,
    followOnCount: detail.followOns.length,
    signedPartyIds: detail.documentCount > 0 ? detail.signedPartyIds : undefined,
    signatoriesRecorded: detail.signatoriesRecorded,
    currentEnd: detail.currentEnd,
  };
}

/**
 * Why an agreement cannot be created in `status` (its `statusFromRecords`, or a draft): a new
 * agreement starts as a draft; one entered from records may start active, expired or terminated.
 */
export function entryProblems(
  facts: Omit<LifecycleFacts, 'followOnCount' | 'signedPartyIds'>,
  fromRecords: boolean,
): FieldIssue[] {
  return agreementLifecycle.entryProblems({ ...facts, followOnCount: 0 }, fromRecords, 'statusFromRecords');
}
