import { describe, expect, it } from 'vitest';
import { type SIGNED_TERM_FIELDS, changedSignedTerms, isSignedTermPath, type SignedTermsOf } from '../../shared/signed-terms';

const KAIST = 'org-kaist';
const CITY = 'org-city';

/** A signed MOU, with fields that are not signed terms alongside (as a detail carries them). */
const signed = {
  kind: 'mou',
  title: 'MOU on AI research in Seongnam',
  purpose: 'Joint AI research',
  signedOn: '2023-06-13',
  effectiveOn: null,
  expiresOn: '2026-06-12',
  termKind: 'fixed',
  termText: '3 years',
  durationMonths: 36,
  renewalPeriodMonths: null,
  signingPlace: 'Seongnam City Hall',
  parentId: 'agreement-umbrella',
  signatoriesRecorded: true,
  parties: [
    { organisationId: KAIST, role: 'University', signatories: [{ personId: 'lee', capacity: 'President' }] },
    { organisationId: CITY, role: 'City', signatories: [{ personId: 'eun', capacity: 'Mayor' }] },
  ],
  notes: 'Forum in March',
  tags: ['AI'],
  owner: 'ILO',
  referenceNo: 'MOU-2023-001',
};

/** One change per signed term, so each can be checked to land on its own field. */
const changes: Record<(typeof SIGNED_TERM_FIELDS)[number], Partial<SignedTermsOf>> = {
  kind: { kind: 'moa' },
  title: { title: 'MOU on robotics' },
  purpose: { purpose: '' },
  signedOn: { signedOn: '2023-06-14' },
  effectiveOn: { effectiveOn: '2023-07-01' },
  expiresOn: { expiresOn: null },
  termKind: { termKind: 'auto_renewing' },
  duration: { durationMonths: 48 },
  renewalPeriodMonths: { renewalPeriodMonths: 12 },
  signingPlace: { signingPlace: 'KAIST' },
  parentId: { parentId: null },
  parties: { parties: [...signed.parties].reverse() },
};

describe('changedSignedTerms', () => {
  it('finds nothing when the terms are the same', () => {
    expect(changedSignedTerms(signed, structuredClone(signed))).toEqual([]);
  });

  it.each(Object.entries(changes))('puts a change of %s on that field, with the addendum advice', (field, change) => {
    expect(changedSignedTerms(signed, { ...signed, ...change })).toEqual([
      {
        path: field,
        key: 'agreement.signedTermEdited',
        message: 'Signed terms cannot be edited; record an addendum as a follow-on agreement instead.',
      },
    ]);
  });

  it('reports every changed term at once, in the list’s order', () => {
    const issues = changedSignedTerms(signed, { ...signed, parentId: 'agreement-other', title: 'Retitled' });
    expect(issues.map((i) => i.path)).toEqual(['title', 'parentId']);
  });

  it('treats a party’s role, signatories and their capacity as signed', () => {
    const [kaist, city] = signed.parties;
    const variants = [
      [{ ...kaist, role: 'Research partner' }, city],
      [{ ...kaist, signatories: [] }, city],
      [{ ...kaist, signatories: [{ personId: 'lee', capacity: 'Acting president' }] }, city],
      [{ ...kaist, signatories: [{ personId: 'park', capacity: 'President' }] }, city],
      [kaist, city, { organisationId: 'org-third', role: '', signatories: [] }],
    ];
    for (const parties of variants) expect(changedSignedTerms(signed, { ...signed, parties }).map((i) => i.path)).toEqual(['parties']);
  });

  it('treats the term as written and "signatories not recorded" as signed', () => {
    expect(changedSignedTerms(signed, { ...signed, termText: 'three (3) years' }).map((i) => i.path)).toEqual(['duration']);
    expect(changedSignedTerms(signed, { ...signed, signatoriesRecorded: false }).map((i) => i.path)).toEqual(['parties']);
  });

  it('ignores the fields the register may still change', () => {
    const after = { ...signed, notes: 'Renewal under discussion', tags: [], owner: 'Someone else', referenceNo: 'MOU-2023-009' };
    expect(changedSignedTerms(signed, after)).toEqual([]);
  });
});

describe('isSignedTermPath', () => {
  it.each(['kind', 'title', 'duration', 'parentId', 'parties', 'parties.1.role', 'parties.0.signatories.2.capacity'])(
    '%s is a signed term',
    (path) => expect(isSignedTermPath(path)).toBe(true),
  );

  it.each(['notes', 'tags', 'tags.0', 'owner', 'referenceNo', 'renewalNoticeDays', 'items.0.status', 'contributions', 'durationMonths'])(
    '%s is not',
    (path) => expect(isSignedTermPath(path)).toBe(false),
  );
});
