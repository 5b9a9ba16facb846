import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { currencyDigits, formatMoney, minorToDecimal, parseMoney } from '../../shared/money';

function minor(text: string, currency: string): number {
  const result = parseMoney(text, currency);
  if (!result.ok) throw new Error(`expected "${text}" ${currency} to parse, got: ${result.message}`);
  return result.minor;
}

function rejects(text: string, currency: string): string {
  const result = parseMoney(text, currency);
  if (result.ok) throw new Error(`expected "${text}" ${currency} to be rejected, got ${result.minor}`);
  return result.message;
}

describe('currencyDigits', () => {
  it.each([
    ['KRW', 0],
    ['JPY', 0],
    ['HKD', 2],
    ['USD', 2],
    ['EUR', 2],
    ['BHD', 3],
  ])('%s has %i minor digits', (currency, digits) => {
    expect(currencyDigits(currency)).toBe(digits);
  });

  it('falls back to 2 for a code Intl refuses', () => {
    expect(currencyDigits('not a currency')).toBe(2);
  });

  it('gives the same answer when asked again', () => {
    expect(currencyDigits('KRW')).toBe(0);
    expect(currencyDigits('KRW')).toBe(0);
  });
});

describe('parseMoney', () => {
  it('reads grouped whole amounts', () => {
    expect(minor('100,000,000', 'KRW')).toBe(100_000_000);
    expect(minor('50 000 000', 'KRW')).toBe(50_000_000);
    expect(minor("1'000", 'JPY')).toBe(1000);
    expect(minor('  42  ', 'KRW')).toBe(42);
  });

  it('reads decimals into minor units, padding short fractions', () => {
    expect(minor('1,234.56', 'HKD')).toBe(123456);
    expect(minor('1234.5', 'HKD')).toBe(123450);
    expect(minor('1234', 'HKD')).toBe(123400);
    expect(minor('0.05', 'USD')).toBe(5);
    expect(minor('1.234', 'BHD')).toBe(1234);
  });

  it('reads negative amounts', () => {
    expect(minor('-0.05', 'HKD')).toBe(-5);
    expect(minor('-1,000', 'KRW')).toBe(-1000);
  });

  it('reads minus zero as plain zero', () => {
    expect(Object.is(minor('-0', 'KRW'), 0)).toBe(true);
  });

  it('refuses a fraction for a currency with no minor unit, saying so', () => {
    const message = rejects('12.5', 'KRW');
    expect(message).toMatch(/KRW/);
    expect(message).toMatch(/no minor unit/);
    expect(rejects('1.0', 'JPY')).toMatch(/no minor unit/);
  });

  it('refuses more decimal places than the currency has', () => {
    expect(rejects('1.234', 'HKD')).toMatch(/at most 2 decimal places/);
  });

  it.each(['abc', '12abc', '1.2.3', '1.', '.5', '+5', '1e3', '--5', '$100'])('refuses "%s"', (text) => {
    expect(rejects(text, 'HKD')).toMatch(/digits only/);
  });

  it('asks for an amount when the text is empty', () => {
    expect(rejects('', 'KRW')).toMatch(/Enter an amount/);
    expect(rejects('   ', 'KRW')).toMatch(/Enter an amount/);
  });

  it('accepts the largest safe integer and refuses anything beyond it', () => {
    expect(minor('9007199254740991', 'KRW')).toBe(Number.MAX_SAFE_INTEGER);
    expect(minor('-9007199254740991', 'KRW')).toBe(Number.MIN_SAFE_INTEGER);
    expect(minor('90071992547409.91', 'HKD')).toBe(Number.MAX_SAFE_INTEGER);
    expect(rejects('9007199254740992', 'KRW')).toMatch(/too large/);
    expect(rejects('-9007199254740992', 'KRW')).toMatch(/too large/);
    expect(rejects('90071992547409.92', 'HKD')).toMatch(/too large/);
    expect(rejects('99999999999999999999999999', 'USD')).toMatch(/too large/);
  });

  it('always yields a safe integer when it succeeds', () => {
    const text = fc.stringMatching(/^-?[0-9,]{1,25}(\.[0-9]{1,3})?$/);
    fc.assert(
      fc.property(text, fc.constantFrom('KRW', 'HKD', 'USD', 'JPY', 'BHD'), (input, currency) => {
        const result = parseMoney(input, currency);
        if (result.ok) expect(Number.isSafeInteger(result.minor)).toBe(true);
      }),
    );
  });
});

describe('minorToDecimal', () => {
  it.each([
    [123456, 'HKD', '1234.56'],
    [123450, 'HKD', '1234.50'],
    [5, 'HKD', '0.05'],
    [-5, 'HKD', '-0.05'],
    [0, 'HKD', '0.00'],
    [100, 'USD', '1.00'],
    [100_000_000, 'KRW', '100000000'],
    [-7, 'JPY', '-7'],
    [0, 'KRW', '0'],
    [1234, 'BHD', '1.234'],
    [Number.MAX_SAFE_INTEGER, 'HKD', '90071992547409.91'],
    [Number.MIN_SAFE_INTEGER, 'KRW', '-9007199254740991'],
  ])('%i %s is "%s"', (n, currency, text) => {
    expect(minorToDecimal(n, currency)).toBe(text);
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, -(2 ** 60)])(
    'throws for %s, which is not a safe integer',
    (n) => {
      expect(() => minorToDecimal(n, 'HKD')).toThrow(RangeError);
    },
  );
});

describe('formatMoney', () => {
  it('formats with grouping and the currency', () => {
    const krw = formatMoney(100_000_000, 'KRW', 'en-US');
    expect(krw).toContain('100,000,000');
    expect(krw).toContain('₩');
    expect(krw).not.toContain('.');
    const hkd = formatMoney(123456, 'HKD', 'en-US');
    expect(hkd).toContain('1,234.56');
    expect(hkd).toContain('HK$');
  });

  it('keeps trailing zero cents', () => {
    expect(formatMoney(123450, 'HKD', 'en-US')).toContain('1,234.50');
  });

  it('follows the locale', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toContain('1.234,56');
  });

  it('is exact where a float would round the cents wrongly', () => {
    // As a double, 90071992547409.91 is 90071992547409.906…, which Intl would show as .90.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'HKD', 'en-US')).toContain('90,071,992,547,409.91');
    expect(formatMoney(9007199254740987, 'HKD', 'en-US')).toContain('90,071,992,547,409.87');
  });

  it('falls back to plain text when Intl refuses the currency', () => {
    expect(formatMoney(123456, 'not a currency', 'en-US')).toBe('1234.56 not a currency');
  });

  it('refuses a non-integer amount', () => {
    expect(() => formatMoney(1.5, 'HKD', 'en-US')).toThrow(RangeError);
  });
});

describe('money round-trip', () => {
  it('parseMoney(minorToDecimal(n)) gives back n exactly for any safe integer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom(0, 1, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 9007199254740987),
        ),
        fc.constantFrom('KRW', 'HKD', 'USD', 'JPY'),
        (n, currency) => {
          expect(parseMoney(minorToDecimal(n, currency), currency)).toEqual({ ok: true, minor: n });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips the largest safe integer in every currency', () => {
    for (const currency of ['KRW', 'HKD', 'USD', 'JPY']) {
      expect(parseMoney(minorToDecimal(9007199254740991, currency), currency)).toEqual({ ok: true, minor: 9007199254740991 });
    }
  });
});

describe('decimal commas', () => {
  it('refuses "1 234,56" rather than reading it as 123,456', async () => {
    const { parseMoney } = await import('../../shared/money');
    expect(parseMoney('1 234,56', 'HKD')).toMatchObject({ ok: false, message: expect.stringContaining('dot for decimals') });
    expect(parseMoney('1,234,567', 'KRW')).toEqual({ ok: true, minor: 1234567 });
  });
});
