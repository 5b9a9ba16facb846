import type { AgreementDetail, AgreementSummary } from '../../shared/models/agreement';
import type { Organisation } from '../../shared/models/organisation';
import type { Person } from '../../shared/models/person';

export const ORG_KAIST = '0190f1a2-0000-7000-8000-000000000001';
export const ORG_SEONGNAM = '0190f1a2-0000-7000-8000-000000000002';
export const PERSON_LEE = '0190f1a2-0000-7000-8000-000000000011';
export const AGREEMENT_1 = '0190f1a2-0000-7000-8000-000000000101';
export const AGREEMENT_2 = '0190f1a2-0000-7000-8000-000000000102';
const AT = '2026-01-10T09:00:00.000Z';

export function organisation(id: string, name: string, extra: Partial<Organisation> = {}): Organisation {
  return {
    id,
    name,
    altNames: [],
    kind: 'university',
    country: 'KR',
    parentId: null,
    parentName: null,
    website: '',
    notes: '',
    agreementCount: 0,
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'tester',
    ...extra,
  };
}

export function person(id: string, name: string, organisationId: string | null): Person {
  return {
    id,
    name,
    altNames: [],
    title: '',
    organisationId,
    organisationName: organisationId ? 'KAIST' : null,
    email: '',
    phone: '',
    notes: '',
    affiliations: [],
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'tester',
  };
}

export function summary(id: string, title: string, extra: Partial<AgreementSummary> = {}): AgreementSummary {
  return {
    id,
    referenceNo: 'MOU-2026-001',
    kind: 'mou',
    title,
    status: 'draft',
    signedOn: null,
    effectiveOn: null,
    expiresOn: null,
    termKind: 'fixed',
    currentEnd: null,
    partyNames: ['KAIST', 'Seongnam City'],
    updatedAt: AT,
    ...extra,
  };
}

export function detail(extra: Partial<AgreementDetail> = {}): AgreementDetail {
  return {
    id: AGREEMENT_1,
    referenceNo: 'MOU-2017-003',
    kind: 'mou',
    title: 'AI research cooperation',
    status: 'draft',
    purpose: '',
    signedOn: null,
    effectiveOn: null,
    expiresOn: null,
    termKind: 'fixed',
    termText: '',
    durationMonths: null,
    renewalPeriodMonths: null,
    renewalsSoFar: null,
    currentEnd: null,
    renewalsByDates: null,
    renewalNoticeDays: null,
    renewalNoticeMonths: null,
    signingPlace: '',
    owner: '',
    tags: [],
    notes: '',
    parentId: null,
    parties: [
      { id: '0190f1a2-0000-7000-8000-000000000201', organisationId: ORG_KAIST, organisationName: 'KAIST', altNames: [], country: 'KR', role: '', signatories: [] },
      { id: '0190f1a2-0000-7000-8000-000000000202', organisationId: ORG_SEONGNAM, organisationName: 'Seongnam City', altNames: [], country: 'KR', role: '', signatories: [] },
    ],
    items: [],
    contributions: [],
    ancestors: [],
    followOns: [],
    documentCount: 0,
    signedPartyIds: [],
    fromRecords: false,
    signatoriesRecorded: true,
    originalText: '',
    putBackTo: [],
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'tester',
    ...extra,
  };
}
