import { formatMoney as formatMoneyShared } from '../../../shared/money';
import { getLocale } from './locale';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A calendar date for people, at the precision it is known: a day (`YYYY-MM-DD`: "13 Jun 2023"), a
 * month (`YYYY-MM`: "June 2016") or a year (`YYYY`: "2016") — never a made-up first of the month.
 * The date is built and formatted in UTC, so 13 June is 13 June in Seoul, Hong Kong and Los Angeles
 * alike; a non-date string is shown as it is.
 */
export function formatDate(
  iso: string | null | undefined,
  locale: string = getLocale().intl,
  style: 'medium' | 'long' | 'short' = 'medium',
): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1'));
  date.setUTCHours(12, 0, 0, 0);
  const options: Intl.DateTimeFormatOptions =
    match[3] !== undefined
      ? { dateStyle: style, timeZone: 'UTC' }
      : match[2] !== undefined
        ? { year: 'numeric', month: style === 'short' ? 'short' : 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
}

/** A moment in time (audit entries), shown in the user's own time zone. */
export function formatDateTime(timestamp: string, locale: string = getLocale().intl): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, locale: string = getLocale().intl): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Integer minor units + currency, formatted exactly (no floats) for the current locale. */
export function formatMoney(minor: number, currency: string, locale: string = getLocale().intl): string {
  return formatMoneyShared(minor, currency, locale);
}

/** A file size for people: "812 bytes", "48.2 kB", "3.1 MB" (decimal units, as file managers show). */
export function formatBytes(size: number, locale: string = getLocale().intl): string {
  const units = [
    { unit: 'megabyte', from: 1_000_000 },
    { unit: 'kilobyte', from: 1_000 },
  ] as const;
  const match = units.find((u) => size >= u.from);
  try {
    if (!match) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(size);
    return new Intl.NumberFormat(locale, { style: 'unit', unit: match.unit, maximumFractionDigits: 1 }).format(size / match.from);
  } catch {
    return `${size} B`;
  }
}
