import { randomUUID } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { fieldIssuesFromZod } from '../../shared/messages/zod-issues';
import { AgreementInput, type AgreementInput as AgreementInputType } from '../../shared/models/agreement';

const university = randomUUID();
const company = randomUUID();
const outsider = randomUUID();

function draft(overrides: Partial<AgreementInputType> = {}): AgreementInputType {
  return {
    kind: 'mou',
    title: 'Joint research in robotics',
    parties: [{ organisationId: university }, { organisationId: company }],
    ...overrides,
  };
}

function issues(input: unknown) {
  const result = AgreementInput.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return fieldIssuesFromZod(result.error.issues).map(({ path, message }) => ({ path, message }));
}

describe('AgreementInput', () => {
  it('accepts a minimal draft and fills in the defaults', () => {
    const values = AgreementInput.parse(draft({ items: [{ description: 'Exchange two researchers a year' }] }));
    expect(values.tags).toEqual([]);
    expect(values.contributions).toEqual([]);
    expect(values.duration).toBe('');
    expect(values.signedOn).toBeNull();
    expect(values.expiresOn).toBeNull();
    expect(values.parentId).toBeNull();
    expect(values.referenceNo).toBe('');
    expect(values.parties[0].signatories).toEqual([]);
    expect(values.items).toHaveLength(1);
    expect(values.items[0]).toMatchObject({
      description: 'Exchange two researchers a year',
      status: 'planned',
      recurrence: 'none',
      responsibleOrganisationId: null,
      dueOn: null,
    });
  });

  it('defaults items to an empty list', () => {
    expect(AgreementInput.parse(draft()).items).toEqual([]);
  });

  it('trims the title and refuses a blank one', () => {
    expect(AgreementInput.parse(draft({ title: '  MOU  ' })).title).toBe('MOU');
    expect(issues(draft({ title: '   ' }))).toContainEqual({ path: 'title', message: 'Title is required.' });
  });

  it('accepts a full agreement with items, contributions and a duration', () => {
    const person = randomUUID();
    const result = AgreementInput.safeParse(
      draft({
        signedOn: '2023-06-13',
        effectiveOn: '2023-06-13',
        expiresOn: '2026-06-12',
        duration: '3 years',
        tags: ['robotics'],
        parties: [
          { organisationId: university, signatories: [{ personId: person, capacity: 'President' }] },
          { organisationId: company },
        ],
        items: [{ description: 'Joint lab', responsibleOrganisationId: company, status: 'in_progress' }],
        contributions: [
          { organisationId: company, kind: 'money', amountMinor: 100_000_000, currency: 'KRW' },
          { organisationId: university, kind: 'people', quantity: 2, unit: 'researchers' },
        ],
      }),
    );
    expect(result.success).toBe(true);
  });

  it('needs at least two parties', () => {
    for (const parties of [[], [{ organisationId: university }]]) {
      expect(issues(draft({ parties }))).toContainEqual({
        path: 'parties',
        message: 'An agreement needs at least two parties.',
      });
    }
  });

  it('refuses the same organisation twice, pointing at the repeat', () => {
    const found = issues(draft({ parties: [{ organisationId: university }, { organisationId: university }] }));
    expect(found).toEqual([{ path: 'parties.1.organisationId', message: 'This organisation is already a party.' }]);
  });

  it('refuses the same person signing twice for one party', () => {
    const person = randomUUID();
    const found = issues(
      draft({
        parties: [
          { organisationId: university, signatories: [{ personId: person }, { personId: person }] },
          { organisationId: company },
        ],
      }),
    );
    expect(found.map((i) => i.path)).toEqual(['parties.0.signatories.1.personId']);
  });

  it('refuses an id that is not a UUID', () => {
    expect(issues(draft({ parties: [{ organisationId: 'kaist' }, { organisationId: company }] }))).toContainEqual({
      path: 'parties.0.organisationId',
      message: 'Not a valid id.',
    });
  });

  it('needs an amount and a currency for a money contribution', () => {
    const found = issues(draft({ contributions: [{ organisationId: company, kind: 'money' }] }));
    expect(found.map((i) => i.path).sort()).toEqual(['contributions.0.amountMinor', 'contributions.0.currency']);
  });

  it('refuses a fractional money amount', () => {
    const found = issues(
      draft({ contributions: [{ organisationId: company, kind: 'money', amountMinor: 12.5, currency: 'HKD' }] }),
    );
    expect(found).toContainEqual({
      path: 'contributions.0.amountMinor',
      message: 'Money is stored in whole minor units, never fractions.',
    });
  });

  it('refuses a money amount beyond the safe integers', () => {
    const found = issues(
      draft({ contributions: [{ organisationId: company, kind: 'money', amountMinor: 2 ** 53, currency: 'KRW' }] }),
    );
    expect(found.map((i) => i.path)).toContain('contributions.0.amountMinor');
  });

  it('refuses a contribution from an organisation that is not a party', () => {
    const found = issues(draft({ contributions: [{ organisationId: outsider, kind: 'in_kind', description: 'Lab space' }] }));
    expect(found).toEqual([
      { path: 'contributions.0.organisationId', message: 'The contributing organisation must be a party.' },
    ]);
  });

  it('refuses an item whose responsible organisation is not a party', () => {
    const found = issues(draft({ items: [{ description: 'Host interns', responsibleOrganisationId: outsider }] }));
    expect(found).toEqual([
      { path: 'items.0.responsibleOrganisationId', message: 'The responsible organisation must be a party.' },
    ]);
  });

  it('refuses an expiry before the effective date', () => {
    const found = issues(draft({ effectiveOn: '2026-06-13', expiresOn: '2026-06-12' }));
    expect(found.map((i) => i.path)).toEqual(['expiresOn']);
  });

  it('measures expiry from the signed date when there is no effective date', () => {
    expect(issues(draft({ signedOn: '2026-06-13', expiresOn: '2026-01-01' })).map((i) => i.path)).toEqual(['expiresOn']);
    expect(AgreementInput.safeParse(draft({ signedOn: '2026-06-13', expiresOn: '2026-06-13' })).success).toBe(true);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(issues(draft({ signedOn: '2023-02-29' })).map((i) => i.path)).toEqual(['signedOn']);
  });

  it('refuses a duration it cannot read, at the duration field', () => {
    const result = AgreementInput.safeParse(draft({ duration: 'forever' }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0].path).toEqual(['duration']);
  });

  it('refuses a duration out of range', () => {
    expect(issues(draft({ duration: '0 years' })).map((i) => i.path)).toEqual(['duration']);
  });

  it('accepts readable durations in other languages', () => {
    expect(AgreementInput.safeParse(draft({ duration: '3년' })).success).toBe(true);
    expect(AgreementInput.safeParse(draft({ duration: '6个月' })).success).toBe(true);
  });
});
