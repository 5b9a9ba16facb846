/**
 * Money is integer minor units plus an ISO 4217 code, end to end. Parsing and formatting work on
 * decimal strings, never on floats, so 100,000,000 KRW or 12,345.67 HKD round-trip exactly.
 */

const digitsCache = new Map<string, number>();

/** How many minor-unit digits a currency has (KRW 0, HKD 2, …), as the platform's ICU knows it. */
export function currencyDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
  } catch {
    digits = 2;
  }
  digitsCache.set(currency, digits);
  return digits;
}

export type MoneyParse = { ok: true; minor: number } | { ok: false; message: string };

/** Parses what a person types ("100,000,000", "50 000 000", "12345.67") into minor units. */
export function parseMoney(text: string, currency: string): MoneyParse {
  const trimmed = text.trim();
  // "1 234,56" is a European decimal comma; reading it as a thousands separator would be 100× off.
  if (/,\d{1,2}$/.test(trimmed) && !trimmed.includes('.')) {
    return { ok: false, message: 'Use a dot for decimals (1234.56); commas only separate thousands.' };
  }
  const cleaned = trimmed.replace(/[\s,_']/g, '');
  if (cleaned === '') return { ok: false, message: 'Enter an amount.' };
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!match) return { ok: false, message: 'Use digits only, like 100,000,000 or 1234.50.' };
  const [, sign, whole, fraction = ''] = match;
  const digits = currencyDigits(currency);
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} has no minor unit; enter a whole amount.`
          : `${currency} has at most ${digits} decimal places.`,
    };
  }
  const minor = BigInt(`${sign}${whole}${fraction.padEnd(digits, '0')}`);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    return { ok: false, message: 'That amount is too large.' };
  }
  return { ok: true, minor: Number(minor) };
}

/** Minor units as a plain decimal string in major units ("50000000", "1234.50"). */
export function minorToDecimal(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError('Money must be a safe integer of minor units.');
  const digits = currencyDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Locale-formatted money ("₩100,000,000", "HK$1,234.50"), exact because Intl formats the string. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const decimal = minorToDecimal(minor, currency) as `${number}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal);
  } catch {
    return `${decimal} ${currency}`;
  }
}
