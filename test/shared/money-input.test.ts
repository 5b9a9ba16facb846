import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, isCurrencyCode } from '../../shared/currencies';
import { currencyDigits } from '../../shared/money';
import { ContributionInput } from '../../shared/models/agreement';
import { MAX_MAJOR_UNITS, maxMinorUnits } from '../../shared/models/money-input';
import { ScholarshipComponentInput } from '../../shared/models/program';
import { BudgetLineInput } from '../../shared/models/project';
import { fieldIssuesFromZod } from '../../shared/messages/zod-issues';

const ORG = '0190a0b0-0000-7000-8000-000000000001';

/** Every money input in the app, each given an amount and a currency. */
const INPUTS = {
  contribution: (amountMinor: number, currency: string) => ContributionInput.safeParse({ organisationId: ORG, kind: 'money', amountMinor, currency }),
  scholarship: (amountMinor: number, currency: string) => ScholarshipComponentInput.safeParse({ kind: 'tuition', amountMinor, currency }),
  budget: (amountMinor: number, currency: string) => BudgetLineInput.safeParse({ organisationId: ORG, amountMinor, currency }),
};

type Parsed = { success: boolean; error?: { issues: Parameters<typeof fieldIssuesFromZod>[0] } };

function issues(result: Parsed): Record<string, string> {
  return result.success || !result.error ? {} : Object.fromEntries(fieldIssuesFromZod(result.error.issues).map((issue) => [issue.path, issue.message]));
}

describe.each(Object.entries(INPUTS))('%s amounts', (_name, parse) => {
  it('take whole minor units in an ISO currency', () => {
    expect(parse(100_000_000, 'KRW').success).toBe(true);
    expect(parse(1_234_567, 'HKD').success).toBe(true);
  });

  it('refuse a negative amount, a fraction of a minor unit, and 10^15 KRW, at the amount with a sentence', () => {
    expect(issues(parse(-5000, 'KRW'))).toEqual({ amountMinor: 'An amount cannot be negative.' });
    expect(issues(parse(10.5, 'KRW'))).toEqual({ amountMinor: 'Money is stored in whole minor units, never fractions.' });
    expect(issues(parse(10 ** 15, 'KRW')).amountMinor).toMatch(/up to 10 trillion .*KRW; check the number of zeros/);
    expect(parse(10 ** 13, 'KRW').success).toBe(true);
    expect(parse(10 ** 13 + 1, 'KRW').success).toBe(false);
  });

  it('refuse a currency that is not ISO 4217 ("XYZ", the testing code, a lower-case code) at the currency', () => {
    expect(issues(parse(100, 'XYZ'))).toEqual({ currency: 'That is not an ISO 4217 currency; use a code such as KRW, HKD, CNY or USD.' });
    expect(issues(parse(100, 'XTS')).currency).toMatch(/not an ISO 4217 currency/);
    expect(issues(parse(100, 'krw')).currency).toBe('Use a three-letter currency code such as KRW or HKD.');
  });
});

describe('the money bound', () => {
  it('is 10^13 major units in each currency\'s minor units, never past exact integers', () => {
    expect(maxMinorUnits('KRW')).toBe(10 ** 13);
    expect(maxMinorUnits('USD')).toBe(10 ** 15);
    expect(maxMinorUnits('BHD')).toBe(Number.MAX_SAFE_INTEGER); // 3 minor digits: 10^16 would not be exact
  });

  it('accepts every amount up to the bound and refuses every one past it, in every listed currency', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCY_CODES), fc.double({ min: 0, max: 1, noNaN: true }), (currency, share) => {
        const max = maxMinorUnits(currency);
        const amount = Math.floor(max * share);
        expect(INPUTS.budget(amount, currency).success).toBe(true);
        if (max < Number.MAX_SAFE_INTEGER) expect(INPUTS.budget(max + 1, currency).success).toBe(false);
      }),
    );
  });

  it('knows the minor units of the currencies offices use', () => {
    expect(['KRW', 'JPY', 'USD', 'HKD', 'CNY', 'BHD'].map(currencyDigits)).toEqual([0, 0, 2, 2, 2, 3]);
    expect(MAX_MAJOR_UNITS).toBe(1e13);
  });

  it('lists only assigned, current codes', () => {
    expect(CURRENCY_CODES.length).toBeGreaterThan(150);
    expect(CURRENCY_CODES.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(['KRW', 'HKD', 'CNY', 'EUR', 'XOF'].every(isCurrencyCode)).toBe(true);
    expect(['XYZ', 'XXX', 'XTS', 'XAU', 'DEM', 'HRK'].some(isCurrencyCode)).toBe(false);
  });
});
