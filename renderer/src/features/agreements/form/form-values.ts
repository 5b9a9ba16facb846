import { formatDuration } from '../../../../../shared/duration';
import type {
  AgreementDetail,
  AgreementKind,
  CONTRIBUTION_KINDS,
  ITEM_STATUSES,
  RECURRENCES,
  STATUSES_FROM_RECORDS,
  TermKind,
} from '../../../../../shared/models/agreement';
import { minorToDecimal } from '../../../../../shared/money';
import { newKey } from '../../common/form-errors';
import { agreementLabel } from '../../common/record-labels';

export type Recurrence = (typeof RECURRENCES)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/**
 * What the form edits: text as typed ('' = not given); converted to `AgreementInput` on submit.
 * Beside each chosen record's id is the label its picker shows (`organisationName`, `personName`).
 */
export type SignatoryValues = { key: string; id?: string; personId: string; personName: string; capacity: string };
export type PartyValues = {
  key: string;
  id?: string;
  organisationId: string;
  organisationName: string;
  role: string;
  signatories: SignatoryValues[];
};
export type ItemValues = {
  key: string;
  id?: string;
  description: string;
  responsibleOrganisationId: string;
  dueOn: string;
  recurrence: Recurrence;
  status: ItemStatus;
};
export type ContributionValues = {
  key: string;
  id?: string;
  organisationId: string;
  kind: ContributionKind;
  description: string;
  amount: string;
  currency: string;
  quantity: string;
  unit: string;
  startsOn: string;
  endsOn: string;
};
export type StatusFromRecords = (typeof STATUSES_FROM_RECORDS)[number];

export type AgreementFormValues = {
  kind: AgreementKind;
  title: string;
  referenceNo: string;
  purpose: string;
  /** As typed; the date field keeps `YYYY-MM-DD`, `YYYY-MM` or `YYYY` once it reads one. */
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  termKind: TermKind;
  /** The term as written (for an auto-renewing term, its first period). */
  duration: string;
  /** Auto-renewing only: each renewal's length ("1 year") and the renewals so far, as typed. */
  renewalPeriod: string;
  renewalsSoFar: string;
  /** "90 days", "3 months", or a bare number of days. */
  renewalNotice: string;
  /** New agreements only: '' for a draft, or the status the records give. */
  statusFromRecords: '' | StatusFromRecords;
  /** Editing an agreement that was entered from records (its signatories may stay not recorded). */
  fromRecords: boolean;
  signatoriesRecorded: boolean;
  /** Carried unchanged: the register row the agreement was entered from. */
  originalText: string;
  signingPlace: string;
  owner: string;
  tags: string;
  notes: string;
  parentId: string;
  parentLabel: string;
  parties: PartyValues[];
  items: ItemValues[];
  contributions: ContributionValues[];
};

export function emptyParty(organisationId = '', organisationName = '', role = ''): PartyValues {
  return { key: newKey(), organisationId, organisationName, role, signatories: [] };
}

export function emptySignatory(): SignatoryValues {
  return { key: newKey(), personId: '', personName: '', capacity: '' };
}

export function emptyItem(): ItemValues {
  return { key: newKey(), description: '', responsibleOrganisationId: '', dueOn: '', recurrence: 'none', status: 'planned' };
}

export function emptyContribution(organisationId = ''): ContributionValues {
  return {
    key: newKey(),
    organisationId,
    kind: 'money',
    description: '',
    amount: '',
    currency: '',
    quantity: '',
    unit: '',
    startsOn: '',
    endsOn: '',
  };
}

/** A new agreement starts with two empty parties: every agreement needs at least two. */
export function emptyAgreementValues(): AgreementFormValues {
  return {
    kind: 'mou',
    title: '',
    referenceNo: '',
    purpose: '',
    signedOn: '',
    effectiveOn: '',
    expiresOn: '',
    termKind: 'fixed',
    duration: '',
    renewalPeriod: '',
    renewalsSoFar: '',
    renewalNotice: '',
    statusFromRecords: '',
    fromRecords: false,
    signatoriesRecorded: true,
    originalText: '',
    signingPlace: '',
    owner: '',
    tags: '',
    notes: '',
    parentId: '',
    parentLabel: '',
    parties: [emptyParty(), emptyParty()],
    items: [],
    contributions: [],
  };
}

/** A follow-on starts from its parent's parties (organisations and roles; signatories may differ). */
export function followOnValues(parent: AgreementDetail): AgreementFormValues {
  const values = emptyAgreementValues();
  values.parentId = parent.id;
  values.parentLabel = agreementLabel(parent);
  if (parent.parties.length >= 2) values.parties = parent.parties.map((p) => emptyParty(p.organisationId, p.organisationName, p.role));
  values.owner = parent.owner;
  return values;
}

function noticeText(a: Pick<AgreementDetail, 'renewalNoticeDays' | 'renewalNoticeMonths'>): string {
  if (a.renewalNoticeMonths !== null) return `${a.renewalNoticeMonths} ${a.renewalNoticeMonths === 1 ? 'month' : 'months'}`;
  return a.renewalNoticeDays === null ? '' : String(a.renewalNoticeDays);
}

export function valuesFromDetail(a: AgreementDetail): AgreementFormValues {
  return {
    kind: a.kind,
    title: a.title,
    referenceNo: a.referenceNo,
    purpose: a.purpose,
    signedOn: a.signedOn ?? '',
    effectiveOn: a.effectiveOn ?? '',
    expiresOn: a.expiresOn ?? '',
    termKind: a.termKind,
    // The term as it was written; older agreements without one show their length in words.
    duration: a.termText || (a.durationMonths ? formatDuration(a.durationMonths) : ''),
    renewalPeriod: a.termKind === 'auto_renewing' && a.renewalPeriodMonths ? formatDuration(a.renewalPeriodMonths) : '',
    renewalsSoFar: a.renewalsSoFar === null ? '' : String(a.renewalsSoFar),
    renewalNotice: noticeText(a),
    statusFromRecords: '',
    fromRecords: a.fromRecords,
    signatoriesRecorded: a.signatoriesRecorded,
    originalText: a.originalText,
    signingPlace: a.signingPlace,
    owner: a.owner,
    tags: a.tags.join(', '),
    notes: a.notes,
    parentId: a.parentId ?? '',
    // Ancestors run from the root to the direct parent.
    parentLabel: a.parentId ? agreementLabel(a.ancestors.find((x) => x.id === a.parentId) ?? { referenceNo: '', title: '' }) : '',
    parties: a.parties.map((p) => ({
      key: newKey(),
      id: p.id,
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      role: p.role,
      signatories: p.signatories.map((s) => ({ key: newKey(), id: s.id, personId: s.personId, personName: s.name, capacity: s.capacity })),
    })),
    items: a.items.map((i) => ({
      key: newKey(),
      id: i.id,
      description: i.description,
      responsibleOrganisationId: i.responsibleOrganisationId ?? '',
      dueOn: i.dueOn ?? '',
      recurrence: i.recurrence,
      status: i.status,
    })),
    contributions: a.contributions.map((c) => ({
      key: newKey(),
      id: c.id,
      organisationId: c.organisationId,
      kind: c.kind,
      description: c.description,
      amount: c.amountMinor !== null && c.currency ? minorToDecimal(c.amountMinor, c.currency) : '',
      currency: c.currency ?? '',
      quantity: c.quantity === null ? '' : String(c.quantity),
      unit: c.unit,
      startsOn: c.startsOn ?? '',
      endsOn: c.endsOn ?? '',
    })),
  };
}
